// Package review models the Implementation Review Mechanism of the United
// Nations Convention against Corruption: the review cycles and the chapters
// they cover, the country reviews in which States parties review each other,
// the milestones a review passes from the drawing of lots to the publication
// of its report, and what reviews find. It computes the figures UNODC reports
// about the Mechanism: how far the reviews had come on a date, which reviews
// reached a milestone between two dates, how many reviews each State took on
// as a reviewer, and how many challenges, good practices and assistance
// needs were found on each provision.
//
// The flow is the same as elsewhere in this module: build or decode
// []Review, check it with [Validate], then compute a figure with
// [ProgressOf], [Diff], [ReviewerLoad] or [CountFindings], which take an
// iter.Seq of reviews (slices.Values of a slice) and a [Filter] that
// selects reviews by cycle, regional group or year of drawing. The figures
// are pure functions of their input; they do not validate it.
//
// # Files
//
// cycle.go holds [Cycle]; mechanism.go the Mechanism's own dates
// ([MechanismEstablished], [Cycle.ReviewsBegan], [Cycle.PlannedYears]),
// from tables.go, generated from testdata/mechanism.csv; milestone.go [Milestone]; id.go [ID]; review.go
// [Review] and [Step] and the reasoning about dates; finding.go [Finding],
// [FindingKind] and [CountFindings]; filter.go [Filter]; progress.go
// [ProgressOf], [Progress], [Distribution] and [Diff]; load.go
// [ReviewerLoad]; validate.go [Validate] and the package's own errors.
//
// # Identifiers
//
// A Cycle is a review cycle: [First] (chapters III and IV) and [Second]
// (chapters II and V). Each State party is reviewed once per cycle, so an
// ID, the pair of the State under review and the Cycle, identifies a
// review. Its text form is the State's code, a slash and the cycle's short
// name: "KEN/first", "EUU/second". [ParseID] also reads "ken/1" and "KEN/second
// cycle". IDs are comparable map keys, and sort with [ID.Compare] by cycle,
// then by code. Other packages refer to reviews by ID: a technical
// assistance need in package needs carries the State and the cycle of the
// review that identified it, from which its ID follows.
//
// A Milestone is a stage of a review, in order: [Drawn], [FocalPoint],
// [SelfAssessment], [DeskReview], [CountryVisit] (or a joint meeting
// instead), [SummaryFinalized], [ReportFinalized] and [Published] (only if
// the State agrees). A review counts as finalized when its executive summary
// is ([SummaryFinalized]), as in UNODC's statistics; [Review.Finalized] and
// every count of finalized reviews use that meaning.
//
// A FindingKind is [Challenge] (with the reviewers' recommendation),
// [GoodPractice] or [AssistanceNeed].
//
// Cycle, Milestone, FindingKind and ID follow the module's text rule: String
// prints what MarshalText writes and UnmarshalText reads back; the zero
// value is invalid, prints as "%!Cycle(0)" (and so on) and marshals to "";
// another invalid value prints as "%!Cycle(n)" and refuses to marshal.
// A Review has no text form of its own: it is plain data, and
// encoding/json reads and writes it through the text forms of its parts.
//
// # Dates
//
// Dates are calendar dates: only the date of a time.Time counts, as its
// Date method reports it in the value's own location. A question "by at"
// means by the end of that calendar day.
//
// A Step records that a review reached a milestone, with the date as a
// [convention.DateRange]: one day where the record gives it, a span (a
// month, say) where it gives only that, and the zero range where the date
// is not known at all. A date is never guessed. Since milestones come in
// order, each is bounded by the dates of the milestones around it, and the
// drawing of lots by its year, LotsYear. [Review.Reached] answers in three
// degrees, convention.Certain, convention.Possible or convention.Impossible;
// [Review.Status], [Diff] and [Progress.Count] with convention.Certain count
// only what is certain. A record is taken as complete: a milestone it does
// not list was not reached on any date.
//
// # Errors
//
// Parsers return a *[convention.ParseError] whose kind wraps
// convention.ErrUnknown (text that names no cycle, milestone or kind of
// finding), convention.ErrSyntax (an ID without a slash, or a malformed
// State code) or convention.ErrRange (text beyond the parser's length limit:
// 64 bytes, 128 for an ID). [Validate] returns every problem in a set of
// reviews, never only the first: [convention.ValidationErrors], one
// *[convention.ValidationError] per problem, with the record's index in the
// slice, its ID, the field at fault as a path ("Reviewers[1]",
// "Steps[2].Date", "Findings[1].Kind") and the problem, which wraps one of
// convention's shared kinds (ErrMissing, ErrInvalid, ErrDuplicate,
// ErrNotParty) or one of this package's own: [ErrPairing],
// [ErrMilestoneOrder], [ErrNotCovered] and [ErrMaybeNotParty], the soft one:
// the data cannot tell whether a State was a party when its lots were drawn;
// callers may treat it as a warning.
//
// Whether a State was a party at the drawing uses the convention package's
// bounded party dates (the deposit of the instrument, as the UN counts
// parties). The days the drawing can have been on are the date of Drawn,
// within LotsYear; a State is certainly a party if it was one on the first
// of those days, certainly not if it was not one by the last, and possibly
// one otherwise.
//
// # The Mechanism's dates
//
// Three facts with different names, so that one is not taken for another:
// [MechanismEstablished] is when the Conference of the States Parties
// established the Mechanism (resolution 3/1, at its third session, Doha,
// 9 to 13 November 2009); [Cycle.ReviewsBegan] is when a cycle's first
// country reviews began, with its first drawing of lots (the first cycle at
// the Implementation Review Group's first session, 28 June to 2 July 2010);
// [Cycle.PlannedYears] is the length the Conference planned for each cycle
// (five years, resolution 3/1). "Since its launch in 2009" speaks of the
// first; "the first cycle, which started in 2010" of the second. Each is a
// [convention.DateRange] spanning what the sources allow where they do not
// give the day.
//
// # Data provenance
//
// The cycles, their chapters and their planned length come from the
// Conference of the States Parties' resolution 3/1 (Doha, November 2009:
// the Mechanism, its terms of reference, two cycles of five years per
// review phase, the chapters of each), as tabulated in the project's
// chapters.csv. The Mechanism's dates are in testdata/mechanism.csv, each
// with its source: the Conference's resolutions page for its third session
// and its report CAC/COSP/2009/15; the reports of the Implementation Review
// Group and UNODC's pages on the Mechanism and on country pairings; the
// annotated agenda of the Conference's sixth session (CAC/COSP/2015/1) and
// the secretariat's note CAC/COSP/IRG/2019/2. The pairing rule (one
// reviewer from the regional group of the State under review) and the
// stages of a review are those of the terms of reference and the guidelines
// for governmental experts. Validate accepts a LotsYear from the year in
// which the cycle's reviews can have begun: 2010 for the first cycle, 2015
// for the second. Whether a State was a party on a date, and its regional
// group, come from the convention package's tables (the UN Treaty
// Collection and the UN's list of regional groups).
//
// This package holds no review records: reviews are the caller's data. The
// reviews in its tests and examples are synthetic and say so.
//
// # Concurrency
//
// The package has no mutable state. All functions and methods are safe for
// concurrent use, and a value may be read from several goroutines at once.
package review
