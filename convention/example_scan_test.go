package convention_test

import (
	"errors"
	"fmt"

	"github.com/uncac-go/uncac/convention"
)

func ExampleCitations() {
	// Which provisions does a paragraph cite, and how often?
	text := "Each State Party shall, in accordance with articles 46 and 55 of this Convention " +
		"and paragraphs 1 and 2 of this article, return confiscated property (UNCAC, art. 57(3)(a)); " +
		"see also Chapter V, Articles 51-53, and article 46 of the Convention against Transnational Organized Crime."
	count := map[string]int{}
	for c := range convention.Citations(text, 57) {
		what := c.Ref.String()
		if c.Chapter != 0 {
			what = c.Chapter.String()
		}
		fmt.Printf("%-30q %v\n", text[c.Start:c.End], what)
		count[what]++
	}
	fmt.Println(len(count), "provisions and chapters; art. 46 cited", count["art. 46"], "time")
	// Output:
	// "articles 46"                  art. 46
	// "55"                           art. 55
	// "paragraphs 1 and 2 of this article" art. 57(1)
	// "2 of this article"            art. 57(2)
	// "art. 57(3)(a)"                art. 57(3)(a)
	// "Chapter V"                    chapter V
	// "Articles 51-53"               art. 51
	// "Articles 51-53"               art. 52
	// "Articles 51-53"               art. 53
	// 9 provisions and chapters; art. 46 cited 1 time
}

func ExampleCitation() {
	// Without the article the text belongs to, relative citations are
	// left out; with it, they resolve.
	text := "the measures referred to in paragraph 1 of this article and in article 31"
	for _, in := range []convention.Article{0, 55} {
		var cited []string
		for c := range convention.Citations(text, in) {
			cited = append(cited, fmt.Sprintf("%v@%d-%d", c.Ref, c.Start, c.End))
		}
		fmt.Println(in, cited)
	}
	// Output:
	// %!Article(0) [art. 31@63-73]
	// article 55 [art. 55(1)@28-55 art. 31@63-73]
}

func ExampleParseRefs_asPrinted() {
	for _, s := range []string{
		"article 63, paragraphs 5 and 6, of this Convention",
		"Art. 2(e) UNCAC",
		"UN Convention Against Corruption, Article 15, 2003",
		"article 31 or 55",
		"paragraph 1 or 2 of article 42",
		"articles 46 and 55 of the Convention and paragraphs 1 and 2 of article 57",
		"UNCAC-Art46",
		"chapter VII",
		"article 15, 2003",
	} {
		refs, err := convention.ParseRefs(s)
		fmt.Println(refs, err)
	}
	// Output:
	// [art. 63(5) art. 63(6)] <nil>
	// [art. 2(e)] <nil>
	// [art. 15] <nil>
	// [art. 31 art. 55] <nil>
	// [art. 42(1) art. 42(2)] <nil>
	// [art. 46 art. 55 art. 57(1) art. 57(2)] <nil>
	// [art. 46] <nil>
	// [art. 63 art. 64] <nil>
	// [] convention.ParseRefs: parsing "article 15, 2003": at offset 12: invalid syntax: want an article number, not a year (a year is read only next to the Convention's name)
}

func ExampleParseChapter_titles() {
	for _, s := range []string{"II. Preventive measures", "Chapter II of the Convention", "Asset recovery", "II. Asset recovery"} {
		c, err := convention.ParseChapter(s)
		fmt.Println(c, err)
	}
	// Output:
	// chapter II <nil>
	// chapter II <nil>
	// chapter V <nil>
	// %!Chapter(0) convention.ParseChapter: parsing "II. Asset recovery": at offset 4: invalid syntax: want the title of chapter II, "Preventive measures"
}

func ExampleValidationErrors() {
	// A Validate function reports every problem of every record.
	var err error = convention.ValidationErrors{
		{Index: 0, ID: "KEN/first", Field: "State", Err: fmt.Errorf("%w: KEN on 2005-01-01", convention.ErrNotParty)},
		{Index: 2, Field: "Findings[1].Ref", Err: convention.ErrMissing},
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, convention.ErrMissing), errors.Is(err, convention.ErrDuplicate))
	if es, ok := errors.AsType[convention.ValidationErrors](err); ok {
		fmt.Println(len(es), "problems, first in record", es[0].Index)
	}
	// Output:
	// record 0 ("KEN/first"), State: not a party to the Convention: KEN on 2005-01-01
	// record 2, Findings[1].Ref: missing value
	// true false
	// 2 problems, first in record 0
}

func ExampleValidationError() {
	e := &convention.ValidationError{Index: 3, Field: "Events[1].Amount", Err: convention.ErrInvalid}
	fmt.Println(e, errors.Is(e, convention.ErrInvalid))
	// Output:
	// record 3, Events[1].Amount: invalid value true
}
