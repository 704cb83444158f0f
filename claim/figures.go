package claim

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"unicode/utf8"

	"github.com/uncac-go/uncac/internal/printed"
)

// A Figure is a figure printed in a text, as Figures finds it: where it
// stands, what kind it is, how it is printed and how it reads. A figure the
// scanner sees but cannot read (a misplaced separator, a range that runs
// backwards, an ambiguous currency, a fraction or ratio in words such as
// "two thirds" or "one in five") has Kind "unreadable" and Err set; it is
// never skipped.
type Figure struct {
	Start, End int    // byte offsets: the figure is text[Start:End]
	Text       string // the figure as printed
	// Kind is "number", "ordinal", "money", "percent", "range", "year",
	// "date", "period" or "unreadable".
	Kind string
	// Reading is the figure in the canonical form of its kind, which reads
	// back to the same value: "3,680", "more than 2,000", "USD 43 million",
	// "36%", "2020–2021", "30th", "as at 30 November 2007"; "" when
	// unreadable.
	Reading string
	Err     error // a *ParseError saying why the figure could not be read; nil when it was
}

// Figures yields every figure printed in text, in order: numbers in digits
// and words, ordinals, money, per cents, ranges, years and dates, each with
// its span and reading. Words around a figure are not part of it
// ("currently 180 States" gives "180"), except the qualifiers that belong
// to it ("more than 180", "as at 30 November 2007"); numbers inside names
// and symbols ("article 46", "CAC/COSP/2019/14") are figures like any
// other, to be checked or waived. A bare number of four digits from 1800 to
// 2199 reads as a year. Figures has no length limit and runs in time linear
// in the length of text.
func Figures(text string) iter.Seq[Figure] {
	return func(yield func(Figure) bool) {
		for f := range printed.Scan(text) {
			fig := Figure{Start: f.Start, End: f.End, Text: text[f.Start:f.End], Kind: f.Kind.String()}
			switch f.Kind {
			case printed.KindUnreadable:
				fig.Err = figureError(fig.Text, f.Start, f.Err)
			case printed.KindYear, printed.KindDate, printed.KindPeriod:
				fig.Reading = f.Period.String()
			default:
				fig.Reading = f.Figure.String()
			}
			if !yield(fig) {
				return
			}
		}
	}
}

// figureError turns the grammar's error about an unreadable figure, which
// starts at byte start of the scanned text, into a *ParseError of Figures
// with an offset into the figure.
func figureError(text string, start int, err error) error {
	kind, offset, detail := ErrSyntax, 0, "unreadable"
	if err != nil {
		detail = err.Error()
	}
	if pe, ok := errors.AsType[*printed.Error](err); ok {
		offset, detail = min(max(pe.Offset-start, 0), len(text)), pe.Detail()
		if errors.Is(err, printed.ErrRange) {
			kind = ErrRange
		}
	}
	return &ParseError{Func: "claim.Figures", Input: text, Offset: offset, Err: &detailError{kind, detail}}
}

// figureJSON is the JSON form of a Figure: Err as its message.
type figureJSON struct {
	Start, End int
	Text       string
	Kind       string
	Reading    string
	Err        string `json:",omitempty"`
}

// MarshalJSON encodes the figure as an object with its fields and the error
// as its message (omitted when nil), so that figures store and read back
// with UnmarshalJSON; a figure whose text is not valid UTF-8 cannot read
// back and refuses to marshal.
func (f Figure) MarshalJSON() ([]byte, error) {
	j := figureJSON{f.Start, f.End, f.Text, f.Kind, f.Reading, ""}
	if f.Err != nil {
		j.Err = f.Err.Error()
	}
	for _, s := range []string{j.Text, j.Kind, j.Reading, j.Err} {
		if !utf8.ValidString(s) {
			return nil, fmt.Errorf("claim: marshaling figure at %d: text is not valid UTF-8: %w", f.Start, ErrSyntax)
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON encodes; the error comes back with
// the same message, and errors.Is still recognizes the sentinels it names.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j figureJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Figure{Start: j.Start, End: j.End, Text: j.Text, Kind: j.Kind, Reading: j.Reading}
	if j.Err != "" {
		f.Err = storedError(j.Err)
	}
	return nil
}
