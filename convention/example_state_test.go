package convention_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/uncac-go/uncac/convention"
)

func ExampleParseState() {
	s, err := convention.ParseState(" ken ")
	fmt.Println(s, err)

	_, err = convention.ParseState("XYZ")
	fmt.Println(errors.Is(err, convention.ErrUnknown))
	fmt.Println(err)

	_, err = convention.ParseState("K3N")
	fmt.Println(errors.Is(err, convention.ErrSyntax))
	// Output:
	// KEN <nil>
	// true
	// convention.ParseState: parsing "XYZ": at offset 0: unknown: not an ISO 3166-1 alpha-3 code, nor EUU
	// true
}

func ExampleState_Name() {
	for _, code := range []string{"KEN", "TUR", "EUU", "JEY"} {
		s := convention.MustParseState(code)
		fmt.Printf("%s %-15s group=%q %v\n", s, s.Name(), s.Group().Abbrev(), s.UNStatus())
	}
	// Output:
	// KEN Kenya           group="African" member
	// TUR Türkiye         group="WEOG" member
	// EUU European Union  group="" reio
	// JEY Jersey          group="" %!UNStatus(0)
}

func ExampleState_Party() {
	for _, code := range []string{"AFG", "TON", "SYR"} {
		s := convention.MustParseState(code)
		if p, ok := s.Party(); ok {
			fmt.Printf("%s: %s, %s\n", s, p.Act, p.Date)
			continue
		}
		signed, _ := s.Signature()
		fmt.Printf("%s: not a party; signed %s\n", s, signed.Format(time.DateOnly))
	}
	// Output:
	// AFG: ratification, 2008-08-25
	// TON: accession, 2020-02-01..2020-02-29
	// SYR: not a party; signed 2003-12-09
}

func ExamplePartiesAt() {
	// Suriname deposited its accession in November or December 2021; the
	// sources do not give the day.
	for _, d := range []string{"2021-11-14", "2021-11-30", "2021-12-12"} {
		t, _ := time.Parse(time.DateOnly, d)
		c := convention.PartiesAt(t)
		fmt.Println(d, c.Min(), c.Max(), c)
	}
	// Output:
	// 2021-11-14 188 188 188
	// 2021-11-30 188 189 188..189
	// 2021-12-12 189 189 189
}

func ExampleRegionalGroup() {
	for g := range convention.RegionalGroups() {
		n := 0
		for range g.Members() {
			n++
		}
		fmt.Printf("%-7s %-36s %d\n", g.Abbrev(), g, n)
	}
	g, _ := convention.ParseRegionalGroup("Group of Latin American and Caribbean States")
	fmt.Println(g.Abbrev())
	// Output:
	// African African States                       54
	// APG     Asia-Pacific States                  54
	// EEG     Eastern European States              23
	// GRULAC  Latin American and Caribbean States  33
	// WEOG    Western European and other States    29
	// GRULAC
}

func ExampleState_Index() {
	// Index lets per-State data live in arrays and bitsets instead of maps.
	var joined [convention.NumStates]bool
	var byGroup [convention.NumRegionalGroups + 1]int
	// Parties that cannot have joined before 2015, by regional group.
	since := time.Date(2015, time.January, 1, 0, 0, 0, 0, time.UTC)
	for p := range convention.Parties() {
		if !p.Date.Earliest.Before(since) {
			joined[p.State.Index()] = true
			byGroup[p.State.Group()]++
		}
	}
	for g := range convention.RegionalGroups() {
		fmt.Printf("%-7s %d\n", g.Abbrev(), byGroup[g])
	}
	fmt.Printf("no group %d\n", byGroup[0])
	fmt.Println(joined[convention.MustParseState("JPN").Index()])
	// Output:
	// African 5
	// APG     5
	// EEG     0
	// GRULAC  5
	// WEOG    1
	// no group 2
	// true
}
