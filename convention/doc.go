// Package convention is the United Nations Convention against Corruption as
// typed values: its chapters, articles and every citable provision, the
// obligation each provision puts on States parties, citations as UN
// documents write them, and the States and other jurisdictions that take
// part.
//
// # Identifiers
//
// Every identifier is a small comparable value whose zero value is invalid,
// so it can serve as a map key, be compared with ==, and be told apart from
// "not set":
//
//   - Chapter (1 to 8, printed "chapter IV") and Article (1 to 71, printed
//     "article 46"), with their official English titles.
//   - Ref, a citation of an article, paragraph, subparagraph or item. A
//     non-zero Ref always names a provision that exists. String prints the
//     canonical short form "art. 46(9)(b)"; Long prints "article 46,
//     paragraph 9 (b)". ParseRef reads both and the other spellings found in
//     UN documents, including those that name the article last ("paragraph
//     9 (b) of article 46"); ParseRefs reads lists and ranges such as
//     "articles 15, 16 and 21" and "art. 57(3)(a)–(c)". Provisions and
//     Article.Provisions walk all NumProvisions of them in the order of the
//     text.
//   - Obligation, the class of what a provision asks of States parties:
//     Mandatory ("shall"), Endeavour ("shall endeavour"), Consider ("shall
//     consider"), Optional ("may") or NoObligation (definitions, scope,
//     treaty machinery). Classes are ordered by strength.
//   - State, an ISO 3166-1 alpha-3 code packed into two bytes. Every ISO
//     3166-1 code is valid, as asset recovery needs jurisdictions that are
//     not States parties (Jersey, Hong Kong, the Cayman Islands); the
//     European Union, a party under article 67, is "EUU". Known States carry
//     their UN RegionalGroup and, for parties, the kind of act (Act) and the
//     date of becoming a party.
//   - RegionalGroup, the five UN regional groups.
//
// Every identifier that appears in data has String, a Parse function,
// MarshalText and UnmarshalText (so encoding/json and encoding/csv need no
// extra code), IsValid, and Compare where the order is natural. For a valid
// value MarshalText gives exactly what String prints; the zero value
// marshals as empty text and prints "%!Type(0)", and any other invalid value
// prints "%!Type(n)" and refuses to marshal. [MustParseRef] and
// [MustParseState] serve citations and codes fixed in a program. Lookups
// return (T, bool); collections are iterators (iter.Seq) in a fixed order.
//
// Every parser trims and folds its input in one way (internal/textnorm):
// Unicode spaces, including the no-break and thin spaces of UN documents,
// count as space, and ASCII letters are read in any case.
//
// # Party dates
//
// State.Party returns a Party: the kind of instrument deposited (Act:
// ratification, accession, acceptance, approval or succession), the date of
// signature and the date of becoming a party. State.UNStatus gives the
// State's standing at the United Nations (UNStatus). For a few States the
// sources give only a month, a year or a "party by" date, so the date of
// becoming a party is a DateRange, exact where both ends agree.
// State.PartyBy answers Certain, Possible or Impossible (a Certainty) for a
// date, and PartiesAt counts, as a PartyCount, the States that had certainly
// and possibly become parties (deposited their instrument) by then, so that a
// caller can check a published count without the library guessing a date.
//
// # Errors
//
// Every parser of this package and of the packages built on it returns a
// *[ParseError] that names the function (qualified, "convention.ParseRef"),
// the input, and the byte offset of the problem, and whose Err wraps one of
// the shared sentinels, for errors.Is: [ErrSyntax] for text that is not a
// citation, chapter or code at all; [ErrUnknownProvision] for a well-formed
// citation of a provision the Convention lacks (art. 72, art. 46(31), art.
// 15(2)); [ErrUnknown] for a well-formed code or name that names nothing
// known; [ErrAmbiguous] for text that fits several values; [ErrRange] for an
// input beyond a parser's documented length. The message says what was
// expected where the parser stopped. Validate functions report every
// problem as [ValidationErrors]. No input makes a parser panic; only the Must
// functions panic, by design.
//
// # Data provenance
//
// The tables are generated from testdata/*.csv by TestTables and
// TestTablesStates (go test ./convention -run TestTables -update) and
// compiled in: nothing is read at run time.
//
//   - Structure, titles and obligations: the English text of the Convention
//     (General Assembly resolution 58/4, 31 October 2003). Each provision's
//     class was judged by hand from its governing verb; where the
//     Mechanism's self-assessment checklist labels a provision differently,
//     the checklist should win.
//   - Codes and names: ISO 3166-1 via datasets/country-codes (ODC-PDDL-1.0;
//     UN UNTERM short names with the trailing "(the)" removed, UNSD M49).
//     "EUU" for the European Union follows the World Bank's convention; the
//     EU has no numeric code.
//   - UN regional groups: openclimatedata/countrygroups (CC0), from the UN
//     DGACM list of regional groups. Türkiye, Israel and the United States
//     are counted in the Western European and Others Group, as for electoral
//     purposes; the Holy See, the State of Palestine, the Cook Islands, Niue
//     and the European Union have no group.
//   - Participation: the UN Treaty Collection status of the Convention
//     (MTDSG chapter XVIII-14), as scraped in 2014 (zmjones/untreaties) and
//     checked against the status of 20 April 2024, with later accessions from
//     the UN and government notices cited row by row in
//     testdata/uncac_parties.csv. Dates are dates of deposit, not of entry
//     into force (article 68). For nine parties (Bhutan, Equatorial Guinea,
//     Gambia, Niue, Samoa, South Sudan, Suriname, Tonga, Tuvalu) the sources
//     bound the date without giving the day, so the date is a range. The
//     tables match every UN-published count of parties from 2014 to August
//     2024 (171 to 191) and the 140 signatories.
//
// # Concurrency
//
// Every value is immutable and every function is safe for concurrent use.
package convention
