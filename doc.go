// Package uncac is the root of a library that turns the United Nations
// Convention against Corruption (UNCAC) and its Implementation Review
// Mechanism into typed Go values and pure functions, so that programs can
// import the domain model, researchers can analyse review outcomes, and
// test suites can check the figures printed in UN statistical reports
// against data.
//
// This package holds no code; it is a map of the packages:
//
//   - [github.com/uncac-go/uncac/convention]: the treaty. Chapters, articles
//     and all 415 citable provisions with the obligation each puts on States
//     parties; citations ("art. 46(9)(b)", "article 46, paragraph 9 (b)")
//     parsed and printed; States (ISO 3166-1 alpha-3), UN regional groups and
//     the dates on which States became parties.
//   - [github.com/uncac-go/uncac/review]: the Implementation Review
//     Mechanism. Review cycles and the chapters they cover, country reviews,
//     reviewing States, milestones and findings; progress on a date and what
//     changed between two dates.
//   - [github.com/uncac-go/uncac/needs]: technical assistance needs that
//     reviews identify and the assistance delivered. Counts by article,
//     chapter, category, regional group and cycle; distinct States;
//     rankings with ties; differences between snapshots; outcomes. Its
//     subpackage needstest makes synthetic data that agrees with published
//     figures.
//   - [github.com/uncac-go/uncac/assetrecovery]: asset recovery under
//     chapter V. ISO 4217 currencies, exact money, cases and their stages,
//     totals that never mix currencies or stages, conversion only at rates
//     the caller gives.
//   - [github.com/uncac-go/uncac/claim]: the figures a report states
//     ("3,680", "four of 11", "$43 million", "over 2,000") as the intervals
//     they really mean, checked against computed values, with a
//     deterministic report.
//
// Imports point one way: convention ← review ← needs, and convention ←
// assetrecovery; claim imports none of them. Nothing in the library reads
// files, the network or the clock: reference data is compiled in, and
// everything else comes in as Go values.
//
// # Rules every package follows
//
// Text. Every identifier type that appears in data (a Chapter, a Ref, a
// State, a Cycle, a Category, a Currency, a Stage …) has String, a Parse
// function and MarshalText/UnmarshalText, so encoding/json and encoding/csv
// read and write it. For every valid value MarshalText returns exactly what
// String prints, and UnmarshalText reads it back to an equal value. The zero
// value is invalid; it marshals to "" and unmarshals from "". An invalid
// non-zero value refuses to marshal. String of the zero value prints the
// type's own word for "none" in the form "%!Type(0)" and of any other
// invalid value "%!Type(n)", as time.Month does, so a mistake is visible in
// output. Aggregates that are not meant to be stored (summaries, totals)
// either have a documented JSON form that round-trips or refuse to marshal;
// none marshals to {} silently.
//
// Errors. Every parser of the domain packages returns a
// *[convention.ParseError] (the function, the input, the byte offset, and
// the kind of problem), whose kind wraps one of convention's shared
// sentinels: [convention.ErrSyntax], [convention.ErrUnknown],
// [convention.ErrUnknownProvision], [convention.ErrAmbiguous] or
// [convention.ErrRange]. So errors.Is(err, convention.ErrSyntax) holds for a
// malformed citation, currency or cycle alike. Every Validate function
// returns [convention.ValidationErrors]: one *[convention.ValidationError]
// (record index, field path, problem) for every independent problem of every
// record, never only the first; the problem wraps a shared sentinel
// ([convention.ErrMissing], [convention.ErrInvalid],
// [convention.ErrDuplicate], [convention.ErrNotParty]) or one of the
// package's own. A sentinel name means one thing across the module. Package
// claim, which imports nothing of the domain, has errors of its own in the
// same shape.
//
// Aggregation. A function that aggregates takes an iter.Seq of records and
// is named for what it returns (needs.Tally, assetrecovery.Sum); where a
// slice can be read faster than a sequence, a second function of the same
// name with the suffix Slice takes one (needs.TallySlice). Merge
// returns a new value and leaves its operands alone; the merge of the
// summaries of two parts equals the summary of the whole. No exported array
// is sized by an enumeration that may grow (review cycles, categories):
// such data is read through accessor methods.
//
// Parsing input. Every parser trims the same space (ASCII white space, the
// no-break, thin and other Unicode spaces) and folds ASCII case the same way,
// in one internal place; every parser has a documented limit on the length
// of its input, beyond which it returns an error wrapping
// [convention.ErrRange], and runs in time linear in its input. No function's
// cost can be made unbounded by a value: exponents of decimal amounts are
// bounded.
//
// Concurrency. Every value is safe for concurrent use by several goroutines
// once built; nothing in the module has mutable package state.
//
// # Data provenance and licences
//
// The compiled-in reference data holds facts only, each traced to a public
// source; the packages' documentation names them in full.
//
//   - The Convention's structure, article titles and the classification of
//     each provision's obligation: from the English text of the Convention
//     (General Assembly resolution 58/4); the classification is this
//     project's reading of each governing verb.
//   - Country codes and UN names: datasets/country-codes (ODC-PDDL-1.0; UN
//     UNTERM, UNSD M49). ISO notes that its codes are free for internal and
//     non-commercial use; only the codes are used, as facts.
//   - UN regional groups: openclimatedata/countrygroups (CC0; UN DGACM).
//   - Participation in the Convention: the UN Treaty Collection (MTDSG
//     XVIII-14), via a 2014 scrape (zmjones/untreaties) and the UN and
//     government notices cited for each later change.
//   - Names of States as datasets print them (for convention.LookupState):
//     UNTERM short and formal names via datasets/country-codes
//     (ODC-PDDL-1.0); ISO 3166-1 short, common and official names via
//     Debian's iso-codes 4.15; Unicode CLDR English territory names via
//     golang.org/x/text and cldr-json (Unicode License v3); the World
//     Bank, IMF, IOC, GENC, FAO, UNHCR, Eurostat and World Values Survey
//     spellings via vincentarelbundock/countrycode's dictionary
//     (GPL-3.0 as software; only the names are used, as facts); former
//     names from the UN notices cited row by row.
//   - UN membership: the dates of admission in the UN's list of Member
//     States, with the earlier mergers and dissolutions cited row by row.
//   - Entry into force: article 68 of the Convention applied to the dates
//     of deposit; counts of parties published by the UN (press releases,
//     Conference and Review Group documents) are test data, each cited.
//   - The Mechanism's own dates: Conference resolution 3/1 (Doha, 2009)
//     and the Review Group and Conference documents cited in
//     review/testdata.
//   - Currencies: ISO 4217 List One and List Three (withdrawn codes) via
//     datasets/currency-codes (ODC-PDDL-1.0; SIX on behalf of ISO);
//     English currency names and signs, and the signs of its English
//     locales (en-KE, en-ZA …), from Unicode CLDR via cldr-json
//     (Unicode License v3); the euro's irrevocably fixed conversion rates
//     from Council Regulation (EC) No 2866/98 as amended (EU legal acts,
//     reusable with acknowledgement under Commission Decision 2011/833/EU).
//   - Restitutions in examples/recoveries: the Swiss Federal Department of
//     Foreign Affairs' published list, cited row by row.
//
// The figures in the examples come from the report of the Implementation
// Review Group on its resumed twelfth session (2021), section VI; the data
// that reproduces them is synthetic and says so.
package uncac
