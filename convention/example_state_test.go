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
	// convention.ParseState: parsing "XYZ": at offset 0: unknown
	// true
}

func ExampleState_Name() {
	for _, code := range []string{"KEN", "TUR", "EUU", "JEY"} {
		s := convention.MustParseState(code)
		fmt.Printf("%s %-15s group=%q member=%t\n", s, s.Name(), s.Group().Abbrev(), s.IsUNMember())
	}
	// Output:
	// KEN Kenya           group="African" member=true
	// TUR Türkiye         group="WEOG" member=true
	// EUU European Union  group="" member=false
	// JEY Jersey          group="" member=false
}

func ExampleState_Party() {
	for _, code := range []string{"AFG", "TON", "SYR"} {
		s := convention.MustParseState(code)
		if p, ok := s.Party(); ok {
			fmt.Printf("%s: %s, %s (exact %t)\n", s, p.Act, p.Date, p.Date.Exact())
			continue
		}
		signed, _ := s.Signature()
		fmt.Printf("%s: not a party; signed %s\n", s, signed.Format(time.DateOnly))
	}
	// Output:
	// AFG: ratification, 2008-08-25 (exact true)
	// TON: accession, 2020-02-01..2020-02-29 (exact false)
	// SYR: not a party; signed 2003-12-09
}

func ExamplePartiesAt() {
	// Tonga became the 187th party in February 2020; the day is unknown.
	d := time.Date(2020, time.February, 29, 0, 0, 0, 0, time.UTC)
	c := convention.PartiesAt(d)
	fmt.Println(c, c.Contains(187))
	for p := range convention.PartiesBy(d, convention.Possible) {
		fmt.Println("possibly:", p.State, p.Date)
	}
	// Output:
	// 186..187 true
	// possibly: BTN 2016-09-21..2023-09-27
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
	// African 3
	// APG     5
	// EEG     0
	// GRULAC  5
	// WEOG    1
	// no group 1
	// true
}
