// Package claim checks the figures a report states against the figures the
// data gives.
//
// A printed number is not a point. "3,680" means 3,680; "$43 million" means
// any amount that rounds to 43 at the million; "nearly 500" means a little
// under 500; "36 per cent" of 11 States is possible only for 4 of them. The
// package reads each stated literal as an exact interval of rational numbers
// (math/big, no floating point), pairs it with a computed value in a Claim,
// and Check returns a Report that says, for every figure, what the literal
// allows, what the data gives, whether it holds, and how far off it is:
//
//	report := claim.Check(
//		claim.Count("a total of 3,680", total),
//		claim.Share("four", "11", adopted, assisted),
//		claim.Money("$43 million", "USD", recovered),
//	)
//
// In tests, Assert fails the test with a sentence per failing figure, and
// AssertEach runs one subtest per claim.
//
// # Stated figures
//
// Parse reads a literal as printed. A literal is an optional "the", optional
// qualifier phrases, an optional change marker, a quantity, and optional
// trailing words (the noun, kept by Stated.Noun):
//
//   - Digits, with thousands separators in groups of three or none, and
//     decimals: "3,680", "2006", "4.5".
//   - Number words, from "zero" to "nineteen", the tens, compounds with a
//     hyphen or a space ("twenty-one", "twenty one"), "hundred" with an
//     optional "and" ("one hundred and five"), "a" before hundred or a scale
//     word ("a million"), and the scale words ("forty-three million").
//   - Scale words after digits, short scale: "thousand", "million" ("m",
//     "mn", "mio"), "billion" ("bn"), "trillion" ("tn"); "43m", "1.2 bn".
//   - Currencies before the number ("$", "US$", "€", "£", or an ISO 4217 code
//     such as "USD", "EUR", "CHF") or after it (a code, "dollars", "US
//     dollars", "euros", "Swiss francs"). "$" is read as US dollars, as in UN
//     documents.
//   - Percentages: "36%", "36 %", "36 per cent", "36 percent".
//   - Ranges: "2–15" (en dash, hyphen or other dash), "2 to 15", "between
//     2006 and 2012", "from 2 to 15". A scale, currency or per cent sign
//     written once applies to both ends: "$2–3 million", "10–15%".
//   - Change markers: "an additional four", "a further", "another",
//     "further", "eight further", "four more" (Stated.IsChange).
//   - Qualifiers after the number: "3,680 or more", "15 or fewer", "500 or
//     so".
//
// Case does not matter except in currency codes, which must be upper case.
// Parse does not read fractions in words ("half", "two thirds"), negative
// numbers, decimal commas or spaces as thousands separators.
//
// # Interval semantics
//
// Let p be the printed value (in currency units, per cent points, or a
// count), u the place value of its last printed digit (1 for "3,680" and
// "four", 1,000,000 for "$43 million", 0.1 for "4.5%", and the scale for
// words that end in a scale word: "forty-three million" has u = 1,000,000),
// and t the tolerance of the approximate qualifiers, Rules.Approx per cent of
// p (10 by default).
//
// A plain figure means the values that round to p at u. Under the default
// HalfUp rule that is R = [p−u/2, p+u/2): "$43 million" is [42,500,000,
// 43,500,000); "3,680" is [3,679.5, 3,680.5), which holds one whole number,
// so a count is exact. HalfDown gives (p−u/2, p+u/2]; HalfEither accepts
// either direction at exactly half, [p−u/2, p+u/2]; HalfEven is closed when
// p/u is even and open when it is odd. Trailing zeros are taken as printed:
// "1,000" is exact to the unit, "1 thousand" to the thousand.
//
// The qualifiers (see Qualifier for the full word lists):
//
//	plain      "3,680", "a total of 3,680", "only eight"  R
//	exactly    "exactly 43 million"                        [p, p]
//	about      "about", "some", "around", "… or so" …      R ∪ [p(1−t), p(1+t)]
//	nearly     "nearly", "almost", "just under" …          [min(R.lo, p(1−t)), p)
//	just over  "just over", "slightly more than" …         (p, max(R.hi, p(1+t))]
//	more than  "over", "more than", "above" …              (p, ∞)
//	at least   "at least", "no fewer than", "… or more"    [p, ∞)
//	fewer than "fewer than", "less than", "under" …        [0, p)
//	up to      "up to", "at most", "… or fewer" …          [0, p]
//
// So "nearly 500" is [450, 500), "about 500" is [450, 550], "over 2,000" is
// (2,000, ∞). A range is [lo end's R.lo, hi end's R.hi) under HalfUp: "2–15"
// is [1.5, 15.5), the whole numbers 2 to 15. A percentage is an interval of
// per cent points: "36 per cent" is [35.5, 36.5).
//
// Stated.Canonical writes a figure in a normal form ("USD 43 million", "more
// than 2,000", "36%", "2–15") that parses to the same interval.
//
// # Claims and verdicts
//
// Each constructor pairs one or more literals with computed values: Count,
// Distinct, Money, Share, Percent, Change, Range, Respectively, Top, Order,
// Unchanged and Invariant check against data; NoFewer, Parts, Sum and GRIM
// check stated figures against each other, without data. Check gives one
// Entry per stated figure with a Verdict:
//
//   - Holds: the value is the printed one, lies in a range, or satisfies a
//     bound ("more than", "at least", "fewer than", "up to", "just over").
//   - HoldsByRounding: the value is not the printed one but rounds to it, or
//     lies within "about" or "nearly" of it.
//   - Fails: the value lies outside the interval. Entry.Off gives the value
//     minus the printed figure and Entry.Hint a suggestion: the figure the
//     data would print as, "passes if the two values are swapped", the GRIM
//     result, a tie or the key that ranks higher.
//   - Invalid: the literal does not parse, its unit does not fit the claim,
//     or the data is malformed; Entry.Err says why.
//
// Top and Order read rankings with Rules.Ties: under TiesAnyOrder (the
// default) keys with equal values may come in any order, under TiesStrict a
// tie the text puts in order fails.
//
// Rules apply per claim with Claim.With, or to a single parse with
// Rules.Parse.
//
// # Report
//
// Report.String is a table for a terminal, with one row per entry and the
// columns verdict, kind, stated literal, allowed, data, off and hint. It
// depends only on the entries, so it is deterministic and can be
// golden-tested; Report.Entries is the same content as plain data.
//
// # Identifiers
//
// Rounding, TiePolicy, Qualifier, Verdict and Kind are enums that start at 1,
// so zero means none (in Rules, the default); each has String (out-of-range
// values print like "%!Verdict(9)") and IsValid.
//
// # Errors
//
// Parse returns a *ParseError with the input, the byte offset of the problem
// and a reason; it wraps ErrSyntax. Claims whose literal has the wrong unit
// report an error wrapping ErrUnit; a money claim in the wrong currency
// fails with Entry.Err set to ErrCurrency. Check never panics and never stops
// early: every claim gets its entries.
//
// # Data provenance
//
// The ISO 4217 currency codes that Parse accepts come from the ISO 4217 list
// one (SIX, fetched 2026-02-01) via the datasets/currency-codes project.
//
// # Concurrency
//
// Stated, Claim, Report and Rules are values with no shared mutable state;
// all functions are safe for concurrent use.
//
// The package knows numbers, money phrases and words, not any domain: it
// imports no other package of this module, never imports testing, and does
// no I/O.
package claim
