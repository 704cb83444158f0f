package review

import "strconv"

// A ParseError records text that could not be parsed as one of this
// package's identifiers (a Cycle, Milestone, FindingKind or ID): what was
// being parsed, the input, why, and the kind of problem, which Unwrap returns
// so that callers can use errors.Is (ErrUnknownCycle, ErrUnknownMilestone,
// ErrUnknownFindingKind, or convention's ErrSyntax and ErrUnknownState for an
// ID).
type ParseError struct {
	What   string // "cycle", "milestone", "kind of finding" or "ID"
	Input  string // the text as given
	Reason string // what was wrong, if more than Err says; may be empty
	Err    error  // the kind of problem
}

// Error returns the message "review: parsing WHAT "INPUT": REASON", with the
// kind of problem standing in for an empty reason.
func (e *ParseError) Error() string {
	reason := e.Reason
	if reason == "" {
		reason = e.Err.Error()
	}
	return "review: parsing " + e.What + " " + strconv.Quote(e.Input) + ": " + reason
}

// Unwrap returns the kind of problem, so that errors.Is works.
func (e *ParseError) Unwrap() error { return e.Err }
