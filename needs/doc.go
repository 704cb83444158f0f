// Package needs models the technical assistance needs that country reviews
// of the Implementation Review Mechanism identify, and the assistance
// delivered to States, and computes in one pure call every figure that the
// secretariat's statistical updates report about them.
//
// A [Need] is one need: the State, the review cycle, the provision of the
// Convention and the [Category] of assistance, in seven comparable bytes
// (need.go, category.go). [Validate] checks a batch and reports every
// problem of every record (validate.go). [Tally] (or [TallySlice]) reads a
// batch once into a [Summary] (summary.go), which [Summary.Count] queries
// with a [Filter] whose zero fields mean "any": needs and distinct States
// per article, chapter, category, regional group, cycle and State, and the
// combinations of those a Summary keeps. Rankings with competition ranks
// come from [Summary.RankArticles], [Summary.RankCategories] and
// [Summary.RankStates] (rank.go). Summaries of parts [Summary.Merge] into the
// summary of the whole, and [Diff] says what changed between two snapshots
// (diff.go). [Assistance] records and [TallyAssistance] count the States
// assisted and the outcomes they reached (assistance.go).
//
// Counts are ints; nothing is a float until a caller asks for a rate or a
// statistic.
//
// # Identifiers
//
// Category and Outcome are enums that start at 1, so the zero value is
// invalid; each has String, a Parse function, MarshalText, UnmarshalText and
// IsValid, and Category, whose order is the checklist's, has Compare. They
// follow the module's text rule (see the root package). States, provisions
// and cycles are the types of packages convention and review.
//
// # Errors
//
// [ParseCategory] and [ParseOutcome] return a *[convention.ParseError]
// wrapping [convention.ErrUnknown], or [convention.ErrRange] for text longer
// than 100 bytes. [Validate], [ValidateUnique] and [ValidateAssistance]
// return [convention.ValidationErrors], one *[convention.ValidationError]
// for every problem, wrapping [convention.ErrMissing],
// [convention.ErrInvalid], [convention.ErrNotParty],
// [convention.ErrDuplicate], or this package's own [ErrOutsideCycle] and
// [ErrPeriod].
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
// AssistanceSummary is never modified once made (Merge returns a new one),
// so it is safe for concurrent use. Neither has a JSON form: marshalling one
// is an error.
package needs
