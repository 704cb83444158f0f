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
//   - [Chapter] (1 to 8, printed "chapter IV") and [Article] (1 to 71,
//     printed "article 46"), with their official English titles.
//   - [Ref], a citation of an article, paragraph, subparagraph or item. A
//     non-zero Ref always names a provision that exists. String prints the
//     canonical short form "art. 46(9)(b)"; Long prints "article 46,
//     paragraph 9 (b)". [Provisions] and [Article.Provisions] walk all
//     [NumProvisions] of them in the order of the text.
//   - [Obligation], the class of what a provision asks of States parties:
//     Mandatory ("shall"), Endeavour ("shall endeavour"), Consider ("shall
//     consider"), Optional ("may") or NoObligation (definitions, scope,
//     treaty machinery). Classes are ordered by strength.
//   - State, an ISO 3166-1 alpha-3 code held in one byte, its position in
//     the sorted table of codes (so State.Index costs nothing). Every ISO
//     3166-1 code is valid, as asset recovery needs jurisdictions that are
//     not States parties (Jersey, Hong Kong, the Cayman Islands); the
//     European Union, a party under article 67, is "EUU". Known States carry
//     their names, UN RegionalGroup, UN standing and date of admission and,
//     for parties, the kind of act (Act) and its dates.
//   - RegionalGroup, the five UN regional groups.
//
// # Reading text
//
// Data names provisions and States the way documents print them, and the
// package reads them there:
//
//   - [ParseRef] reads one citation in every spelling of UN documents and
//     datasets ("art. 46(9)(b)", "paragraph 9 (b) of article 46", "Art. 2(e)
//     UNCAC", "UNCAC-Art46"); [ParseRefs] reads lists and ranges ("articles
//     46 and 55 of the Convention and paragraphs 1 and 2 of article 57",
//     "art. 57(3)(a)–(c)", "chapters II and V"); [ParseChapter] reads a
//     chapter, with or without its title ("II. Preventive measures").
//   - [Citations] scans running prose and yields every citation in it, a
//     [Citation] with its byte span and the provision or chapter it cites,
//     resolving "this article" against the article the text belongs to.
//   - [ParseState] reads an ISO 3166-1 alpha-3 code; [LookupState] reads
//     whatever a dataset prints for a State: a code of any kind, a UN, ISO
//     or common English name, or a former name ("Swaziland", "Zaire"), in
//     any case, with or without accents. Ambiguous names ("Korea") are an
//     error that lists the candidates; the UN's "Congo" is the Republic of
//     the Congo.
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
// # Parties, entry into force and UN membership
//
// State.Party returns a Party: the kind of instrument deposited (Act:
// ratification, accession, acceptance, approval or succession), the date of
// signature, the date of deposit and the date on which the Convention
// entered into force for the party (art. 68: on [EntryIntoForce], 14
// December 2005, for the instruments deposited by 14 November 2005, and
// otherwise on the thirtieth day after deposit). Where the sources give only a month, a year or a "by"
// date, a date is a DateRange spanning what they allow, never a guess.
// State.PartyBy answers Certain, Possible or Impossible (a Certainty) for a
// day. [PartiesAt] counts the instruments deposited by a day (what the UN
// reports as the number of parties), [InForceAt] the parties bound on that
// day, and [MembersAt] the Member States of the United Nations, each as a
// [Count] whose Min and Max bound the true number, so that a caller can
// check a published figure without the library guessing a date.
// State.UNAdmission gives a Member State's date of admission and
// State.UNStatus the standing at the United Nations of the others.
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
//   - Codes: ISO 3166-1 via datasets/country-codes (ODC-PDDL-1.0; UNSD
//     M49), checked against Debian's iso-codes 4.15. "EUU" for the European
//     Union follows the World Bank's convention; the EU has no numeric code.
//   - Names: for the UN Member and observer States, Cook Islands, Niue and
//     the European Union, the UN Protocol (UNTERM) short name without a
//     trailing "(the)"; for every other code the ISO 3166-1 English short
//     name ("Falkland Islands (Malvinas)", "Taiwan, Province of China"), from
//     iso-codes 4.15.
//   - World Bank names ("Venezuela, RB"): countrycode@284d6a2f data_world_bank_api.csv.
//   - CLDR English alt="short"/"variant" names: cldr-json territories.json (mieg@464b4109).
//   - IMF, IOC, GENC, FAO, UNHCR, Eurostat and WVS names: countrycode@284d6a2f dictionary.
//   - "DRC" and "UAE": Correlates of War and IOC codes, in countrycode@284d6a2f dictionary.
//   - IMF WEO names ("Hong Kong SAR"): WEO database groups and aggregates, October 2024.
//   - UN regional groups: openclimatedata/countrygroups (CC0), from the UN
//     DGACM list of regional groups. Türkiye, Israel and the United States
//     are counted in the Western European and Others Group, as for electoral
//     purposes; the Holy See, the State of Palestine, the Cook Islands, Niue
//     and the European Union have no group.
//   - UN membership: the dates of admission of the UN's list of Member
//     States (testdata/un_members.csv, with the transcriptions and UN
//     Yearbook rosters it was checked against). Before 1 November 2000 the
//     count adds the Members that have since merged or dissolved, as listed
//     with their sources in testdata/un_membership_adjustments.csv.
//   - Participation: the UN Treaty Collection status of the Convention
//     (MTDSG chapter XVIII-14), as scraped in 2014 (zmjones/untreaties) and
//     checked against the status of 20 April 2024, with later accessions from
//     the UN and government notices cited row by row in
//     testdata/uncac_parties.csv, and the evidence for the dates once only
//     bounded in testdata/party_dates_evidence.csv: UN review documents
//     (Bhutan, CAC/COSP/IRG/I/4/1/Add.66; Niue, Add.67) and the UN Statement
//     of Treaties and International Agreements (Samoa, ST/LEG/SER.A/854;
//     Equatorial Guinea, ST/LEG/SER.A/855). Dates are dates of deposit. For
//     five parties (Gambia, South Sudan, Suriname, Tonga, Tuvalu) the sources
//     bound the date without giving the day, so the date is a range. The
//     thirtieth instrument, Ecuador's of 15 September 2005, is checked
//     against the data when the tables are generated.
//   - Published counts: the tests compare the tables with every count of
//     parties, signatories and UN Member States that we found published
//     (UN press releases, UNODC statements, the Treaty Collection; each
//     cited in published_counts_test.go). All 19 counts of parties from 2004
//     to 2024 agree exactly; two other UN figures (107 on 16 January 2008,
//     171 on 9 December 2013) contradict the Treaty Collection's dates, and
//     the tests record why.
//
// # Files
//
// chapter.go, article.go, ref.go and obligation.go hold the treaty's
// identifiers; parse.go the grammar of citations that ParseRef, ParseRefs,
// ParseChapter and Citations (scan.go) share; state.go, party.go and
// group.go the States, their participation and the regional groups;
// names.go the lookup of States by name; errors.go the shared error types
// and sentinels; tableinfo.go the shapes of the tables. The tables*.go files
// are generated from testdata/*.csv by the tests named in each file's
// header.
//
// # Concurrency
//
// Every value is immutable and every function is safe for concurrent use.
package convention
