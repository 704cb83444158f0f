// Package printed is the one grammar of figures as reports, press releases
// and case notes print them, shared by package claim (which reads a figure
// as the interval of values it allows) and package assetrecovery (which
// reads amounts of money). It reads text into values at face value and
// keeps everything the print says: the digits and the place of the last one
// (Number), the qualifier phrase as printed (Qualifier, Figure.QualText),
// the currency as an ISO 4217 code and as printed, a second amount in
// another currency in parentheses, and the words after the figure.
//
// # Files
//
//   - lex.go: the tokens (digits, words, signs, dashes, punctuation) and
//     MaxLen.
//   - words.go: the vocabulary (number, scale, ordinal, month and weekday
//     words).
//   - number.go: Number, digits with thousands separators and decimals,
//     number words, scale words and abbreviations.
//   - qualifier.go: Qualifier and the phrases that print each.
//   - currency.go, tables.go: currency signs, ISO codes and names.
//   - figure.go: Figure and Parse, the grammar of one figure.
//   - errors.go: Error and the kinds of problem it wraps.
//
// # Limits
//
// Every function that reads one figure refuses text longer than MaxLen
// bytes with an error wrapping ErrRange, so its cost is bounded whatever
// the input; within it, reading is linear in the length of the text apart
// from the conversion of digits into a big integer. There are no exponents
// in the grammar: scale words go up to "trillion" (10^12).
//
// # Concurrency
//
// Nothing here has mutable state; every function is safe for concurrent
// use.
package printed
