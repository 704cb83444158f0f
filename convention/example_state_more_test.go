package convention_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/uncac-go/uncac/convention"
)

func ExampleState() {
	s := convention.MustParseState("ken")
	fmt.Println(s, s.Name(), s.Alpha2(), s.Numeric())
	fmt.Println(s.Group(), "|", s.UNStatus())
	fmt.Println("sorts after FRA:", s.Compare(convention.MustParseState("FRA")) > 0)

	// States marshal as their codes, so records need no extra code.
	type assistance struct {
		Requesting, Requested convention.State
	}
	b, _ := json.Marshal(assistance{s, convention.MustParseState("GBR")})
	fmt.Println(string(b))
	// Output:
	// KEN Kenya KE 404
	// African States | member
	// sorts after FRA: true
	// {"Requesting":"KEN","Requested":"GBR"}
}

func ExampleMustParseState() {
	// Must forms suit codes fixed in a program.
	eu := convention.MustParseState("EUU")
	fmt.Println(eu.Name(), eu.UNStatus(), eu.Numeric())
	// Output:
	// European Union reio 0
}

func ExampleStates() {
	var n [convention.RegionalOrganization + 1]int
	for s := range convention.States() {
		n[s.UNStatus()]++
	}
	fmt.Println("codes:", convention.NumStates)
	for u := convention.UNMember; u <= convention.RegionalOrganization; u++ {
		fmt.Printf("%-10v %3d\n", u, n[u])
	}
	fmt.Printf("%-10s %3d\n", "other", n[0])
	// Output:
	// codes: 250
	// member     193
	// observer     2
	// non-member   2
	// reio         1
	// other       52
}

func ExampleStateAt() {
	// A set of States as a bitset indexed by State.Index.
	var set [(convention.NumStates + 63) / 64]uint64
	for _, code := range []string{"NGA", "BRA", "IDN", "NGA"} {
		i := convention.MustParseState(code).Index()
		set[i/64] |= 1 << (i % 64)
	}
	for i := range convention.NumStates {
		if set[i/64]&(1<<(i%64)) != 0 {
			s, _ := convention.StateAt(i)
			fmt.Println(i, s, s.Name())
		}
	}
	// Output:
	// 32 BRA Brazil
	// 103 IDN Indonesia
	// 164 NGA Nigeria
}

func ExampleStateFromAlpha2() {
	// Data keyed by two-letter codes, such as web domains or ISO 3166-1
	// alpha-2 columns.
	for _, code := range []string{"ke", "GB", "EU", "XX"} {
		s, ok := convention.StateFromAlpha2(code)
		fmt.Println(code, s, ok)
	}
	// Output:
	// ke KEN true
	// GB GBR true
	// EU EUU true
	// XX %!State(0) false
}

func ExampleStateFromNumeric() {
	// UN statistics key countries by their M49 codes.
	for _, n := range []int{404, 826, 0} {
		s, ok := convention.StateFromNumeric(n)
		fmt.Println(n, s, ok)
	}
	// Output:
	// 404 KEN true
	// 826 GBR true
	// 0 %!State(0) false
}

func ExampleState_Signature() {
	for _, code := range []string{"MEX", "SYR", "EST"} {
		s := convention.MustParseState(code)
		signed, ok := s.Signature()
		_, party := s.Party()
		if !ok {
			fmt.Printf("%s never signed; party %t\n", s, party)
			continue
		}
		fmt.Printf("%s signed %s; party %t\n", s, signed.Format(time.DateOnly), party)
	}
	// Output:
	// MEX signed 2003-12-09; party true
	// SYR signed 2003-12-09; party false
	// EST never signed; party true
}

func ExampleState_PartyBy() {
	// Tonga acceded in February 2020; the sources do not give the day.
	ton := convention.MustParseState("TON")
	for _, d := range []string{"2020-01-31", "2020-02-15", "2020-02-29"} {
		t, _ := time.Parse(time.DateOnly, d)
		fmt.Println(d, ton.PartyBy(t))
	}
	// Output:
	// 2020-01-31 impossible
	// 2020-02-15 possible
	// 2020-02-29 certain
}

func ExampleParty() {
	p, _ := convention.MustParseState("EUU").Party()
	fmt.Println(p.State.Name())
	fmt.Println("act:", p.Act)
	fmt.Println("signed:", p.Signed.Format(time.DateOnly))
	fmt.Println("party:", p.Date, "in force:", p.InForce)
	// Output:
	// European Union
	// act: approval
	// signed: 2005-09-15
	// party: 2008-11-12 in force: 2008-12-12
}

func ExampleParties() {
	var byAct [convention.Succession + 1]int
	total := 0
	for p := range convention.Parties() {
		byAct[p.Act]++
		total++
	}
	for a := convention.Ratification; a <= convention.Succession; a++ {
		fmt.Printf("%-12v %3d\n", a, byAct[a])
	}
	fmt.Printf("%-12s %3d\n", "parties", total)
	// Output:
	// ratification 135
	// accession     51
	// acceptance     3
	// approval       1
	// succession     1
	// parties      191
}

func ExampleInForceAt() {
	// The Convention binds a party from the thirtieth day after its
	// deposit, so counts of parties bound trail counts of deposits.
	for _, d := range []string{"2005-12-13", "2005-12-14", "2024-08-06", "2024-09-05"} {
		t, _ := time.Parse(time.DateOnly, d)
		fmt.Println(d, "deposited:", convention.PartiesAt(t).Max(), "in force:", convention.InForceAt(t).Max())
	}
	// Output:
	// 2005-12-13 deposited: 39 in force: 0
	// 2005-12-14 deposited: 39 in force: 36
	// 2024-08-06 deposited: 191 in force: 190
	// 2024-09-05 deposited: 191 in force: 191
}

func ExampleEntryIntoForce() {
	eif := convention.EntryIntoForce()
	fmt.Println(eif.Format(time.DateOnly))
	// "Ten years ago today the Convention entered into force."
	fmt.Println(eif.AddDate(10, 0, 0).Format(time.DateOnly))
	p, _ := convention.MustParseState("KEN").Party()
	fmt.Println("Kenya:", p.Date, "in force", p.InForce)
	p, _ = convention.MustParseState("JPN").Party()
	fmt.Println("Japan:", p.Date, "in force", p.InForce)
	// Output:
	// 2005-12-14
	// 2015-12-14
	// Kenya: 2003-12-09 in force 2005-12-14
	// Japan: 2017-07-11 in force 2017-08-10
}

func ExampleCount() {
	// Check counts of parties as the UN published them. Where the sources
	// bound a party's date without giving the day, the count is a range.
	for _, pub := range []struct {
		day string
		n   int
	}{
		{"2015-04-01", 175}, // Grenada joins "the 175 States Parties"
		{"2020-02-29", 187}, // Tonga the 187th
		{"2023-12-09", 190},
		{"2023-12-09", 191}, // a misprint would show
	} {
		t, _ := time.Parse(time.DateOnly, pub.day)
		c := convention.PartiesAt(t)
		fmt.Printf("%s: data %d..%d published %d consistent %t\n",
			pub.day, c.Min(), c.Max(), pub.n, c.Min() <= pub.n && pub.n <= c.Max())
	}
	// Output:
	// 2015-04-01: data 174..176 published 175 consistent true
	// 2020-02-29: data 187..187 published 187 consistent true
	// 2023-12-09: data 190..190 published 190 consistent true
	// 2023-12-09: data 190..190 published 191 consistent false
}

func ExampleMembersAt() {
	// The UN's own totals: Tuvalu was called the 189th Member, though the
	// list of today's Members gives 188 on that day, because the UN still
	// counted Yugoslavia; from 1 November 2000 the list is the count.
	for _, d := range []string{"1945-12-31", "1965-12-31", "2000-09-05", "2011-07-14"} {
		t, _ := time.Parse(time.DateOnly, d)
		c := convention.MembersAt(t)
		fmt.Printf("%s %d..%d\n", d, c.Min(), c.Max())
	}
	// Output:
	// 1945-12-31 51..51
	// 1965-12-31 117..118
	// 2000-09-05 189..189
	// 2011-07-14 193..193
}

func ExampleState_UNAdmission() {
	for _, code := range []string{"CHE", "SRB", "SSD", "VAT"} {
		s := convention.MustParseState(code)
		if d, ok := s.UNAdmission(); ok {
			fmt.Println(s, "admitted", d.Format(time.DateOnly))
			continue
		}
		fmt.Println(s, s.UNStatus())
	}
	// Output:
	// CHE admitted 2002-09-10
	// SRB admitted 2000-11-01
	// SSD admitted 2011-07-14
	// VAT observer
}

func ExampleDateRange() {
	p, _ := convention.MustParseState("SUR").Party()
	fmt.Println(p.Date, p.Date.IsValid())
	fmt.Println("in force:", p.InForce)
	b, _ := json.Marshal(p.Date)
	fmt.Println(string(b))

	// A range that would not read back refuses to marshal.
	bad := convention.DateRange{Earliest: p.Date.Latest, Latest: p.Date.Earliest}
	_, err := bad.MarshalText()
	fmt.Println(bad.IsValid(), errors.Is(err, convention.ErrInvalid))
	fmt.Println(bad)
	var none convention.DateRange
	fmt.Println(none)
	// Output:
	// 2021-11-15..2021-12-12 true
	// in force: 2021-12-15..2022-01-11
	// "2021-11-15..2021-12-12"
	// false true
	// %!DateRange(2021-12-12T00:00:00Z..2021-11-15T00:00:00Z)
	// %!DateRange(0)
}

func ExampleParseDateRange() {
	for _, s := range []string{"2008-08-25", "2014-07-11..2018-06-30", "2018-06-30..2014-07-11"} {
		r, err := convention.ParseDateRange(s)
		if err != nil {
			fmt.Println(errors.Is(err, convention.ErrSyntax), err)
			continue
		}
		fmt.Println(r)
	}
	// Output:
	// 2008-08-25
	// 2014-07-11..2018-06-30
	// true convention.ParseDateRange: parsing "2018-06-30..2014-07-11": at offset 12: invalid syntax: want a date as 2006-01-02, not before 2018-06-30
}

func ExampleAct() {
	for _, code := range []string{"KEN", "PRK", "JPN", "EUU", "MNE"} {
		if p, ok := convention.MustParseState(code).Party(); ok {
			fmt.Println(code, p.Act)
		} else {
			fmt.Println(code, "not a party")
		}
	}
	// Output:
	// KEN ratification
	// PRK not a party
	// JPN acceptance
	// EUU approval
	// MNE succession
}

func ExampleParseAct() {
	// The UN Treaty Collection prints a mark after the date of deposit:
	// "27 Sep 2023 a". The marks are case-sensitive.
	for _, in := range []string{"Accession", "a", "A", "AA", "(d)", "c"} {
		a, err := convention.ParseAct(in)
		fmt.Printf("%-6q %v %v\n", in, a, errors.Is(err, convention.ErrUnknown))
	}
	// Output:
	// "Accession" accession false
	// "a"    accession false
	// "A"    acceptance false
	// "AA"   approval false
	// "(d)"  succession false
	// "c"    %!Act(0) true
}

func ExampleCertainty() {
	d := time.Date(2015, time.June, 30, 0, 0, 0, 0, time.UTC)
	for _, code := range []string{"KEN", "SSD", "SYR"} {
		fmt.Println(code, convention.MustParseState(code).PartyBy(d))
	}
	fmt.Println(convention.Certainty(0))
	// Output:
	// KEN certain
	// SSD possible
	// SYR impossible
	// %!Certainty(0)
}

func ExampleUNStatus() {
	for _, code := range []string{"KEN", "VAT", "COK", "EUU", "HKG"} {
		s := convention.MustParseState(code)
		fmt.Printf("%s %v\n", s, s.UNStatus())
	}
	// Output:
	// KEN member
	// VAT observer
	// COK non-member
	// EUU reio
	// HKG %!UNStatus(0)
}

func ExampleParseRegionalGroup() {
	for _, s := range []string{"GRULAC", "Group of African States", "Western European and Others Group", "Asia-Pacific"} {
		g, err := convention.ParseRegionalGroup(s)
		fmt.Printf("%-35q %-7s %v\n", s, g.Abbrev(), err)
	}
	// Output:
	// "GRULAC"                            GRULAC  <nil>
	// "Group of African States"           African <nil>
	// "Western European and Others Group" WEOG    <nil>
	// "Asia-Pacific"                      APG     <nil>
}

func ExampleRegionalGroup_Members() {
	// Members of each group that are not parties.
	for g := range convention.RegionalGroups() {
		members, out := 0, []convention.State(nil)
		for s := range g.Members() {
			members++
			if _, ok := s.Party(); !ok {
				out = append(out, s)
			}
		}
		fmt.Printf("%-7s %2d members, not parties: %v\n", g.Abbrev(), members, out)
	}
	// Output:
	// African 54 members, not parties: [ERI]
	// APG     54 members, not parties: [PRK SYR]
	// EEG     23 members, not parties: []
	// GRULAC  33 members, not parties: [VCT]
	// WEOG    29 members, not parties: [AND MCO SMR]
}

func ExampleRegionalGroups() {
	// Parties by regional group on the day Saint Kitts and Nevis became the
	// 191st party; the European Union, the observers, Cook Islands and Niue
	// belong to no group.
	d := time.Date(2024, time.August, 6, 0, 0, 0, 0, time.UTC)
	var n [convention.NumRegionalGroups + 1]int
	for p := range convention.Parties() {
		if p.State.PartyBy(d) == convention.Certain {
			n[p.State.Group()]++
		}
	}
	for g := range convention.RegionalGroups() {
		fmt.Printf("%-36v %3d\n", g, n[g])
	}
	fmt.Printf("%-36s %3d\n", "no group", n[0])
	// Output:
	// African States                        53
	// Asia-Pacific States                   52
	// Eastern European States               23
	// Latin American and Caribbean States   32
	// Western European and other States     26
	// no group                               5
}
