// Package errlist holds what the packages' lists of validation problems
// (needs, review and assetrecovery ValidationErrors) have in common: one
// message a line, and Unwrap to a slice so that errors.Is and errors.As look
// at every problem.
package errlist

import "strings"

// Error returns the messages of es, one a line.
func Error[E error](es []E) string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns es as a slice of errors.
func Unwrap[E error](es []E) []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}
