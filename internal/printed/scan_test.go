package printed

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// found is a Found in comparable form: kind, text of the span, reading.
func foundText(text string, f Found) string {
	s := fmt.Sprintf("%s %q", f.Kind, text[f.Start:f.End])
	switch f.Kind {
	case KindYear, KindDate, KindPeriod:
		s += " = " + f.Period.String()
	case KindUnreadable:
	default:
		s += " = " + f.Figure.String()
	}
	return s
}

func scanAll(text string) []string {
	var out []string
	for f := range Scan(text) {
		out = append(out, foundText(text, f))
	}
	return out
}

func TestScan(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"count in a sentence", "There are currently 180 States parties to the Convention.",
			[]string{`number "180" = 180`}},
		{"money after out of", "only $185 million, or less than three percent, out of $6.4 billion",
			[]string{`money "only $185 million" = only USD 185 million`, `percent "less than three percent" = less than 3%`,
				`money "$6.4 billion" = USD 6.4 billion`}},
		{"of which", "48 requests, of which 44 were granted", []string{`number "48" = 48`, `number "44" = 44`}},
		{"year after in", "The launch in 2009 was delayed.", []string{`year "2009" = 2009`}},
		{"period with a month", "assets frozen in 2010-June 2012, up from 2006–2009",
			[]string{`period "2010-June 2012" = 2010–June 2012`, `period "from 2006–2009" = from 2006–2009`}},
		{"ordinals", "the thirtieth ratification and the 100th Ratification; 191st",
			[]string{`ordinal "the thirtieth" = 30th`, `ordinal "the 100th" = 100th`, `ordinal "191st" = 191st`}},
		{"dates", "on Friday, 27 September, as at 30 November 2007 and on 14 December 2005",
			[]string{`date "Friday, 27 September" = Friday, 27 September`,
				`date "as at 30 November 2007" = as at 30 November 2007`, `date "14 December 2005" = 14 December 2005`}},
		{"number words", "four of the eleven States", []string{`number "four" = 4`, `number "eleven" = 11`}},
		{"qualified", "more than 2,000 needs, about 36 per cent", []string{`number "more than 2,000" = more than 2,000`,
			`percent "about 36 per cent" = about 36%`}},
		{"range", "between 2 and 15 requests", []string{`range "between 2 and 15" = 2–15`}},
		{"second amount", "around 800 million Swiss francs ($842 million) were returned",
			[]string{`money "around 800 million Swiss francs ($842 million)" = around CHF 800 million (USD 842 million)`}},
		{"unreadable separator", "a total of 3,68 needs", []string{`unreadable "3,68"`}},
		{"dates of court and press reports", "assets frozen in the 1990s, in Q1 2019, on 21/05/2014, in 2010, 2011 and 2012, in mid-2019 and mid-March 2016, for 2019–20",
			[]string{`period "the 1990s" = 1990–1999`, `period "Q1 2019" = January 2019–March 2019`, `date "21/05/2014" = 21 May 2014`,
				`period "2010, 2011 and 2012" = 2010 and 2012`, `date "mid-2019" = mid 2019`, `date "mid-March 2016" = mid March 2016`,
				`period "2019–20" = 2019–2020`}},
		{"fractions and ratios unread", "Two thirds of them; one in five States, 9 out of 10 requests; an additional four in 2020",
			[]string{`unreadable "Two thirds"`, `unreadable "one in five"`, `unreadable "9 out of 10"`,
				`number "an additional four" = an additional 4`, `year "2020" = 2020`}},
		{"Swiss groups", "CHF 1'000'000 and CHF 2’500’000", []string{`money "CHF 1'000'000" = CHF 1,000,000`,
			`money "CHF 2’500’000" = CHF 2,500,000`}},
		{"no-break space groups", "some 3\u00a0680 needs", []string{`number "some 3\u00a0680" = some 3,680`}},
		{"plain space parts figures", "in 2019 200 cases, 15 000", []string{`year "2019" = 2019`, `number "200" = 200`,
			`number "15" = 15`, `number "000" = 0`}},
		{"unreadable backwards range", "in 2015–2012", []string{`unreadable "2015–2012"`}},
		{"unreadable day", "on 31 February 2015 it", []string{`unreadable "31 February 2015"`}},
		{"unreadable backwards dates", "1.1.2010 and 2000", []string{`unreadable "1.1.2010 and 2000"`}},
		{"unreadable ambiguous sign", "kr 500 was paid", []string{`unreadable "kr 500"`}},
		{"unreadable other digits", "٣ States", []string{`unreadable "٣"`}},
		{"unreadable fraction", "½ of them", []string{`unreadable "½"`}},
		{"unreadable negative", "a change of −5 per cent", []string{`unreadable "−5"`}},
		{"may is a verb", "States may decide", nil},
		{"relative date", "It entered into force ten years ago today, with 140 parties",
			[]string{`date "ten years ago today" = 10 years ago today`, `number "140" = 140`}},
		{"range word without number", "from the start to the end", nil},
		{"number then to", "from 500 to the end", []string{`number "500" = 500`}},
		{"slashed date", "on 01/03/2019", []string{`number "01" = 1`, `number "03" = 3`, `year "2019" = 2019`}},
		{"plural scale", "CHF 700 millions", []string{`money "CHF 700 millions" = CHF 700 million`}},
		{"plural scale before of", "in 2019 millions of people", []string{`year "2019" = 2019`}},
		{"fiscal year", "in 2005/06, 12 cases", []string{`period "2005/06" = 2005/2006`, `number "12" = 12`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, scanAll(tt.in)); diff != "" {
				t.Errorf("Scan(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestScanLong checks that a number longer than MaxLen is yielded as
// unreadable, and that a megabyte of text is scanned.
func TestScanLong(t *testing.T) {
	digits := strings.Repeat("9", 100_000)
	var got []Found
	for f := range Scan("USD " + digits + " and 5") {
		got = append(got, f)
	}
	if len(got) != 2 || got[0].Kind != KindUnreadable || !errors.Is(got[0].Err, ErrRange) || got[1].Kind != KindNumber {
		t.Fatalf("Scan(10^5 digits) = %v", got)
	}
	text := strings.Repeat("In 2009, about 36 per cent of 180 States parties returned $6.4 billion. ", 1<<20/72)
	n := 0
	for range Scan(text) {
		n++
	}
	if want := 4 * (1 << 20 / 72); n != want {
		t.Errorf("Scan(1 MB) found %d figures, want %d", n, want)
	}
}

// TestLongInputRefused checks that every single-figure parser refuses a
// megabyte at once, with an error wrapping ErrRange and few allocations.
func TestLongInputRefused(t *testing.T) {
	long := "USD " + strings.Repeat("9", 1<<20)
	parsers := map[string]func(string) error{
		"Parse":      func(s string) error { _, err := Parse(s); return err },
		"ParseMoney": func(s string) error { _, err := ParseMoney(s); return err },
		"ParseDate":  func(s string) error { _, err := ParseDate(s); return err },
	}
	for name, parse := range parsers {
		if err := parse(long); !errors.Is(err, ErrRange) {
			t.Errorf("%s(1 MB) = %v, want an error wrapping ErrRange", name, err)
		}
		if n := testing.AllocsPerRun(10, func() { _ = parse(long) }); n > 2 {
			t.Errorf("%s(1 MB) allocates %v times, want at most 2", name, n)
		}
	}
}
