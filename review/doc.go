// Package review models the Implementation Review Mechanism of the United
// Nations Convention against Corruption: the review cycles and the chapters
// they cover, the country reviews in which States parties review each other,
// the milestones a review passes from the drawing of lots to the publication
// of its report, and what reviews find. It computes the figures UNODC reports
// about the Mechanism: how far the reviews have come on a date, what changed
// between two dates, how many reviews each State has taken on as a reviewer,
// and how many challenges, good practices and assistance needs were found.
//
// The flow is the same as elsewhere in this module: build or decode
// []Review, check it with Validate, then compute a figure with ProgressOf,
// Diff, ReviewerLoad or CountFindings. The figures are pure functions of
// their input; they do not validate it. Review.Identified filters reviews by
// what they found, so "an additional four reviews had been finalized, of
// which two had identified technical assistance needs" is a call to Diff and
// a one-line filter (see the example of Diff).
//
// # Identifiers
//
// A Cycle is a review cycle: First (chapters III and IV, from 2010) and
// Second (chapters II and V, from 2016). Each State party is reviewed once
// per cycle, so an ID, the pair of the State under review and the Cycle,
// identifies a review. Its text form is the State's code, a slash and the
// cycle's name: "KEN/first", "EUU/second". ParseID also reads "ken/1" and
// "KEN/second cycle". IDs are comparable map keys, and sort with
// ID.Compare by cycle, then by code. Other packages refer to reviews by ID:
// a technical assistance need in package needs carries the State and the
// cycle of the review that identified it, from which its ID follows.
//
// A Milestone is a stage of a review, in order: Drawn, FocalPoint,
// SelfAssessment, DeskReview, CountryVisit (or a joint meeting instead),
// SummaryFinalized, ReportFinalized and Published (only if the State agrees).
// A review counts as finalized when its executive summary is
// (SummaryFinalized), as in UNODC's statistics; Review.Finalized and
// Progress.Finalized use that meaning throughout.
//
// A FindingKind is Challenge (with the reviewers' recommendation),
// GoodPractice or AssistanceNeed.
//
// Every enumeration starts at 1, so that its zero value means none or
// invalid; each has String, a Parse function, MarshalText and UnmarshalText.
// Arrays of N+1 elements, such as Counts and Review.Steps, are indexed by
// the enumeration directly, element 0 holding a total or nothing.
//
// # Dates
//
// Dates are time.Time values of which only the calendar date counts, as
// Date reports it in the value's own location; the time of day is ignored.
// A question "by at" means by the end of that calendar day.
//
// A milestone may be known to have been reached on an unknown date (Undated).
// Such a milestone is bounded by the known dates of the milestones around it,
// since milestones come in order, and the drawing of lots by its year,
// LotsYear. Review.Reached answers in three degrees, convention.Certain,
// convention.Possible or convention.Impossible, and Review.Status, Progress
// and Diff count only what is certain; Progress.Possible counts the rest. A
// record is taken as complete: a milestone it does not show as reached was
// not reached on any date.
//
// # Errors
//
// Parsing fails with errors that wrap a sentinel: ErrUnknownCycle,
// ErrUnknownMilestone, ErrUnknownFindingKind, or for an ID
// convention.ErrSyntax and convention.ErrUnknown. Validate returns every
// problem in a set of reviews, never only the first: ValidationErrors, one
// *ValidationError per problem, each naming the record's index in
// the slice, its ID and, for a problem with a finding, the finding's index in
// the record's Findings, and wrapping one of the kinds ErrInvalidID,
// ErrDuplicate, ErrInvalidReviewer, ErrSelfReview, ErrSameReviewers,
// ErrNoRegionalPeer, ErrLotsYear, ErrMilestoneOrder, ErrStepDate,
// ErrInvalidFinding, ErrNotCovered, ErrNotParty and ErrMaybeNotParty. Test
// for a kind with errors.Is, and range over every problem with
// errors.AsType[ValidationErrors].
// ErrMaybeNotParty is the soft one: the data cannot tell whether a State was
// a party when its lots were drawn; callers may treat it as a warning.
//
// Whether a State was a party at the drawing uses the convention package's
// bounded party dates (the deposit of the instrument, as the UN counts
// parties). The day of the drawing is the date of Drawn where known;
// otherwise only LotsYear is known, and a State is certainly a party if it
// was one on 1 January of that year, certainly not if it was not one by 31
// December, and possibly one otherwise.
//
// # Data provenance
//
// The cycles and their chapters come from the Conference of the States
// Parties' resolutions 3/1 (establishing the Mechanism and its terms of
// reference, 2009) and 6/1 (the second cycle), as tabulated in the project's
// chapters.csv. The pairing rule (one reviewer from the regional group of the
// State under review) and the stages of a review are those of the terms of
// reference and the guidelines for governmental experts. The first drawing
// of lots, at the first session of the Implementation Review Group, was in
// 2010, the earliest LotsYear Validate accepts; for the second cycle, which
// the Conference launched in November 2015, it accepts 2015 or later. Whether a State was a party
// on a date, and its regional group, come from the convention package's
// tables (the UN Treaty Collection and the UN's list of regional groups).
//
// This package holds no review records: reviews are the caller's data. The
// reviews in its tests and examples are synthetic and say so.
//
// # Concurrency
//
// The package has no mutable state. All functions and methods are safe for
// concurrent use; a value may be read from several goroutines at once, and
// Merge methods modify only their receiver.
package review
