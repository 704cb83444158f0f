package printed

import (
	"strconv"
	"strings"
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

// qualifierPhrases lists every phrase written before a number. The list is
// the documentation of claim.Qualifier; keep them in step.
var qualifierPhrases = [...]qualifierPhrase{
	{"a total of", Plain}, {"only", Plain}, {"just", Plain},
	{"exactly", Exactly}, {"precisely", Exactly},
	{"about", About}, {"some", About}, {"around", About}, {"approximately", About},
	{"approx.", About}, {"approx", About}, {"roughly", About}, {"an estimated", About},
	{"estimated", About}, {"close to", About}, {"circa", About}, {"ca.", About}, {"c.", About},
	{"in the region of", About}, {"of the order of", About}, {"on the order of", About},
	{"nearly", Nearly}, {"almost", Nearly}, {"just under", Nearly}, {"just below", Nearly},
	{"just short of", Nearly}, {"not quite", Nearly}, {"slightly less than", Nearly},
	{"slightly fewer than", Nearly}, {"slightly under", Nearly}, {"slightly below", Nearly},
	{"just over", JustOver}, {"just above", JustOver}, {"slightly more than", JustOver},
	{"slightly over", JustOver}, {"slightly above", JustOver}, {"a little over", JustOver},
	{"a little more than", JustOver},
	{"over", Over}, {"more than", Over}, {"above", Over}, {"in excess of", Over},
	{"exceeding", Over}, {"upwards of", Over}, {"greater than", Over}, {"well over", Over},
	{"well above", Over}, {"well in excess of", Over},
	{"at least", AtLeast}, {"no fewer than", AtLeast}, {"no less than", AtLeast},
	{"not fewer than", AtLeast}, {"not less than", AtLeast}, {"a minimum of", AtLeast},
	{"fewer than", Under}, {"less than", Under}, {"under", Under}, {"below", Under},
	{"well under", Under}, {"well below", Under},
	{"up to", AtMost}, {"at most", AtMost}, {"no more than", AtMost}, {"not more than", AtMost},
	{"a maximum of", AtMost}, {"not exceeding", AtMost}, {"no greater than", AtMost},
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
	best, bestLen := Qualifier(0), 0
	for _, ph := range qualifierPhrases {
		if n := p.matchPhrase(ph.phrase); n > bestLen {
			best, bestLen = ph.q, n
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
