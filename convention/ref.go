package convention

import (
	"cmp"
	"iter"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Ref cites a provision of the Convention: an article as a whole, or one of
// its paragraphs, subparagraphs or items. It is a small comparable value, so
// it can be used as a map key and compared with ==.
//
// Every valid Ref names a provision that exists in the text: a Ref can only
// be made by this package's functions ([ParseRef], [ParseRefs], [RefOf],
// [Article.Ref], the iterators and UnmarshalText), which check. The zero Ref
// is invalid.
//
// The canonical form, which String prints, is the short one used in UN
// documents: "art. 46(9)(b)". The paragraph number is left out for the 29
// articles that consist of a single unnumbered paragraph, so the first
// subparagraph of article 2 is "art. 2(a)".
type Ref struct {
	a uint8 // article, 1..71
	p uint8 // paragraph number; 0 for the article as a whole and in unnumbered articles
	s uint8 // subparagraph letter as 1 for a, 2 for b …; 0 if none
	i uint8 // item as 1 for (i), 2 for (ii) …; 0 if none
}

// NumProvisions is the number of citable provisions in the Convention:
// every paragraph, subparagraph and item, counting an article of one
// unnumbered paragraph once. Provisions yields exactly this many Refs.
const NumProvisions = 415

// RefOf returns the Ref for a provision given by its parts: the article, the
// paragraph number (0 for the article as a whole, and always 0 in an article
// of one unnumbered paragraph), the subparagraph letter ('a' to 'z', or 0)
// and the item number (1 for (i), or 0). It reports false if the Convention
// has no such provision.
func RefOf(a Article, paragraph int, subparagraph byte, item int) (Ref, bool) {
	if !a.IsValid() || paragraph < 0 || paragraph > 255 || item < 0 || item > 255 {
		return Ref{}, false
	}
	r := Ref{a: uint8(a), p: uint8(paragraph), i: uint8(item)}
	if subparagraph != 0 {
		c := textnorm.Lower(subparagraph)
		if c < 'a' || c > 'z' {
			return Ref{}, false
		}
		r.s = c - 'a' + 1
	}
	if r.p == 0 && r.s == 0 && r.i == 0 {
		return r, true
	}
	if _, ok := r.index(); !ok {
		return Ref{}, false
	}
	return r, true
}

func (r Ref) key() uint32 {
	return uint32(r.a)<<24 | uint32(r.p)<<16 | uint32(r.s)<<8 | uint32(r.i)
}

// index returns r's row in provisionTable. An article-level Ref of an
// article with numbered paragraphs has no row.
func (r Ref) index() (int, bool) {
	if r.a == 0 || r.a > NumArticles {
		return 0, false
	}
	// A binary search over the article's rows, written out: the generic
	// slices.BinarySearchFunc copies each row into its comparison func.
	k := r.key()
	lo, hi := int(articleTable[r.a].first), int(articleTable[r.a].end)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if provisionTable[m].ref.key() < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < int(articleTable[r.a].end) && provisionTable[lo].ref == r
}

// IsValid reports whether r cites a provision; only the zero Ref does not.
func (r Ref) IsValid() bool { return r.a != 0 }

// Article returns the article r belongs to, or 0 for the zero Ref.
func (r Ref) Article() Article { return Article(r.a) }

// Chapter returns the chapter r belongs to, or 0 for the zero Ref.
func (r Ref) Chapter() Chapter { return Article(r.a).Chapter() }

// Paragraph returns r's paragraph number, or 0 if r cites an article as a
// whole or lies in an article of one unnumbered paragraph.
func (r Ref) Paragraph() int { return int(r.p) }

// Subparagraph returns r's subparagraph letter ('a', 'b', …), or 0 if r
// cites no subparagraph.
func (r Ref) Subparagraph() byte {
	if r.s == 0 {
		return 0
	}
	return 'a' + r.s - 1
}

// Item returns r's item number (1 for (i), 2 for (ii) …), or 0 if r cites
// no item.
func (r Ref) Item() int { return int(r.i) }

// Contains reports whether provision o is r or lies within r: art. 46
// contains art. 46(9)(b), and art. 46(9) contains art. 46(9)(b).
func (r Ref) Contains(o Ref) bool {
	if r.a == 0 || r.a != o.a {
		return false
	}
	return (r.p == 0 || r.p == o.p) && (r.s == 0 || r.s == o.s) && (r.i == 0 || r.i == o.i)
}

// Compare returns -1, 0 or +1 as r comes before, is, or comes after o in the
// order of the text, a provision coming before the provisions it contains.
// The zero Ref comes first. Use it with slices.SortFunc.
func (r Ref) Compare(o Ref) int { return cmp.Compare(r.key(), o.key()) }

// Obligation returns the class of obligation that the provision puts on
// States parties. For an article of numbered paragraphs cited as a whole it
// is the strongest class among its paragraphs. It returns 0 for the zero Ref.
func (r Ref) Obligation() Obligation {
	if r.a == 0 {
		return 0
	}
	if i, ok := r.index(); ok {
		return provisionTable[i].obligation
	}
	return articleTable[r.a].obligation
}

// String returns the canonical citation, "art. 46(9)(b)", which ParseRef
// reads back. The zero Ref prints as "%!Ref(0)".
func (r Ref) String() string {
	if r.a == 0 {
		return "%!Ref(0)"
	}
	if i, ok := r.index(); ok {
		return provisionTable[i].short
	}
	return articleTable[r.a].short
}

// Long returns the citation as written in running text, "article 46,
// paragraph 9 (b)", which ParseRef also reads back. The zero Ref gives
// "%!Ref(0)".
func (r Ref) Long() string {
	if r.a == 0 {
		return "%!Ref(0)"
	}
	if i, ok := r.index(); ok {
		return provisionTable[i].long
	}
	return articleTable[r.a].name
}

// MarshalText implements encoding.TextMarshaler with the text String prints
// ("art. 46(9)(b)"). The zero Ref marshals as empty text.
func (r Ref) MarshalText() ([]byte, error) {
	if r.a == 0 {
		return nil, nil
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting every
// spelling ParseRef does. Empty text gives the zero Ref.
func (r *Ref) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = Ref{}
		return nil
	}
	v, err := ParseRef(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Provisions returns an iterator over all NumProvisions citable provisions of
// the Convention in the order of the text.
func Provisions() iter.Seq[Ref] {
	return func(yield func(Ref) bool) {
		for i := range provisionTable {
			if !yield(provisionTable[i].ref) {
				return
			}
		}
	}
}
