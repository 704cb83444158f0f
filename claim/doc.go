// Package claim checks the figures a report states against the figures the
// data gives.
//
// A printed number is not always a point. "3,680" is exactly 3,680, but
// "$43 million" means any amount that rounds to 43 at the million; "nearly 500" means a little
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
// trailing words (the noun, kept by [Stated.Noun]):
//
//   - Digits, with thousands separators in groups of three or none, and
//     decimals: "3,680", "2006", "4.5". The separator is a comma, an
//     apostrophe as in Switzerland ("1'250'000") or a space ("3 680"), one
//     kind in a number.
//   - Number words, from "zero" to "nineteen", the tens, compounds with a
//     hyphen or a space ("twenty-one", "twenty one"), "hundred" with an
//     optional "and" ("one hundred and five"), "a" before hundred or a scale
//     word ("a million"), and the scale words ("forty-three million").
//   - Scale words after digits, short scale: "thousand", "million" ("m",
//     "mn", "mio"), "billion" ("bn"), "trillion" ("tn"); "43m", "1.2 bn";
//     and the Indian "lakh" (10^5) and "crore" (10^7), after digits only.
//     Digits grouped in lakhs ("1,00,000") are read only in rupees or taka.
//   - Currencies before the number (a sign such as "$", "US$", "€", "£",
//     "¥", "₹", or an ISO 4217 code such as "USD", "EUR", "CHF", current or
//     withdrawn) or after it (a code, or a currency's English name, singular
//     or plural: "dollars", "US dollars", "euros", "Swiss francs"). "$" is
//     read as US dollars, as in UN documents; a sign or name shared by
//     several currencies ("kr", "francs") is an error that names them.
//   - Percentages: "36%", "36 %", "36 per cent", "36 percent".
//   - Ranges: "2–15" (en dash, hyphen or other dash), "2 to 15", "between
//     2006 and 2012", "from 2 to 15". A scale, currency or per cent sign
//     written once applies to both ends: "$2–3 million", "10–15%".
//   - Change markers: "an additional four", "a further", "another",
//     "further", "eight further", "four more" (Stated.IsChange).
//   - Qualifiers after the number: "3,680 or more", "15 or fewer", "500 or
//     so".
//   - Ordinals, read as the counts they state: "the thirtieth", "the
//     100th", "191st", "one hundred and first" (a digit ordinal's suffix
//     must fit: "100nd" is an error); an ordinal takes no currency, per
//     cent or scale.
//
// What follows a complete figure is its noun, except words only another
// figure could use: a second currency ("EUR 5 USD"), a second qualifier
// ("5 or more or less") or a dangling connective ("one hundred and") is an
// error. A literal longer than 1,000 bytes is refused with [ErrRange].
// Case does not matter except in currency codes, which must be upper case.
// Parse does not read fractions in words ("half", "two thirds", "a third
// of"), ratios ("one in five", "9 out of 10"), negative numbers or decimal
// commas: each is an error, never read as its first number. In texts
// (Figures), a plain space separates two figures; only a no-break, narrow
// no-break or thin space groups digits.
//
// # Interval semantics
//
// Let p be the printed value (in currency units, per cent points, or a
// count) and u the place value of its last printed digit: 1 for "3,680" and
// "four", 1,000,000 for "$43 million" and "forty-three million", 0.1 for
// "4.5%".
//
// A plain figure, with no qualifier, is exact when it is printed in full: a
// whole number with no scale word, no decimals and no per cent sign
// ("3,680", "four", "2006", "$500", "1,000") allows p alone, the point
// [p, p], and prints as just "3,680". A figure whose printed form implies
// rounding allows the values that round to p at u:
//
//   - a scale word or abbreviation: "$43 million", "43m", "forty-three
//     million", "1 thousand";
//   - decimals: "1.398 billion", "2.5", "USD 1,234.56";
//   - a percentage, since percentages are printed rounded: "36 per cent",
//     "100%".
//
// Stated.IsRounded reports which case applies. Under the default [HalfUp]
// rule the values that round to p are R = [p−u/2, p+u/2): "$43 million" is
// [42,500,000, 43,500,000), "36 per cent" is [35.5, 36.5). [HalfDown] gives
// (p−u/2, p+u/2]; [HalfEither] accepts either direction at exactly half,
// [p−u/2, p+u/2]; [HalfEven] is closed when p/u is even and open when it is
// odd. The rounding rule has no effect on figures printed in full.
//
// The qualifiers (see Qualifier for the full word lists), with t the
// tolerance of the approximate ones, Rules.Approx per cent of p (10 by
// default):
//
//	plain      "3,680", "a total of 3,680", "$43 million"  [p, p], or R if rounded
//	exactly    "exactly 43 million"                        [p, p]
//	about      "about", "some", "around", "… or so" …      R ∪ [p(1−t), p(1+t)]
//	nearly     "nearly", "almost", "just under" …          [min(R.lo, p(1−t)), p)
//	just over  "just over", "slightly more than" …         (p, max(R.hi, p(1+t))]
//	more than  "over", "more than", "above" …              (p, ∞)
//	at least   "at least", "no fewer than", "… or more"    [p, ∞)
//	fewer than "fewer than", "less than", "under" …        [0, p)
//	up to      "up to", "at most", "… or fewer" …          [0, p]
//
// The approximate qualifiers say that the figure is not exact, so they use R
// even for a figure printed in full: "about 500" is [450, 550], and with
// Approx < 0 (no tolerance) [499.5, 500.5). "nearly 500" is [450, 500) and
// "over 2,000" is (2,000, ∞).
//
// Each end of a range allows what it would alone, and the range runs from
// the lower end's low bound to the upper end's high bound: "2–15" is
// [2, 15], "between 2006 and 2012" is [2006, 2012], "10–15%" is
// [9.5, 15.5) and "$2–3 million" is [1,500,000, 3,500,000).
//
// Stated.Canonical writes a figure in a normal form ("USD 43 million", "more
// than 2,000", "36%", "2–15") that parses to the same interval. It keeps the
// print's own qualifier phrase ("less than 3%", not "fewer than 3%"; "some
// 120 States") and the literal's digit style: a number written without thousands separators, such
// as a year, stays without them ("2006–2012"); other numbers take them.
// Interval.String likewise prints a span of years as "[2006..2012]".
//
// # Claims and verdicts
//
// Each constructor pairs one or more literals with computed values: Count,
// Distinct, Money, Share, Percent, Change, Range, Respectively, Top, Order
// and Invariant check against data; [NoFewer], Parts, Sum, [GRIM] and [PercentOf]
// check stated figures against each other, without data. Check gives one
// Entry per stated figure with a Verdict:
//
//   - Holds: the value is the printed one, lies in a range, or satisfies a
//     bound ("more than", "at least", "fewer than", "up to", "just over").
//   - HoldsByRounding: the value is not the printed one but rounds to it, or
//     lies within "about" or "nearly" of it.
//   - Undetermined: the data is known only within bounds, and some of the
//     values it allows are allowed by the figure and some are not.
//   - Fails: no value the data allows lies in the interval. Entry.Off gives
//     the value minus the printed figure and Entry.Hint a suggestion: the
//     figure the data would print as, "passes if the two values are
//     swapped", the GRIM result, a tie or the key that ranks higher.
//   - Invalid: the literal does not parse, its unit does not fit the claim,
//     or the data is malformed; Entry.Err says why.
//
// Top and Order rank keys of any comparable type by count; by default keys
// with equal counts may come in any order, and with Rules.StrictTies a tie
// the text puts in order fails.
//
// # Data
//
// The computed side of Count, Share, Percent, Change, Range, Respectively
// and Money may be any integer type, a *big.Int, a *big.Rat, a
// decimal.Decimal (exact: its coefficient and exponent are used, never its
// text; an exponent beyond ±1000 is refused with [ErrRange], so no 9-byte
// value makes a check slow), an Interval of values, or any value with
// methods Min() int and Max() int, a whole number known only to lie between
// the two, such as convention.Count. Data known within bounds gives
// three-valued verdicts (Holds, Undetermined or Fails) and the report shows
// both what the figure allows and what the data allows: "stated 178, data
// 175..180". Other types give an Invalid entry wrapping [ErrUnit]. All
// arithmetic is exact (math/big): no count wraps, whatever its size.
//
// Rules apply per claim with [Claim.With], or to a single parse with
// Rules.Parse.
//
// # Dates
//
// Date checks a printed date or period ("27 September 2007", "Friday, 27
// September", "as at 30 November 2007", "in 2009", "2010–June 2012", "ten
// years ago") against computed days: the print allows the days from its
// first to its last, and the verdict is three-valued as for other data. A
// weekday the print names must be its date's. Rules.Year supplies the year
// of a print that omits it, and Rules.Today the day from which a print
// relative to the day of writing counts. An Entry gives dates as days since
// 1970-01-01 in Interval and Data, and as "2007-09-27" in Allowed and Value.
//
// # Whole texts
//
// Figures finds every figure a text prints (numbers, number words,
// ordinals, money, per cents, ranges, years and dates) with its byte span
// and its reading, and reports one it cannot read with Err set. Unchecked
// returns the figures of a text that none of the given claims checks: a
// claim checks the figures inside the places where its literals stand in
// the text (as whole words; a literal used by two claims stands at its next
// occurrence for the second). Waive accounts for a figure that is not to be
// checked, with the reason, so that a test can require every figure of a
// paragraph to be checked or waived:
//
//	claims := []claim.Claim{claim.Count("118 States", states), claim.Waive("first cycle", "names the cycle")}
//	claim.Assert(t, claims...)
//	if u := claim.Unchecked(paragraph, claims...); len(u) > 0 {
//		t.Errorf("unchecked figures: %v", u)
//	}
//
// # Report
//
// Report.String is text for a terminal about 100 columns wide: a summary
// line, then one line per entry with the verdict, the kind, the literal (cut
// to 30 characters) and what the entry adds. A figure the data matches
// exactly shows "= value"; a relation that holds shows the data; anything
// else shows what was stated, what the data gives, how far off it is, and
// the hint:
//
//	2 figures: 1 holds, 1 fails
//	holds  count  "118 States"        = 118
//	fails  count  "a total of 3,680"  stated 3,680, data 3,677, off -3
//
// An entry whose details do not fit on its line continues on indented lines
// below it. The text depends only on the entries, so it is deterministic and
// can be golden-tested; Report.Entries is the same content as plain data,
// with the full literals.
//
// # Identifiers
//
// Rounding, Qualifier and Verdict are enums that start at 1, so zero means
// none (in Rules, the default). Verdict appears in data (a stored Report) and
// has the text methods: MarshalText equals String for a valid value, the
// zero Verdict marshals to "", and another value refuses to marshal. An
// Entry marshals to JSON with its error as the error's message, and reads
// back to an entry that prints the same. [Claim.Kind] and Entry.Kind name
// the kind of claim as plain text ("count", "share").
//
// # Errors
//
// Parse returns a *ParseError with the function, the input, the byte offset
// of the problem and the problem, which wraps [ErrSyntax], or [ErrRange] for a
// literal longer than Parse reads. Claims whose literal has the wrong unit
// report an error wrapping [ErrUnit]; a money claim in the wrong currency
// fails with Entry.Err set to [ErrCurrency]. Check never panics and never stops
// early: every claim gets its entries.
//
// # Data provenance
//
// The ISO 4217 currency codes that Parse accepts come from the module's
// internal grammar of printed figures, which cites its sources.
//
// # Concurrency
//
// Stated, Claim, Report and Rules are values with no shared mutable state;
// all functions are safe for concurrent use.
//
// # Files
//
//   - claim.go: Claim, Check, and the claims of one figure against data
//     (Count, Distinct, Money, Share, Percent, Change, Invariant, Range).
//   - data.go: what the computed side may be (integers, big numbers,
//     decimals, Interval, Min/Max bounds) and its exact arithmetic.
//   - list.go: Respectively; rank.go: Top and Order over comparable keys.
//   - consistency.go: the claims without data (NoFewer, Parts, Sum, GRIM,
//     PercentOf).
//   - date.go: Date and the reading of printed dates and periods.
//   - figures.go: Figure and Figures, the scanner of prose; coverage.go:
//     Unchecked and Waive.
//   - parse.go: Stated, Parse and the interval of each printed form, on the
//     grammar shared with package assetrecovery (internal/printed).
//   - interval.go: Interval and the formatting of numbers.
//   - rules.go: Rules, Rounding and Qualifier.
//   - verdict.go: Verdict and its text form; report.go: Entry (and its
//     JSON form) and Report; errors.go: the sentinels and ParseError.
//   - assert.go: Assert and AssertEach for tests.
//
// The package knows numbers, money phrases and words, not any domain: it
// imports no other package of this module, never imports testing, and does
// no I/O.
package claim
