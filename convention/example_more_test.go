package convention_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/uncac-go/uncac/convention"
)

func ExampleChapter() {
	c := convention.AssetRecovery
	fmt.Println(c, "-", c.Title())
	fmt.Println(convention.MustParseRef("art. 57(3)(a)").Chapter() == c)
	fmt.Println(c.Compare(convention.InternationalCooperation))
	// Output:
	// chapter V - Asset recovery
	// true
	// 1
}

func ExampleChapter_Articles() {
	for a := range convention.TechnicalAssistance.Articles() {
		fmt.Printf("%v  %s\n", a, a.Title())
	}
	// Output:
	// article 60  Training and technical assistance
	// article 61  Collection, exchange and analysis of information on corruption
	// article 62  Other measures: implementation of the Convention through economic development and technical assistance
}

func ExampleRef_Chapter() {
	// Sort findings of a review into the chapters the Mechanism's cycles
	// cover: the first cycle chapters III and IV, the second II and V.
	findings, _ := convention.ParseRefs("art. 15, art. 46(9)(b), art. 52(1), art. 9(1)")
	for _, c := range []convention.Chapter{convention.PreventiveMeasures, convention.Criminalization,
		convention.InternationalCooperation, convention.AssetRecovery} {
		var in []convention.Ref
		for _, r := range findings {
			if r.Chapter() == c {
				in = append(in, r)
			}
		}
		fmt.Printf("%-12v %v\n", c, in)
	}
	// Output:
	// chapter II   [art. 9(1)]
	// chapter III  [art. 15]
	// chapter IV   [art. 46(9)(b)]
	// chapter V    [art. 52(1)]
}

func ExampleArticle() {
	a := convention.Article(46)
	fmt.Println(a, "-", a.Title())
	fmt.Println(a.Chapter())
	b := convention.Article(15)
	fmt.Println(b, "-", b.Title())
	fmt.Println(b.Chapter())
	fmt.Println(a.Ref(), "compared with", b.Ref(), a.Compare(b))
	fmt.Println(convention.Article(72).IsValid(), convention.Article(72))
	// Output:
	// article 46 - Mutual legal assistance
	// chapter IV
	// article 15 - Bribery of national public officials
	// chapter III
	// art. 46 compared with art. 15 1
	// false %!Article(72)
}

func ExampleArticles() {
	// The articles whose strongest provision only asks States parties to
	// consider a measure or to endeavour: none of their paragraphs is
	// mandatory.
	for a := range convention.Articles() {
		if o := a.Ref().Obligation(); o == convention.Consider || o == convention.Endeavour {
			fmt.Printf("%-10v %-9v %s\n", a, o, a.Title())
		}
	}
	// Output:
	// article 7  endeavour Public sector
	// article 18 consider  Trading in influence
	// article 19 consider  Abuse of functions
	// article 20 consider  Illicit enrichment
	// article 21 consider  Bribery in the private sector
	// article 22 consider  Embezzlement of property in the private sector
	// article 24 consider  Concealment
	// article 33 consider  Protection of reporting persons
	// article 47 consider  Transfer of criminal proceedings
	// article 49 consider  Joint investigations
	// article 56 endeavour Special cooperation
	// article 59 consider  Bilateral and multilateral agreements and arrangements
	// article 61 consider  Collection, exchange and analysis of information on corruption
}

func ExampleParseArticle() {
	for _, s := range []string{"Article 46", "art. 52", "art. 46(9)", "article 72"} {
		a, err := convention.ParseArticle(s)
		switch {
		case errors.Is(err, convention.ErrUnknownProvision):
			fmt.Printf("%-12q no such article\n", s)
		case err != nil:
			fmt.Printf("%-12q not an article: %v\n", s, err)
		default:
			fmt.Printf("%-12q %v, %s\n", s, a, a.Title())
		}
	}
	// Output:
	// "Article 46" article 46, Mutual legal assistance
	// "art. 52"    article 52, Prevention and detection of transfers of proceeds of crime
	// "art. 46(9)" not an article: convention.ParseArticle: parsing "art. 46(9)": at offset 10: invalid syntax: want an article as a whole, not a part of one (ParseRef reads parts)
	// "article 72" no such article
}

func ExampleRef() {
	r := convention.MustParseRef("article 48, paragraph 1 (b) (iii)")
	fmt.Println(r, "|", r.Long())
	fmt.Println(r.Article(), r.Paragraph(), string(r.Subparagraph()), r.Item(), r.Chapter())

	// Refs are comparable, so they can key a map.
	seen := map[convention.Ref]int{}
	for _, s := range []string{"art. 46(9)(b)", "article 46, paragraph 9 (b)", "Art. 46 (9) (b)"} {
		seen[convention.MustParseRef(s)]++
	}
	fmt.Println(seen)
	// Output:
	// art. 48(1)(b)(iii) | article 48, paragraph 1 (b) (iii)
	// article 48 1 b 3 chapter IV
	// map[art. 46(9)(b):3]
}

func ExampleRef_Contains() {
	scope := convention.MustParseRef("art. 46(9)")
	for _, s := range []string{"art. 46(9)(b)", "art. 46(9)", "art. 46(10)", "art. 46"} {
		fmt.Printf("%v contains %-13v %t\n", scope, convention.MustParseRef(s), scope.Contains(convention.MustParseRef(s)))
	}
	// Output:
	// art. 46(9) contains art. 46(9)(b) true
	// art. 46(9) contains art. 46(9)    true
	// art. 46(9) contains art. 46(10)   false
	// art. 46(9) contains art. 46       false
}

func ExampleRef_Compare() {
	refs, _ := convention.ParseRefs("art. 46(10), art. 5, art. 46(9)(c), art. 46, art. 46(9)")
	slices.SortFunc(refs, convention.Ref.Compare)
	fmt.Println(refs)
	// Output:
	// [art. 5 art. 46 art. 46(9) art. 46(9)(c) art. 46(10)]
}

func ExampleMustParseRef() {
	// Must forms suit citations fixed in a program.
	mla := convention.MustParseRef("art. 46")
	fmt.Println(mla, mla.Article().Title())
	// Output:
	// art. 46 Mutual legal assistance
}

func ExampleObligation() {
	// Provisions of article 50 that oblige States parties at least to
	// consider a measure.
	for r := range convention.Article(50).Provisions() {
		if o := r.Obligation(); o.Compare(convention.Consider) >= 0 {
			fmt.Printf("%-10v %v\n", r, o)
		}
	}
	// Output:
	// art. 50(1) mandatory
	// art. 50(3) mandatory
}

func ExampleObligation_Compare() {
	// Provisions per chapter and class of obligation.
	fmt.Printf("%-12s", "chapter")
	for o := convention.NoObligation; o <= convention.Mandatory; o++ {
		fmt.Printf("%10v", o)
	}
	fmt.Println()
	for c := range convention.Chapters() {
		var n [convention.Mandatory + 1]int
		for a := range c.Articles() {
			for r := range a.Provisions() {
				n[r.Obligation()]++
			}
		}
		fmt.Printf("%-12s", strings.TrimPrefix(c.String(), "chapter "))
		for o := convention.NoObligation; o <= convention.Mandatory; o++ {
			fmt.Printf("%10d", n[o])
		}
		fmt.Println()
	}
	// Output:
	// chapter           none  optional  consider endeavour mandatory
	// I                   20         0         0         0         1
	// II                   0        18         9        11        38
	// III                  6        19        20         3        52
	// IV                   6        21         5         4        67
	// V                    2         3         6         1        34
	// VI                   1        12         8         5         3
	// VII                 18         0         0         0         1
	// VIII                13         5         0         1         2
}

func ExampleParseObligation() {
	for _, s := range []string{"Mandatory", "no obligation", "shall"} {
		o, err := convention.ParseObligation(s)
		fmt.Println(o.IsValid(), o, err)
	}
	// Output:
	// true mandatory <nil>
	// true none <nil>
	// false %!Obligation(0) convention.ParseObligation: parsing "shall": at offset 0: invalid syntax: want an obligation class: mandatory, endeavour, consider, optional or none
}

func ExampleParseError() {
	in := "article 46, paragraph 9 (b) or (c)"
	_, err := convention.ParseRef(in)
	if pe, ok := errors.AsType[*convention.ParseError](err); ok {
		fmt.Println(pe.Func, "-", pe.Err)
		fmt.Println(pe.Input)
		fmt.Println(strings.Repeat(" ", pe.Offset) + "^")
	}
	// Output:
	// convention.ParseRef - invalid syntax: want the end of the citation (ParseRefs reads lists)
	// article 46, paragraph 9 (b) or (c)
	//                             ^
}
