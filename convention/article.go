package convention

import (
	"cmp"
	"fmt"
	"iter"
	"strconv"
)

// An Article is one of the 71 articles of the Convention, identified by its
// number and printed as "article 46". The zero Article is invalid.
type Article uint8

// NumArticles is the number of articles in the Convention.
const NumArticles = 71

// IsValid reports whether a is an article of the Convention (1 to 71).
func (a Article) IsValid() bool { return a >= 1 && a <= NumArticles }

// String returns "article " followed by the number, as in "article 46". An
// invalid value prints as "%!Article(n)".
func (a Article) String() string {
	if !a.IsValid() {
		return "%!Article(" + strconv.Itoa(int(a)) + ")"
	}
	return articleTable[a].name
}

// Title returns the article's official English title, such as "Mutual legal
// assistance", or "" if a is invalid.
func (a Article) Title() string {
	if !a.IsValid() {
		return ""
	}
	return articleTable[a].title
}

// Chapter returns the chapter the article belongs to, or 0 if a is invalid.
func (a Article) Chapter() Chapter {
	if !a.IsValid() {
		return 0
	}
	return articleTable[a].chapter
}

// numbered reports whether the article's paragraphs are numbered. Of the
// 71 articles, 29 consist of a single unnumbered paragraph (articles 15 and
// 46 are cited as "art. 15(a)" and "art. 46(9)(a)").
func (a Article) numbered() bool { return a.paragraphs() > 1 }

// paragraphs returns the number of paragraphs in the article: 1 for an
// article of one unnumbered paragraph, 0 if a is invalid.
func (a Article) paragraphs() int {
	if !a.IsValid() {
		return 0
	}
	return int(articleTable[a].paragraphs)
}

// Ref returns the citation of the article as a whole ("art. 46"), or the
// zero Ref if a is invalid.
func (a Article) Ref() Ref {
	if !a.IsValid() {
		return Ref{}
	}
	return Ref{a: uint8(a)}
}

// Provisions returns an iterator over the article's citable provisions in
// the order of the text: paragraphs, subparagraphs and items. For an
// article of one unnumbered paragraph the first provision is the article
// itself. It yields nothing if a is invalid.
func (a Article) Provisions() iter.Seq[Ref] {
	return func(yield func(Ref) bool) {
		if !a.IsValid() {
			return
		}
		info := &articleTable[a]
		for i := info.first; i < info.end; i++ {
			if !yield(provisionTable[i].ref) {
				return
			}
		}
	}
}

// Compare returns -1, 0 or +1 as a comes before, is, or comes after b.
func (a Article) Compare(b Article) int { return cmp.Compare(uint8(a), uint8(b)) }

// Articles returns an iterator over the 71 articles in order.
func Articles() iter.Seq[Article] {
	return func(yield func(Article) bool) {
		for a := Article(1); a <= NumArticles; a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// ParseArticle parses an article as a citation of the article as a whole:
// "article 46", "Art. 46", "46". It is ParseRef restricted to article-level
// citations: a citation of a paragraph is ErrSyntax.
func ParseArticle(s string) (Article, error) {
	r, err := parseRef(s, "convention.ParseArticle")
	if err != nil {
		return 0, err
	}
	if r.p != 0 || r.s != 0 {
		return 0, &ParseError{Func: "convention.ParseArticle", Input: s, Offset: len(s),
			Err: fmt.Errorf("%w: want an article as a whole, not a part of one (ParseRef reads parts)", ErrSyntax)}
	}
	return Article(r.a), nil
}

// MarshalText implements encoding.TextMarshaler: the text String prints
// ("article 46"), which ParseArticle reads back. The zero Article marshals as
// empty text; any other invalid value is an error wrapping ErrInvalid.
func (a Article) MarshalText() ([]byte, error) {
	if a == 0 {
		return nil, nil
	}
	if !a.IsValid() {
		return nil, marshalError("Article", int(a))
	}
	return []byte(articleTable[a].name), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting every form
// ParseArticle does. Empty text gives the zero Article.
func (a *Article) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = 0
		return nil
	}
	v, err := ParseArticle(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
