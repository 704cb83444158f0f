// Package needstest generates synthetic technical assistance data that
// agrees exactly with the figures the secretariat published, for tests,
// benchmarks and demonstrations.
//
// THE DATA IS SYNTHETIC. Only the published totals hold; which State
// identified which need, under which provision and of which kind, the
// review dates, the reviewers and the assistance outcomes are invented.
// Never read anything about a real State from it.
//
// The figures reproduced are those of paragraphs 1, 2 and 5 of the draft
// report of the resumed twelfth session of the Implementation Review Group
// (Vienna, 6–10 September 2021), section VI, "Technical assistance":
//
//   - FirstCycle: 3,680 first-cycle needs from 118 States; article 46, 200
//     needs from 74 States; article 44, 185 from 63; article 50, 182 from
//     63; those three ranked first to third in chapter IV (and overall);
//     legislative drafting, capacity-building and good practices the top
//     three categories in each of chapters III and IV.
//   - FirstCycleAsOf(seed, EarlierReport()): the earlier snapshot, eight
//     needs and two States fewer, with the same top three.
//   - FirstCycleReviews: four reviews finalized between the two reports,
//     two of which identified needs.
//   - SecondCycleAssetRecovery: eight States with chapter V needs, five of
//     them concerning international cooperation.
//   - StAR: 18 countries assisted in 2020–2021; 4 of the 11 receiving
//     assistance on legislative reform adopted laws; 2 of the 6 receiving
//     support on coordination mechanisms set one up.
//
// Generate makes batches of any size, up to tens of millions, for
// benchmarks.
//
// # Identifiers
//
// The States are real ISO 3166-1 codes of States parties (package
// convention); data for one seed is always the same, and different seeds
// move the unpublished details while every published figure still holds.
//
// # Errors
//
// The package returns no errors: its output is valid by construction, and
// its tests check that with needs.ValidateUnique and review.Validate.
//
// # Data provenance
//
// The published figures come from the report cited above. The dates of the
// two updates are EarlierReport (2019-09-01, standing for CAC/COSP/2019/14,
// whose day the data does not need) and Report (2021-09-06, the opening of
// the resumed session). The States are drawn from convention's table of
// parties: those certainly parties by 1 January 2015 (2016 for the second
// cycle) that belong to a regional group.
//
// # Concurrency
//
// Every function is pure, allocates its result afresh and is safe for
// concurrent use.
package needstest
