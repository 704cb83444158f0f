package printed

import (
	"sort"
	"strconv"
	"strings"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A Qualifier is what the words around a figure say about it. The values
// are those of claim.Qualifier, in the same order, so that claim converts by
// a cast; claim documents what interval each allows.
type Qualifier uint8

// The qualifiers.
const (
	Plain    Qualifier = iota + 1 // none, or "a total of", "only", "just"
	Exactly                       // "exactly", "precisely"
	About                         // "about", "some", "around", "approximately", "… or so"
	Nearly                        // "nearly", "almost", "just under"
	JustOver                      // "just over", "slightly more than"
	Over                          // "over", "more than", "above", "in excess of"
	AtLeast                       // "at least", "no fewer than", "… or more"
	Under                         // "fewer than", "less than", "under", "below"
	AtMost                        // "up to", "at most", "no more than", "… or fewer"
)

// String returns the qualifier's canonical phrase ("more than", "up to"), or
// "plain" for Plain.
func (q Qualifier) String() string {
	switch q {
	case Plain:
		return "plain"
	case Exactly:
		return "exactly"
	case About:
		return "about"
	case Nearly:
		return "nearly"
	case JustOver:
		return "just over"
	case Over:
		return "more than"
	case AtLeast:
		return "at least"
	case Under:
		return "fewer than"
	case AtMost:
		return "up to"
	}
	return "%!Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// IsValid reports whether q is one of the defined qualifiers.
func (q Qualifier) IsValid() bool { return q >= Plain && q <= AtMost }

// IsBound reports whether q states a one-sided bound (Over, AtLeast, Under,
// AtMost) or JustOver, whose lower bound is the printed value itself.
func (q Qualifier) IsBound() bool { return q >= JustOver }

// qualifierPhrase is a phrase before the number, words separated by single
// spaces, lower case.
type qualifierPhrase struct {
	phrase string
	q      Qualifier
}

// qualifierPhrases lists every phrase written before a number, sorted, so
// that the phrases of a first word are found by binary search. The list is
// the documentation of claim.Qualifier; keep them in step.
var qualifierPhrases = [...]qualifierPhrase{
	{"a little more than", JustOver},
	{"a little over", JustOver},
	{"a maximum of", AtMost},
	{"a minimum of", AtLeast},
	{"a total of", Plain},
	{"about", About},
	{"above", Over},
	{"almost", Nearly},
	{"an estimated", About},
	{"approx", About},
	{"approx.", About},
	{"approximately", About},
	{"around", About},
	{"at least", AtLeast},
	{"at most", AtMost},
	{"below", Under},
	{"c.", About},
	{"ca.", About},
	{"circa", About},
	{"close to", About},
	{"estimated", About},
	{"exactly", Exactly},
	{"exceeding", Over},
	{"fewer than", Under},
	{"greater than", Over},
	{"in excess of", Over},
	{"in the region of", About},
	{"just", Plain},
	{"just above", JustOver},
	{"just below", Nearly},
	{"just over", JustOver},
	{"just short of", Nearly},
	{"just under", Nearly},
	{"less than", Under},
	{"more than", Over},
	{"nearly", Nearly},
	{"no fewer than", AtLeast},
	{"no greater than", AtMost},
	{"no less than", AtLeast},
	{"no more than", AtMost},
	{"not exceeding", AtMost},
	{"not fewer than", AtLeast},
	{"not less than", AtLeast},
	{"not more than", AtMost},
	{"not quite", Nearly},
	{"of the order of", About},
	{"on the order of", About},
	{"only", Plain},
	{"over", Over},
	{"precisely", Exactly},
	{"roughly", About},
	{"slightly above", JustOver},
	{"slightly below", Nearly},
	{"slightly fewer than", Nearly},
	{"slightly less than", Nearly},
	{"slightly more than", JustOver},
	{"slightly over", JustOver},
	{"slightly under", Nearly},
	{"some", About},
	{"under", Under},
	{"up to", AtMost},
	{"upwards of", Over},
	{"well above", Over},
	{"well below", Under},
	{"well in excess of", Over},
	{"well over", Over},
	{"well under", Under},
}

// afterPhrases lists every qualifier phrase written after a number.
var afterPhrases = [...]qualifierPhrase{
	{"or more", AtLeast}, {"or above", AtLeast}, {"and above", AtLeast},
	{"or over", AtLeast}, {"and over", AtLeast},
	{"or fewer", AtMost}, {"or less", AtMost}, {"or below", AtMost},
	{"and below", AtMost}, {"or under", AtMost}, {"and under", AtMost},
	{"or so", About},
}

// matchPhrase returns the number of tokens from the current one that spell
// phrase (words separated by single spaces, compared under ASCII case
// folding; a word may end in "." to match a word token that does), or 0.
func (p *parser) matchPhrase(phrase string) int {
	// Fail fast on the first word, which is where most phrases differ.
	t := p.tok(0)
	if t.kind != tWord {
		return 0
	}
	first := p.text(t)
	if !textnorm.HasPrefixFold(phrase, first) || len(phrase) > len(first) && phrase[len(first)] != ' ' {
		return 0
	}
	n := 0
	for w := range strings.SplitSeq(phrase, " ") {
		t := p.tok(n)
		if t.kind != tWord || !textEq(p.text(t), w) {
			return 0
		}
		n++
	}
	return n
}

// acceptPhrase consumes phrase if it comes next.
func (p *parser) acceptPhrase(phrase string) bool {
	n := p.matchPhrase(phrase)
	p.i += n
	return n > 0
}

// qualifier matches the longest qualifier phrase before a number at the
// current token and returns it with its number of tokens, without
// consuming it.
func (p *parser) qualifier() (Qualifier, int) {
	t := p.tok(0)
	if t.kind != tWord || !t.w.qual {
		return 0, 0
	}
	var buf [32]byte
	first := p.text(t)
	if len(first) > len(buf) {
		return 0, 0
	}
	key := foldInto(buf[:0], first)
	phrases := qualifierPhrases[:]
	i := sort.Search(len(phrases), func(i int) bool { return phrases[i].phrase >= string(key) })
	best, bestLen := Qualifier(0), 0
	for ; i < len(phrases); i++ {
		ph := phrases[i].phrase
		if len(ph) < len(key) || ph[:len(key)] != string(key) {
			break
		}
		if n := p.matchPhrase(ph); n > bestLen {
			best, bestLen = phrases[i].q, n
		}
	}
	return best, bestLen
}

// qualifierAfter matches a qualifier phrase after a number ("or more", "or
// so") without consuming it.
func (p *parser) qualifierAfter() (Qualifier, int) {
	t := p.tok(0)
	if t.kind != tWord || !(textEq(p.text(t), "or") || textEq(p.text(t), "and")) {
		return 0, 0
	}
	for _, ph := range afterPhrases {
		if n := p.matchPhrase(ph.phrase); n > 0 {
			return ph.q, n
		}
	}
	return 0, 0
}
