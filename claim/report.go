package claim

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An Entry is the outcome of checking one stated figure. A claim gives one
// entry per figure it states (Share gives three: the part, the whole and the
// subset relation). Entries are plain data.
type Entry struct {
	Claim   int    // index of the claim in the call to Check, from 0
	Kind    string // kind of the claim, as Claim.Kind gives it
	Literal string // the stated text, as given
	// Allowed is what the literal allows, as the report prints it: the
	// whole numbers for counts ("3,680", "450..499"), the interval for
	// money and percentages ("USD [42,500,000..43,500,000)",
	// "[35.5..36.5)% = 4 of 11"), or a relation ("in order 46 > 44 > 50").
	Allowed string
	// Interval is the numeric form of Allowed for figures; the zero
	// Interval for relations.
	Interval Interval
	// Data is the numeric form of Value: a single point when the data is
	// exact, the range of values it allows when it is known only within
	// bounds; the zero Interval for relations.
	Data    Interval
	Value   string  // the computed value, as the report prints it
	Verdict Verdict // the outcome
	// Off is the computed minus the stated value: for data known within
	// bounds, from the data's value nearest the figure, and only when the
	// entry fails; nil when not numeric.
	Off  *big.Rat
	Hint string // a suggestion, such as "passes if the two values are swapped"
	// Err says why the entry is Invalid; for a money amount that fails
	// because its currency differs it is [ErrCurrency]; otherwise nil.
	Err error
}

// entryJSON is the JSON form of an Entry: Err as its message.
type entryJSON struct {
	Claim    int
	Kind     string
	Literal  string
	Allowed  string
	Interval Interval
	Data     Interval
	Value    string
	Verdict  Verdict
	Off      *big.Rat
	Hint     string
	Err      string `json:",omitempty"`
}

// MarshalJSON encodes the entry as an object with its fields, the error as
// its message (omitted when nil) and rationals as fractions ("85/2"), so
// that a stored Report reads back with UnmarshalJSON to an entry that
// prints and marshals the same. An entry whose text is not valid UTF-8
// (a literal given as such) cannot read back and refuses to marshal.
func (e Entry) MarshalJSON() ([]byte, error) {
	j := entryJSON{e.Claim, e.Kind, e.Literal, e.Allowed, e.Interval, e.Data, e.Value, e.Verdict, e.Off, e.Hint, ""}
	if e.Err != nil {
		j.Err = e.Err.Error()
		if j.Err == "" {
			return nil, errors.New("claim: marshaling an entry whose error has no message")
		}
	}
	// JSON would replace invalid UTF-8, so the entry would not read back.
	for _, s := range []string{j.Kind, j.Literal, j.Allowed, j.Value, j.Hint, j.Err} {
		if !utf8.ValidString(s) {
			return nil, fmt.Errorf("claim: marshaling entry %q: text is not valid UTF-8: %w", j.Literal, ErrSyntax)
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON encodes. The error comes back as an
// error with the same message, for which errors.Is still recognizes the
// package's sentinels ([ErrSyntax], [ErrRange], [ErrUnit], [ErrCurrency]) that the
// message names.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j entryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Entry{Claim: j.Claim, Kind: j.Kind, Literal: j.Literal, Allowed: j.Allowed, Interval: j.Interval,
		Data: j.Data, Value: j.Value, Verdict: j.Verdict, Off: j.Off, Hint: j.Hint}
	if j.Err != "" {
		e.Err = storedError(j.Err)
	}
	return nil
}

// storedError is an error read back from a stored Entry: its message, and
// the sentinels the message names.
type storedError string

func (s storedError) Error() string { return string(s) }

// Is reports whether the message names target, one of the package's
// sentinels, as its kind of problem.
func (s storedError) Is(target error) bool {
	for _, k := range []error{ErrSyntax, ErrRange, ErrUnit, ErrCurrency} {
		if target == k {
			msg := string(s)
			return msg == k.Error() || strings.HasSuffix(msg, ": "+k.Error()) || strings.Contains(msg, ": "+k.Error()+": ")
		}
	}
	return false
}

// String returns the entry as one sentence, such as
//
//	count "118" fails: stated 118, data 117, off by -1
func (e Entry) String() string {
	var b strings.Builder
	b.WriteString(e.Kind)
	b.WriteByte(' ')
	b.WriteString(strconv.Quote(e.Literal))
	b.WriteByte(' ')
	b.WriteString(e.Verdict.String())
	b.WriteString(": ")
	switch e.Verdict {
	case Invalid:
		if e.Err != nil {
			b.WriteString(e.Err.Error())
		}
	case Waived:
		b.WriteString(e.Value)
	default:
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
// of the claims. It stores as JSON, {"Entries": [...]} with each entry as
// Entry.MarshalJSON writes it, and reads back to a report that prints the
// same.
type Report struct {
	Entries []Entry
}

// OK reports whether every entry holds (possibly by rounding) or is
// waived; see [Verdict.OK].
func (r Report) OK() bool {
	for _, e := range r.Entries {
		if !e.Verdict.OK() {
			return false
		}
	}
	return true
}

// Failures returns the entries that are not OK (undetermined, failing or
// invalid), in order.
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
// "22 figures: 21 hold (2 by rounding), 1 fails"; undetermined and invalid
// entries are counted when there are some.
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
	if n := r.Count(Undetermined); n > 0 {
		b.WriteString(", " + strconv.Itoa(n) + " undetermined")
	}
	b.WriteString(", " + strconv.Itoa(r.Count(Fails)) + plural(r.Count(Fails), " fails", " fail"))
	if n := r.Count(Invalid); n > 0 {
		b.WriteString(", " + strconv.Itoa(n) + " invalid")
	}
	if n := r.Count(Waived); n > 0 {
		b.WriteString(", " + strconv.Itoa(n) + " waived")
	}
	return b.String()
}

// Report.String lays entries out for a terminal of reportWidth columns: a
// literal longer than maxLiteralCell runes stands on a line of its own, and
// the details of an entry that do not fit beside it go on lines of their
// own.
const (
	reportWidth    = 100
	maxLiteralCell = 30
	indent         = "    "
)

// clip cuts s to n runes, ending in "…" when it was longer.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// details returns what [Report.String] says about e after its literal: "= v"
// when the data is what the figure states; only the data for a relation
// that holds, since the literal states the relation; else what was stated,
// what the data gives and by how much. The hint comes apart.
func (e Entry) details() (clauses []string, hint string) {
	hint = e.Hint
	relation := e.Interval.Lo == nil && e.Interval.Hi == nil
	switch {
	case e.Verdict == Invalid:
		if e.Err != nil {
			clauses = append(clauses, e.Err.Error())
		}
	case e.Verdict == Waived:
		clauses = append(clauses, e.Value)
	case e.Verdict.OK() && (e.Value == e.Allowed || e.Allowed != "" && strings.HasPrefix(e.Value, e.Allowed+" ")):
		clauses = append(clauses, "= "+e.Value)
	case e.Verdict == Holds && relation:
		clauses = append(clauses, "data "+e.Value)
	default:
		clauses = append(clauses, "stated "+e.Allowed, "data "+e.Value)
		if off := e.offText(); off != "" {
			clauses = append(clauses, "off "+off)
		}
	}
	return clauses, hint
}

// String formats the report for a terminal about 100 columns wide: the
// summary line, then each entry with its verdict, kind and literal (quoted in
// full; a literal of over 30 characters ends its line), followed by
// "= value" when the data is what the figure states, or else by what was
// stated, what the data gives, how far off it is, and the hint. An entry
// whose details do not fit on its line continues on an indented line below,
// or, if they do not fit there either, on one line for what was stated, one
// for the data and the offset and one for the hint, wrapped at spaces. The
// text depends only on the entries, so it can be golden-tested.
func (r Report) String() string {
	var b strings.Builder
	b.WriteString(r.Summary())
	b.WriteByte('\n')
	lits := make([]string, len(r.Entries))
	var wv, wk, wl int
	for i, e := range r.Entries {
		lits[i] = strconv.Quote(e.Literal)
		wv = max(wv, utf8.RuneCountInString(e.Verdict.String()))
		wk = max(wk, utf8.RuneCountInString(e.Kind))
		if n := utf8.RuneCountInString(lits[i]); n <= maxLiteralCell {
			wl = max(wl, n)
		}
	}
	for i, e := range r.Entries {
		line := pad(e.Verdict.String(), wv) + "  " + pad(e.Kind, wk) + "  " + pad(lits[i], wl) + "  "
		clauses, hint := e.details()
		one := strings.Join(clauses, ", ")
		if hint != "" {
			one = joinHint(one, hint)
		}
		if utf8.RuneCountInString(lits[i]) > maxLiteralCell {
			// A long literal is quoted in full on a line of its own (wrapped
			// if need be), with the details below it.
			head := pad(e.Verdict.String(), wv) + "  " + pad(e.Kind, wk) + "  "
			for j, w := range wrap(lits[i], reportWidth-len(head)) {
				if j == 0 {
					w = head + w
				} else {
					w = indent + w
				}
				writeLine(&b, w)
			}
		} else if utf8.RuneCountInString(line+one) <= reportWidth {
			writeLine(&b, line+one)
			continue
		} else {
			writeLine(&b, line)
		}
		if utf8.RuneCountInString(indent+one) <= reportWidth {
			writeLine(&b, indent+one)
			continue
		}
		// One line for what was stated, one for the data and offset.
		var lines []string
		if len(clauses) > 1 && strings.HasPrefix(clauses[0], "stated ") {
			lines = append(lines, clauses[0], strings.Join(clauses[1:], ", "))
		} else {
			lines = append(lines, strings.Join(clauses, ", "))
		}
		if hint != "" {
			lines = append(lines, "hint: "+hint)
		}
		for _, l := range lines {
			// Wrapped parts of a line hang two columns further in.
			for j, w := range wrap(l, reportWidth-len(indent)-2) {
				if j > 0 {
					w = "  " + w
				}
				writeLine(&b, indent+w)
			}
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// writeLine writes s without trailing spaces, tabs replaced, and a newline.
func writeLine(b *strings.Builder, s string) {
	b.WriteString(strings.TrimRight(strings.ReplaceAll(s, "\t", " "), " "))
	b.WriteByte('\n')
}

// pad fills s with spaces to n runes.
func pad(s string, n int) string {
	if k := n - utf8.RuneCountInString(s); k > 0 {
		return s + strings.Repeat(" ", k)
	}
	return s
}

// wrap breaks s at spaces into lines of at most n runes; a word longer than
// n stays whole on a line of its own.
func wrap(s string, n int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for w := range strings.FieldsSeq(s) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > n {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(w)
		curLen += wl
	}
	if curLen > 0 || len(lines) == 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
