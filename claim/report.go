package claim

import (
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// A Verdict is the outcome of checking one stated figure.
type Verdict uint8

// The verdicts.
const (
	// Holds: the data gives the value as printed, or one within a bound the
	// text states ("over 2,000").
	Holds Verdict = iota + 1
	// HoldsByRounding: the data gives a different value that the figure
	// allows only because it is rounded or approximate ("$43 million" for
	// 43,210,000).
	HoldsByRounding
	// Fails: the data gives a value the figure does not allow.
	Fails
	// Invalid: the claim could not be checked: the literal does not parse,
	// its unit does not fit the claim, or the data is malformed (Entry.Err
	// says which).
	Invalid
)

// String returns "holds", "holds by rounding", "fails" or "invalid".
func (v Verdict) String() string {
	switch v {
	case Holds:
		return "holds"
	case HoldsByRounding:
		return "holds by rounding"
	case Fails:
		return "fails"
	case Invalid:
		return "invalid"
	}
	return "%!Verdict(" + strconv.Itoa(int(v)) + ")"
}

// IsValid reports whether v is one of the defined verdicts.
func (v Verdict) IsValid() bool { return v >= Holds && v <= Invalid }

// OK reports whether v is Holds or HoldsByRounding.
func (v Verdict) OK() bool { return v == Holds || v == HoldsByRounding }

// A Kind is the kind of a claim.
type Kind uint8

// The kinds of claim, one per constructor (Consistency covers NoFewer,
// Parts, Sum and GRIM).
const (
	KindCount Kind = iota + 1
	KindDistinct
	KindMoney
	KindShare
	KindPercent
	KindTop
	KindOrder
	KindRespectively
	KindChange
	KindInvariant
	KindRange
	KindConsistency
)

// String returns the kind's name in lower case, such as "count".
func (k Kind) String() string {
	switch k {
	case KindCount:
		return "count"
	case KindDistinct:
		return "distinct"
	case KindMoney:
		return "money"
	case KindShare:
		return "share"
	case KindPercent:
		return "percent"
	case KindTop:
		return "top"
	case KindOrder:
		return "order"
	case KindRespectively:
		return "respectively"
	case KindChange:
		return "change"
	case KindInvariant:
		return "invariant"
	case KindRange:
		return "range"
	case KindConsistency:
		return "consistency"
	}
	return "%!Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return k >= KindCount && k <= KindConsistency }

// An Entry is the outcome of checking one stated figure. A claim gives one
// entry per figure it states (Share gives three: the part, the whole and the
// subset relation). Entries are plain data.
type Entry struct {
	Claim   int    // index of the claim in the call to Check, from 0
	Kind    Kind   // kind of the claim
	Literal string // the stated text, as given
	// Allowed is what the literal allows, as the report prints it: the
	// whole numbers for counts ("450..499"), the interval for money and
	// percentages ("[42,500,000..43,500,000) USD"), or a relation
	// ("46 > 44 > 50").
	Allowed string
	// Interval is the numeric form of Allowed for figures; the zero
	// Interval for relations.
	Interval Interval
	Value    string   // the computed value, as the report prints it
	Verdict  Verdict  // the outcome
	Off      *big.Rat // computed minus stated value; nil when not numeric
	Hint     string   // a suggestion, such as "passes if the two values are swapped"
	// Err says why the entry is Invalid; for a money amount that fails
	// because its currency differs it is ErrCurrency; otherwise nil.
	Err error
}

// String returns the entry as one sentence, such as
//
//	count "118" fails: stated 118, data 117, off by -1
func (e Entry) String() string {
	var b strings.Builder
	b.WriteString(e.Kind.String())
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Literal))
	b.WriteByte(' ')
	b.WriteString(e.Verdict.String())
	b.WriteString(": ")
	if e.Verdict == Invalid {
		if e.Err != nil {
			b.WriteString(e.Err.Error())
		}
	} else {
		b.WriteString("stated ")
		b.WriteString(e.Allowed)
		b.WriteString(", data ")
		b.WriteString(e.Value)
		if e.Off != nil && e.Off.Sign() != 0 {
			b.WriteString(", off by ")
			b.WriteString(signed(e.Off))
		}
	}
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

func (e Entry) offText() string {
	if e.Off == nil || e.Off.Sign() == 0 {
		return ""
	}
	return signed(e.Off)
}

// A Report is the outcome of Check: one entry per stated figure, in the order
// of the claims.
type Report struct {
	Entries []Entry
}

// OK reports whether every entry holds (possibly by rounding).
func (r Report) OK() bool {
	for _, e := range r.Entries {
		if !e.Verdict.OK() {
			return false
		}
	}
	return true
}

// Failures returns the entries that fail or are invalid, in order.
func (r Report) Failures() []Entry {
	var out []Entry
	for _, e := range r.Entries {
		if !e.Verdict.OK() {
			out = append(out, e)
		}
	}
	return out
}

// Count returns the number of entries with verdict v.
func (r Report) Count(v Verdict) int {
	n := 0
	for _, e := range r.Entries {
		if e.Verdict == v {
			n++
		}
	}
	return n
}

// Summary returns the report's first line, such as
// "22 figures: 21 hold (2 by rounding), 1 fails".
func (r Report) Summary() string {
	ok := r.Count(Holds) + r.Count(HoldsByRounding)
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(r.Entries)))
	b.WriteString(plural(len(r.Entries), " figure", " figures"))
	b.WriteString(": ")
	b.WriteString(strconv.Itoa(ok))
	b.WriteString(plural(ok, " holds", " hold"))
	if n := r.Count(HoldsByRounding); n > 0 {
		b.WriteString(" (" + strconv.Itoa(n) + " by rounding)")
	}
	b.WriteString(", " + strconv.Itoa(r.Count(Fails)) + plural(r.Count(Fails), " fails", " fail"))
	if n := r.Count(Invalid); n > 0 {
		b.WriteString(", " + strconv.Itoa(n) + " invalid")
	}
	return b.String()
}

// maxCell is the width beyond which Report.String cuts a cell.
const maxCell = 40

// clip cuts s to maxCell runes, ending in "…" when it was longer.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	r := []rune(s)
	return string(r[:maxCell-1]) + "…"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// String formats the report as a table for a terminal: a summary line, then
// one row per entry with the columns verdict, kind, stated literal, allowed,
// data, off and hint. Cells other than the hint are cut to 40 characters
// (ending in "…"); the entries keep the full text. The text depends only on
// the entries, so it can be golden-tested.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString(r.Summary())
	b.WriteByte('\n')
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	tw.Write([]byte("VERDICT\tKIND\tSTATED\tALLOWED\tDATA\tOFF\tHINT\n"))
	for _, e := range r.Entries {
		allowed, value, hint := e.Allowed, e.Value, e.Hint
		if e.Verdict == Invalid && e.Err != nil {
			allowed, value = "-", "-"
			if hint == "" {
				hint = e.Err.Error()
			}
		}
		row := []string{e.Verdict.String(), e.Kind.String(), clip(strconv.Quote(e.Literal)), clip(allowed), clip(value), e.offText(), hint}
		for i, c := range row {
			row[i] = strings.ReplaceAll(c, "\t", " ")
		}
		tw.Write([]byte(strings.Join(row, "\t") + "\n"))
	}
	tw.Flush()
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
