// Package assetrecovery models the recovery of stolen assets under chapter V
// of the United Nations Convention against Corruption as sources report it:
// the currencies and exact amounts involved, the cases that follow assets
// from identification to return, published aggregate figures, and the
// totals that reports print ("US$1.398 billion frozen, US$147 million
// returned").
//
// # Where things are
//
//   - currency.go: Currency, an ISO 4217 code, current or withdrawn, and
//     its Kind. tables.go (generated) holds the codes.
//   - amount.go: Amount, exact money in one currency; ParseAmount, which
//     reads printed money ("USD 6.5 million", "around 800 million Swiss
//     francs ($842 million)"); Ratio.
//   - rates.go: Rates and Quote, exchange rates the caller gives, the one
//     rounding rule of every conversion, and EuroRates, the euro's fixed
//     rates for its legacy currencies (tables_euro.go, generated).
//   - stage.go, avenue.go, basis.go: the enumerations of a case.
//   - case.go: Case and Event. date.go: ParseDate, for dates as printed.
//   - validate.go: Validate. totals.go: Totals, Sum, SumSlice, Filter,
//     Diff. aggregate.go: Aggregate, a published total.
//   - errors.go: the package's error values and types. day.go: the
//     calendar arithmetic Sum uses to place events in years.
//
// # Cases
//
// A Case records the State of origin (whose assets were stolen), the
// jurisdictions holding them (any ISO 3166-1 code, so Jersey, Hong Kong and
// the Cayman Islands as well as States), the legal route (Avenue; zero when
// not known), the offences (convention.Ref citations of chapter III, such as
// art. 17) and Events. Each Event is a Stage (identified, frozen or seized,
// confiscated or forfeited, return agreed, returned, or transferred between
// jurisdictions) with a date as precise as the source (a
// convention.DateRange: a day, a month, a year or a span), an Amount, the
// jurisdiction where it happened and, for a transfer or return, where the
// assets went. A return also records its Basis under article 57(3) and any
// reasonable expenses deducted under article 57(4). An amount that is part
// of another (funds in Jersey within a United States forfeiture judgment)
// says so with Event.Within, and is never counted twice.
//
// Validate reports every problem of every case; Sum (over an iter.Seq) and
// SumSlice (over a slice) add them up into Totals in one pass. Totals of
// parts add up with Merge, and Diff gives what changed between two
// snapshots: "a further US$ N million returned since the last report".
// Totals by year count an event only when its date lies in that year for
// certain; Unplaced holds the rest. A Filter gives the totals of one State
// of origin (Filter.Origin) or of one holding jurisdiction (Filter.Holder,
// by the jurisdiction of each event), and the totals by holding
// jurisdiction add up to the whole because a part (Event.Within) counts
// in its own jurisdiction and its whole only for what remains. Aggregate
// holds a figure published for a period and a set of jurisdictions, whose
// Totals merge with those of cases and compare between periods with Diff.
//
// # Money
//
// An Amount is a decimal.Decimal and a Currency, never a float. Amounts in
// different currencies are never added, subtracted, compared or divided:
// such operations fail with a *CurrencyMismatchError. Totals keep one sum per
// stage and per currency, and a stage is never added to another (the same
// dollar may be frozen, then confiscated, then returned). Turning sums in
// several currencies into one takes Rates, a table of exchange rates that
// the caller supplies (or [EuroRates]); [Rates.Convert], [Totals.In] and
// Totals.Ratio fail with a *MissingRateError rather than guess a rate. All
// of them follow one rounding rule: the exact rational result is rounded
// once, at the end, to the places the caller gives, half away from zero.
// String never rounds: it prints at least the currency's minor units and
// more if the value has them.
//
// Decimals that enter the package (amounts, rates) have at most [MaxDigits]
// digits before and after the point, so that no value can make an
// operation's cost unbounded.
//
// Sum adds amounts that are whole numbers of minor units as 64-bit integers
// (with math/big taking over on overflow) and keeps each sum so until it is
// read as a decimal, so summing a million amounts makes no allocation per
// amount. Values finer than the minor unit are added exactly, more slowly.
//
// # Identifiers
//
// Currency is an ISO 4217 code from the package's table, a comparable value
// that prints as "USD"; the zero Currency is invalid. Stage, Avenue and
// Basis are small enumerations that start at 1, so their zero values mean
// "none" (for Avenue and Basis, "not recorded"); the zero value prints as
// "%!Stage(0)" and other invalid values as "%!Stage(9)". They, Currency and
// Amount have String, a Parse function, MarshalText and UnmarshalText, with
// MarshalText equal to String for valid values, so encoding/json and
// encoding/csv users get text forms for free; the zero value marshals as
// empty text and an invalid value refuses to marshal. Currency and Stage
// have Compare. Every parser trims space and folds case through one
// internal place, documents a limit on the length of its input (beyond it,
// an error wrapping convention.ErrRange) and runs in linear time; parsing a
// currency code or a stage allocates nothing on a hit.
//
// The zero Amount (no currency, value zero) prints as "0", marshals as empty
// text and reports IsZero. Arithmetic treats it as nothing: a + Amount{} is a,
// in a's currency. USD 0.00 is an amount in a currency, not the zero Amount.
//
// # Errors
//
// Parse functions return a *convention.ParseError (function, input, byte
// offset) wrapping convention.ErrSyntax, ErrUnknown, ErrAmbiguous or
// ErrRange. Validate returns convention.ValidationErrors: one
// *convention.ValidationError per problem, with the case's index and ID and a
// field path ("Events[3].Amount"), wrapping convention.ErrMissing,
// ErrInvalid or ErrDuplicate or one of this package's own kinds ([ErrNegative],
// ErrOutOfOrder, [ErrExceedsConfiscated], [ErrNotReturn], [ErrNotOffence],
// ErrCurrencyMismatch). Arithmetic and conversion fail with
// *CurrencyMismatchError ([ErrCurrencyMismatch]) and *MissingRateError
// ([ErrMissingRate]). Messages start with "assetrecovery". Nothing panics on
// bad input except the Must functions, which are meant for literals.
//
// # Data provenance
//
// The currency table (tables.go) is generated by the test TestTables from
// testdata/currencies.csv, ISO 4217 List One as current in February 2026
// (178 codes with their numeric codes, English names and minor units; "N.A."
// for the special units, which MinorUnits reports as false), and
// testdata/withdrawn.csv, List Three (129 withdrawn codes with their
// numeric codes, names and the month or span of years of withdrawal, taking
// the latest withdrawal where several entities used a code). Both come from
// the datasets/currency-codes repository, data/codes-all.csv at commit
// ab9b0ae8 (2026-02-01), itself taken from the lists SIX publishes on behalf
// of ISO; the dataset is under the Open Data Commons Public Domain
// Dedication and License (ODC-PDDL-1.0). Fund flags (Kind fund) come from
// ISO's IsFund attribute in that repository's archive/table_a1.xml
// (published 2024-06-25); List Three flags no funds, so withdrawn codes are
// currencies, or special units for X-codes. The split of the other X-codes
// into "special" is this project's grouping; XAF, XOF, XPF, XCD and XCG
// count as currencies.
//
// The euro's fixed conversion rates (tables_euro.go) are generated from
// testdata/eurorates.csv, which cites Council Regulation (EC) No 2866/98,
// article 1, as amended for each later member of the euro area, and the
// dates each rate took effect. Regenerate the tables with
//
//	go test ./assetrecovery -run TestTables -update
//
// The package reads no files at run time and holds no other exchange rates.
//
// # Concurrency
//
// Every type is a value or is immutable once made (Rates, Totals), and the
// package has no mutable state, so all functions and methods are safe for
// concurrent use. A Case is plain data that the caller owns; Validate and
// Sum only read it.
package assetrecovery
