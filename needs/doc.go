// Package needs models the technical assistance needs that country reviews
// of the Implementation Review Mechanism identify, and the assistance
// delivered to States, and computes in one pure call every figure that the
// secretariat's statistical updates report about them.
//
// A [Need] is one need: the State, the review cycle, the provision of the
// Convention and the [Category] of assistance, in eight comparable bytes.
// [Validate] checks a batch and reports every problem with the record's
// index. [Tally] (or [TallySlice]) reads a batch once into a [Summary]:
// needs and distinct States in total and per article, chapter, category,
// regional group, cycle and State, the cross-tabulations of article by
// category and group by chapter, the distribution of needs per State, and
// rankings with competition ranks. Summaries of parts [Summary.Merge] into
// the summary of the whole, and [Diff] says what changed between two
// snapshots. [Assistance] records and [TallyAssistance] give the outcomes of
// assistance delivered as exact shares ("4 of 11").
//
// Counts are ints; nothing is a float until a caller asks for a rate or a
// statistic.
//
// # Identifiers
//
// Category, Outcome and Measure are enums that start at 1, so the zero value
// is invalid; each has String, Parse…, AppendText, MarshalText,
// UnmarshalText and IsValid, and Category, whose order is the checklist's,
// has Compare. States, provisions and cycles are the types of packages
// convention and review.
//
// # Errors
//
// Parsing errors are *[ParseError] wrapping [ErrUnknownCategory],
// [ErrUnknownOutcome] or [ErrUnknownMeasure]. [Validate] and
// [ValidateAssistance] return every problem of a batch as [ValidationErrors],
// one *[ValidationError] per problem naming the record's index and field and
// wrapping one of the sentinels [ErrMissing], [ErrInvalid], [ErrNotParty],
// [ErrOutsideCycle], [ErrDuplicate] or [ErrPeriod], so that errors.Is and
// errors.As work on the result, and errors.AsType[ValidationErrors] gives
// every problem to range over.
//
// # Data provenance
//
// The package embeds no data of its own. The categories of assistance are
// the kinds of technical assistance that the self-assessment checklist of
// the Implementation Review Mechanism asks States to choose from, as the
// secretariat's analyses of needs group them. Package needstest generates
// synthetic data that agrees with published figures.
//
// # Concurrency
//
// Every function is pure and safe for concurrent use. A Summary or an
// AssistanceSummary is safe for concurrent reads; their Add and Merge
// methods modify them and must not run concurrently with other use.
package needs
