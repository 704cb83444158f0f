package convention

import (
	"iter"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Citation is a citation of the Convention found in text: where it is,
// and what it cites, either a provision (Ref) or a chapter as a whole
// (Chapter).
type Citation struct {
	Start, End int     // the byte span of the citation in the text
	Ref        Ref     // the provision cited; the zero Ref if a chapter is cited
	Chapter    Chapter // the chapter cited as a whole; 0 if a provision is cited
}

// Citations returns an iterator over the citations of the Convention in a
// text of running prose, in the order of the text: every article,
// paragraph, subparagraph, item and chapter cited, in every form [ParseRefs]
// reads, with its byte span in text. An element of a list has its own span
// ("articles 15" and "16" in "articles 15 and 16 of this Convention"); every
// member of a range has the span of the range ("44 to 50"). A citation
// written before its article ("paragraph 2 of article 55") spans to the
// article.
//
// Relative citations are resolved when in is the article the text belongs
// to: "this article", "paragraph 1 of this article" and "paragraphs 9 to 29
// of this article" cite provisions of in, and "this chapter" cites in's
// chapter. With in 0 they are not reported, nor is "this paragraph", whose
// paragraph the iterator cannot know. Citations of another instrument
// ("article 18 of the Convention against Transnational Organized Crime") and
// of provisions the Convention lacks are not reported.
//
// Citations reads the text once, in time linear in its length.
func Citations(text string, in Article) iter.Seq[Citation] {
	return func(yield func(Citation) bool) {
		if !in.IsValid() {
			in = 0
		}
		p := parser{lex: lexer{s: text}, fn: "convention.Citations", in: in, scan: true}
		var buf [8]item
		for {
			start := p.lex.pos
			t := p.lex.next()
			if t.kind == tEOF {
				return
			}
			if t.kind != tWord || !isTrigger(p.text(t)) {
				continue
			}
			p.lex.pos = start
			list, _ := p.list(buf[:0])
			if len(list) == 0 {
				p.lex.pos = max(t.end, p.floatEnd)
				continue
			}
			stopped := false
			p.eachOf(list, true, func(c Citation) bool {
				if !yield(c) {
					stopped = true
				}
				return !stopped
			})
			if stopped {
				return
			}
		}
	}
}

// isTrigger reports whether a citation can start with the word w.
func isTrigger(w string) bool {
	if len(w) < 2 || len(w) > len("subparagraphs") {
		return false
	}
	switch textnorm.Lower(w[0]) {
	case 'a', 'p', 's', 'c', 't', 'u':
	default:
		return false
	}
	for _, k := range [...]string{"article", "articles", "art", "arts", "paragraph", "paragraphs", "para", "paras",
		"subparagraph", "subparagraphs", "subpara", "subparas", "chapter", "chapters", "chap", "this", "uncac"} {
		if textnorm.EqualFold(w, k) {
			return true
		}
	}
	return false
}
