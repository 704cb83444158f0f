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
	fmt.Println(s.Group(), "|", s.UNStatus(), s.IsUNMember())
	fmt.Println("sorts after FRA:", s.Compare(convention.MustParseState("FRA")) > 0)

	// States marshal as their codes, so records need no extra code.
	type assistance struct {
		Requesting, Requested convention.State
	}
	b, _ := json.Marshal(assistance{s, convention.MustParseState("GBR")})
	fmt.Println(string(b))
	// Output:
	// KEN Kenya KE 404
	// African States | member true
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
	// XX invalid State false
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
	// 0 invalid State false
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
	fmt.Println("party:", p.Date, p.Date.Exact())
	// Output:
	// European Union
	// act: approval
	// signed: 2005-09-15
	// party: 2008-11-12 true
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
	// ratification 134
	// accession     52
	// acceptance     3
	// approval       1
	// succession     1
	// parties      191
}

func ExamplePartiesBy() {
	// The parties that joined after the end of 2020: on that day each was
	// certainly not yet a party.
	end2020 := time.Date(2020, time.December, 31, 0, 0, 0, 0, time.UTC)
	for p := range convention.PartiesBy(end2020, convention.Impossible) {
		fmt.Printf("%s %-30s %s\n", p.State, p.State.Name(), p.Date)
	}
	// Output:
	// BRB Barbados                       2023-10-10
	// KNA Saint Kitts and Nevis          2024-08-06
	// SOM Somalia                        2021-08-11
	// SUR Suriname                       2021-11-01..2021-12-31
}

func ExamplePartyCount() {
	// Check counts of parties as the UN published them. Where the sources
	// bound a party's date without giving the day, the data give a range.
	for _, pub := range []struct {
		day string
		n   int
	}{
		{"2015-04-01", 175}, // Grenada joins
		{"2020-02-29", 187}, // Tonga the 187th
		{"2023-12-09", 190},
		{"2023-12-09", 191}, // a misprint would show
	} {
		t, _ := time.Parse(time.DateOnly, pub.day)
		c := convention.PartiesAt(t)
		fmt.Printf("%s: data %-8v min %d max %d exact %-5t published %d consistent %t\n",
			pub.day, c, c.Min(), c.Max(), c.Exact(), pub.n, c.Contains(pub.n))
	}
	// Output:
	// 2015-04-01: data 174..178 min 174 max 178 exact false published 175 consistent true
	// 2020-02-29: data 186..187 min 186 max 187 exact false published 187 consistent true
	// 2023-12-09: data 190      min 190 max 190 exact true  published 190 consistent true
	// 2023-12-09: data 190      min 190 max 190 exact true  published 191 consistent false
}

func ExampleSignatories() {
	signed, parties := 0, 0
	var notParties []convention.State
	for s := range convention.Signatories() {
		signed++
		if _, ok := s.Party(); ok {
			parties++
		} else {
			notParties = append(notParties, s)
		}
	}
	fmt.Println(signed, "signatories,", parties, "of them parties")
	fmt.Println("signed, not party:", notParties)
	// Output:
	// 140 signatories, 139 of them parties
	// signed, not party: [SYR]
}

func ExampleDateRange() {
	p, _ := convention.MustParseState("BTN").Party()
	r := p.Date
	fmt.Println(r, r.Exact())
	fmt.Println(r.Contains(time.Date(2016, time.September, 20, 0, 0, 0, 0, time.UTC)))
	fmt.Println(r.Contains(time.Date(2016, time.September, 21, 23, 0, 0, 0, time.UTC)))
	var none convention.DateRange
	fmt.Printf("%q %t\n", none, none.IsZero())
	// Output:
	// 2016-09-21..2023-09-27 false
	// false
	// true
	// "" true
}

func ExampleParseDateRange() {
	for _, s := range []string{"2008-08-25", "2014-07-11..2018-06-30", "2018-06-30..2014-07-11"} {
		r, err := convention.ParseDateRange(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(r, r.Exact())
	}
	// Output:
	// 2008-08-25 true
	// 2014-07-11..2018-06-30 false
	// convention.ParseDateRange: parsing "2018-06-30..2014-07-11": at offset 12: invalid syntax
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
	a, err := convention.ParseAct("Accession")
	fmt.Println(a, err)
	_, err = convention.ParseAct("a")
	fmt.Println(errors.Is(err, convention.ErrSyntax))
	// Output:
	// accession <nil>
	// true
}

func ExampleCertainty() {
	// Certainty is ordered: Compare ranks a certain answer above a
	// possible one.
	d := time.Date(2018, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, code := range []string{"KEN", "BTN", "SSD", "SYR"} {
		c := convention.MustParseState(code).PartyBy(d)
		fmt.Println(code, c, c.Compare(convention.Possible) >= 0)
	}
	// Output:
	// KEN certain true
	// BTN possible true
	// SSD certain true
	// SYR impossible false
}

func ExampleParseCertainty() {
	c, err := convention.ParseCertainty("Possible")
	fmt.Println(c, err)
	// Output:
	// possible <nil>
}

func ExampleUNStatus() {
	for _, code := range []string{"KEN", "VAT", "COK", "EUU", "HKG"} {
		s := convention.MustParseState(code)
		fmt.Printf("%s %-10v %v\n", s, s.UNStatus(), s.UNStatus().IsValid())
	}
	// Output:
	// KEN member     true
	// VAT observer   true
	// COK non-member true
	// EUU reio       true
	// HKG %!UNStatus(0) false
}

func ExampleParseUNStatus() {
	u, err := convention.ParseUNStatus("Observer")
	fmt.Println(u == convention.UNObserver, err)
	// Output:
	// true <nil>
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
	for p := range convention.PartiesBy(d, convention.Certain) {
		n[p.State.Group()]++
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
