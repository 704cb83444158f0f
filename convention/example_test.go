package convention_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/uncac-go/uncac/convention"
)

func ExampleParseRef() {
	for _, s := range []string{
		"article 46, paragraph 9 (b)",
		"Art. 46 (9) (b)",
		"article 2 (a) (i)",
		"paragraph 9 (b) of article 46",
		"subparagraph 1 (a) of article 23",
	} {
		r, err := convention.ParseRef(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-34q %v, %v\n", s, r, r.Obligation())
	}
	// Output:
	// "article 46, paragraph 9 (b)"      art. 46(9)(b), mandatory
	// "Art. 46 (9) (b)"                  art. 46(9)(b), mandatory
	// "article 2 (a) (i)"                art. 2(a)(i), none
	// "paragraph 9 (b) of article 46"    art. 46(9)(b), mandatory
	// "subparagraph 1 (a) of article 23" art. 23(1)(a), mandatory
}

func ExampleParseRef_errors() {
	for _, s := range []string{"art. 46(31)", "art. 15(2)", "mutual legal assistance"} {
		_, err := convention.ParseRef(s)
		switch {
		case errors.Is(err, convention.ErrUnknownProvision):
			fmt.Println("no such provision:", err)
		case errors.Is(err, convention.ErrSyntax):
			fmt.Println("not a citation:", err)
		}
	}
	// Output:
	// no such provision: convention.ParseRef: parsing "art. 46(31)": at offset 5: no such provision in the Convention: article 46 has 30 paragraphs
	// no such provision: convention.ParseRef: parsing "art. 15(2)": at offset 5: no such provision in the Convention: article 15 is one unnumbered paragraph: cite its subparagraphs as "art. 15(a)"
	// not a citation: convention.ParseRef: parsing "mutual legal assistance": at offset 0: invalid syntax: want an article number
}

func ExampleParseRefs() {
	for _, s := range []string{
		"articles 15, 16 and 21",
		"arts. 44–46",
		"article 46, paragraphs 9 and 10",
		"art. 57(3)(a)–(c)",
		"paragraphs 9 and 10 of article 46",
		"articles 52, paragraph 1, and 53 of the Convention",
	} {
		refs, err := convention.ParseRefs(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(refs)
	}
	// Output:
	// [art. 15 art. 16 art. 21]
	// [art. 44 art. 45 art. 46]
	// [art. 46(9) art. 46(10)]
	// [art. 57(3)(a) art. 57(3)(b) art. 57(3)(c)]
	// [art. 46(9) art. 46(10)]
	// [art. 52(1) art. 53]
}

func ExampleRef_Long() {
	r := convention.MustParseRef("art. 46(9)(b)")
	fmt.Println(r.Long())
	fmt.Println(convention.MustParseRef("art. 2(a)(ii)").Long())
	// Output:
	// article 46, paragraph 9 (b)
	// article 2 (a) (ii)
}

func ExampleRef_Obligation() {
	for _, s := range []string{"art. 46(9)(b)", "art. 46(9)(c)", "art. 20", "art. 9(1)", "art. 62(2)", "art. 2(a)"} {
		r := convention.MustParseRef(s)
		fmt.Printf("%-14v %v\n", r, r.Obligation())
	}
	// Output:
	// art. 46(9)(b)  mandatory
	// art. 46(9)(c)  optional
	// art. 20        consider
	// art. 9(1)      mandatory
	// art. 62(2)     endeavour
	// art. 2(a)      none
}

func ExampleRef_MarshalText() {
	type finding struct {
		Provision convention.Ref
		Chapter   convention.Chapter
	}
	b, _ := json.Marshal(finding{convention.MustParseRef("article 46, paragraph 9 (b)"), convention.InternationalCooperation})
	fmt.Println(string(b))
	var f finding
	err := json.Unmarshal([]byte(`{"Provision":"Art. 50 (1)","Chapter":"chapter IV"}`), &f)
	fmt.Println(f.Provision, f.Chapter, err)
	// Output:
	// {"Provision":"art. 46(9)(b)","Chapter":"chapter IV"}
	// art. 50(1) chapter IV <nil>
}

func ExampleRefOf() {
	r, ok := convention.RefOf(46, 9, 'b', 0)
	fmt.Println(r, ok)
	r, ok = convention.RefOf(2, 0, 'a', 1) // article 2 has one unnumbered paragraph
	fmt.Println(r, ok)
	_, ok = convention.RefOf(46, 31, 0, 0)
	fmt.Println(ok)
	// Output:
	// art. 46(9)(b) true
	// art. 2(a)(i) true
	// false
}

func ExampleArticle_Provisions() {
	a := convention.Article(50)
	fmt.Printf("%v (%s), %v\n", a, a.Title(), a.Chapter())
	for r := range a.Provisions() {
		fmt.Printf("  %-11v %v\n", r, r.Obligation())
	}
	// Output:
	// article 50 (Special investigative techniques), chapter IV
	//   art. 50(1)  mandatory
	//   art. 50(2)  optional
	//   art. 50(3)  mandatory
	//   art. 50(4)  optional
}

func ExampleChapters() {
	for c := range convention.Chapters() {
		articles := slices.Collect(c.Articles())
		fmt.Printf("%-12v articles %2d–%2d  %s\n", c, articles[0], articles[len(articles)-1], c.Title())
	}
	// Output:
	// chapter I    articles  1– 4  General provisions
	// chapter II   articles  5–14  Preventive measures
	// chapter III  articles 15–42  Criminalization and law enforcement
	// chapter IV   articles 43–50  International cooperation
	// chapter V    articles 51–59  Asset recovery
	// chapter VI   articles 60–62  Technical assistance and information exchange
	// chapter VII  articles 63–64  Mechanisms for implementation
	// chapter VIII articles 65–71  Final provisions
}

func ExampleParseChapter() {
	c, err := convention.ParseChapter("Chapter 4")
	fmt.Println(c, c.Title(), err)
	_, err = convention.ParseChapter("chapter IX")
	fmt.Println(errors.Is(err, convention.ErrUnknownProvision))
	// Output:
	// chapter IV International cooperation <nil>
	// true
}

func ExampleProvisions() {
	counts := map[convention.Obligation]int{}
	for r := range convention.Provisions() {
		counts[r.Obligation()]++
	}
	for o := convention.NoObligation; o <= convention.Mandatory; o++ {
		fmt.Printf("%-9v %3d\n", o, counts[o])
	}
	// Output:
	// none       66
	// optional   78
	// consider   48
	// endeavour  25
	// mandatory 198
}
