package assetrecovery

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/uncac-go/uncac/convention"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// goodCase returns a complete, valid case, fresh each time so that test rows
// can change it.
func goodCase() Case {
	return Case{
		ID:       "NG-CH-1",
		Origin:   convention.MustParseState("NGA"),
		Holders:  []convention.State{convention.MustParseState("CHE"), convention.MustParseState("JEY")},
		Avenue:   CriminalConfiscation,
		Offences: []convention.Ref{convention.MustParseRef("art. 17"), convention.MustParseRef("art. 23")},
		Events: []Event{
			{Stage: Identified, Date: on("2014-03-01"), Amount: MustParseAmount("USD 300000000")},
			{Stage: Frozen, Date: on("2014-06-15"), Amount: MustParseAmount("USD 300000000")},
			{Stage: Confiscated, Date: on("2017-01-10"), Amount: MustParseAmount("USD 267000000")},
			{Stage: Returned, Date: on("2017-12-04"), Amount: MustParseAmount("USD 267000000"),
				Basis: EmbezzledPublicFunds, Expenses: MustParseAmount("USD 1000000")},
		},
	}
}

// problem is the comparable part of a *ValidationError.
type problem struct {
	Case, Event int
	Field       string
	Err         error
}

func problems(t *testing.T, err error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	ves, ok := errors.AsType[convention.ValidationErrors](err)
	if !ok {
		t.Fatalf("Validate error %T is not convention.ValidationErrors", err)
	}
	var ps []problem
	for _, e := range ves {
		p := problem{Case: e.Index, Event: -1, Field: e.Field, Err: kindOf(e.Err)}
		if rest, ok := strings.CutPrefix(e.Field, "Events["); ok {
			i := strings.IndexByte(rest, ']')
			p.Event, _ = strconv.Atoi(rest[:i])
			p.Field = rest[i+2:]
		}
		ps = append(ps, p)
	}
	return ps
}

// kindOf returns the sentinel err wraps.
func kindOf(err error) error {
	for _, k := range []error{convention.ErrMissing, convention.ErrInvalid, convention.ErrDuplicate,
		ErrNegative, ErrOutOfOrder, ErrExceedsConfiscated, ErrNotReturn, ErrNotOffence, ErrCurrencyMismatch} {
		if errors.Is(err, k) {
			return k
		}
	}
	return err
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *Case)
		want   []problem
	}{
		{"valid", func(c *Case) {}, nil},
		{"events in any slice order", func(c *Case) { c.Events[0], c.Events[3] = c.Events[3], c.Events[0] }, nil},
		{"same day is in order", func(c *Case) { c.Events[3].Date = c.Events[2].Date }, nil},
		{"time of day is not a date", func(c *Case) {
			c.Events[2].Date = exactDay(time.Date(2017, 12, 4, 23, 0, 0, 0, time.UTC))
		}, []problem{{0, 2, "Date", convention.ErrInvalid}}},
		{"span in order", func(c *Case) { c.Events[3].Date = mustDate(ParseDate("2017 and 2018")) }, nil},
		{"span that ends before it starts", func(c *Case) {
			c.Events[3].Date = convention.DateRange{Earliest: day("2018-01-01"), Latest: day("2017-12-31")}
		}, []problem{{0, 3, "Date", convention.ErrInvalid}}},
		{"uncertain order is not out of order", func(c *Case) { c.Events[3].Date = mustDate(ParseDate("2016 and 2017")) }, nil},
		{"territory holder", func(c *Case) { c.Holders = []convention.State{convention.MustParseState("CYM")} }, nil},
		{"settlement without confiscation", func(c *Case) {
			c.Avenue = Settlement
			c.Events = c.Events[3:]
		}, nil},
		{"return in another currency than confiscated", func(c *Case) {
			c.Events[3].Amount = MustParseAmount("CHF 400000000")
			c.Events[3].Expenses = Amount{}
		}, nil},
		{"missing ID", func(c *Case) { c.ID = "" }, []problem{{0, -1, "ID", convention.ErrMissing}}},
		{"missing origin", func(c *Case) { c.Origin = convention.State{} }, []problem{{0, -1, "Origin", convention.ErrMissing}}},
		{"no holders", func(c *Case) { c.Holders = nil }, []problem{{0, -1, "Holders", convention.ErrMissing}}},
		{"zero holder", func(c *Case) { c.Holders[1] = convention.State{} }, []problem{{0, -1, "Holders[1]", convention.ErrMissing}}},
		{"avenue not known", func(c *Case) { c.Avenue = 0 }, nil},
		{"invalid avenue", func(c *Case) { c.Avenue = 42 }, []problem{{0, -1, "Avenue", convention.ErrInvalid}}},
		{"offence outside chapter III", func(c *Case) { c.Offences[1] = convention.MustParseRef("art. 57(3)(a)") },
			[]problem{{0, -1, "Offences[1]", ErrNotOffence}}},
		{"zero offence", func(c *Case) { c.Offences[0] = convention.Ref{} }, []problem{{0, -1, "Offences[0]", convention.ErrMissing}}},
		{"missing stage", func(c *Case) { c.Events[1].Stage = 0 }, []problem{{0, 1, "Stage", convention.ErrMissing}}},
		{"invalid stage", func(c *Case) { c.Events[1].Stage = 7 }, []problem{{0, 1, "Stage", convention.ErrInvalid}}},
		{"missing date", func(c *Case) { c.Events[0].Date = convention.DateRange{} }, []problem{{0, 0, "Date", convention.ErrMissing}}},
		{"no currency", func(c *Case) { c.Events[0].Amount = Amount{} }, []problem{{0, 0, "Amount", convention.ErrMissing}}},
		{"negative", func(c *Case) { c.Events[1].Amount = MustParseAmount("USD -1") }, []problem{{0, 1, "Amount", ErrNegative}}},
		{"frozen before identified", func(c *Case) { c.Events[1].Date = on("2014-02-28") },
			[]problem{{0, 1, "Date", ErrOutOfOrder}}},
		{"return before confiscation", func(c *Case) { c.Events[3].Date = on("2016-01-01") },
			[]problem{{0, 3, "Date", ErrOutOfOrder}}},
		{"identified last", func(c *Case) { c.Events[0].Date = on("2020-01-01") },
			[]problem{{0, 1, "Date", ErrOutOfOrder}, {0, 2, "Date", ErrOutOfOrder}, {0, 3, "Date", ErrOutOfOrder}}},
		{"returned more than confiscated", func(c *Case) {
			c.Events = append(c.Events, Event{Stage: Returned, Date: on("2018-01-01"), Amount: MustParseAmount("USD 0.01")})
		}, []problem{{0, 4, "Amount", ErrExceedsConfiscated}}},
		{"returned more in a single return", func(c *Case) { c.Events[3].Amount = MustParseAmount("USD 267000000.01") },
			[]problem{{0, 3, "Amount", ErrExceedsConfiscated}}},
		{"expenses exceed", func(c *Case) { c.Events[3].Expenses = MustParseAmount("USD 267000000.01") },
			[]problem{{0, 3, "Expenses", ErrExceedsConfiscated}}},
		{"expenses in another currency", func(c *Case) { c.Events[3].Expenses = MustParseAmount("CHF 1") },
			[]problem{{0, 3, "Expenses", ErrCurrencyMismatch}}},
		{"negative expenses", func(c *Case) { c.Events[3].Expenses = MustParseAmount("USD -1") },
			[]problem{{0, 3, "Expenses", ErrNegative}}},
		{"basis on a freeze", func(c *Case) { c.Events[1].Basis = OtherCases }, []problem{{0, 1, "Basis", ErrNotReturn}}},
		{"expenses on a confiscation", func(c *Case) { c.Events[2].Expenses = MustParseAmount("USD 1") },
			[]problem{{0, 2, "Expenses", ErrNotReturn}}},
		{"invalid basis", func(c *Case) { c.Events[3].Basis = 9 }, []problem{{0, 3, "Basis", convention.ErrInvalid}}},
		// Rows added by hand mutation testing.
		{"zero amount", func(c *Case) { c.Events[0].Amount = MustParseAmount("USD 0") }, nil},
		{"expenses equal to the amount", func(c *Case) { c.Events[3].Expenses = MustParseAmount("USD 267000000") }, nil},
		{"offence before chapter III", func(c *Case) { c.Offences[0] = convention.MustParseRef("art. 5") },
			[]problem{{0, -1, "Offences[0]", ErrNotOffence}}},
		{"zero expenses in a currency on a confiscation", func(c *Case) { c.Events[2].Expenses = MustParseAmount("USD 0") },
			[]problem{{0, 2, "Expenses", ErrNotReturn}}},
		{"frozen before a later identification", func(c *Case) {
			c.Events = append(c.Events, Event{Stage: Identified, Date: on("2015-01-01"), Amount: MustParseAmount("USD 1")})
		}, []problem{{0, 1, "Date", ErrOutOfOrder}}},
		{"only the first return past the confiscations", func(c *Case) {
			c.Events = append(c.Events,
				Event{Stage: Returned, Date: on("2018-01-01"), Amount: MustParseAmount("USD 0.01")},
				Event{Stage: Returned, Date: on("2018-02-01"), Amount: MustParseAmount("USD 0.01")})
		}, []problem{{0, 4, "Amount", ErrExceedsConfiscated}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := goodCase()
			tt.change(&c)
			got := problems(t, Validate([]Case{c}))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Validate problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateAll checks that every problem in every case is reported, with
// its place, and that errors.Is and errors.As see each one.
func TestValidateAll(t *testing.T) {
	a, b, c := goodCase(), goodCase(), goodCase()
	b.ID = a.ID
	b.Events[0].Amount = MustParseAmount("USD -5")
	c.ID = "other"
	c.Origin = convention.State{}
	c.Events[3].Date = on("2000-01-01")
	err := Validate([]Case{a, b, c})
	want := []problem{
		{1, -1, "ID", convention.ErrDuplicate},
		{1, 0, "Amount", ErrNegative},
		{2, -1, "Origin", convention.ErrMissing},
		{2, 3, "Date", ErrOutOfOrder},
	}
	if diff := cmp.Diff(want, problems(t, err), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Fatalf("Validate problems (-want +got):\n%s", diff)
	}
	for _, kind := range []error{convention.ErrDuplicate, ErrNegative, convention.ErrMissing, ErrOutOfOrder} {
		if !errors.Is(err, kind) {
			t.Errorf("errors.Is(err, %v) = false", kind)
		}
	}
	if errors.Is(err, ErrExceedsConfiscated) {
		t.Error("errors.Is(err, ErrExceedsConfiscated) = true for a problem not present")
	}
	ve, ok := errors.AsType[*convention.ValidationError](err)
	if !ok || ve.Index != 1 || ve.Field != "ID" {
		t.Errorf("errors.As(*ValidationError) = %+v, %v, want the first problem", ve, ok)
	}
	msg := err.Error()
	for _, frag := range []string{
		`record 1 ("NG-CH-1"), ID: duplicate: also case 0`,
		`record 1 ("NG-CH-1"), Events[0].Amount: negative amount: USD -5.00`,
		`record 2 ("other"), Events[3].Date: stages out of order: returned on 2000-01-01 before confiscated or forfeited on 2017-01-10 (event 2)`,
	} {
		if !strings.Contains(msg, frag) {
			t.Errorf("error text lacks %q; it is:\n%s", frag, msg)
		}
	}
	if err := Validate(nil); err != nil {
		t.Errorf("Validate(nil) = %v, want nil", err)
	}
}

// TestValidateDetails checks the details that name other records: the
// earlier case with the same ID, and the latest of the earlier-stage events
// that an event precedes.
func TestValidateDetails(t *testing.T) {
	a, b, c := goodCase(), goodCase(), goodCase()
	a.ID = "first"
	c.Events[0].Date = on("2020-01-01") // identified last
	c.Events[1].Date = on("2019-01-01") // frozen after the confiscation and return
	ves, ok := errors.AsType[convention.ValidationErrors](Validate([]Case{a, b, c}))
	if !ok {
		t.Fatal("Validate: no ValidationErrors")
	}
	details := map[[2]int]string{}
	for _, e := range ves {
		ev := -1
		if rest, ok := strings.CutPrefix(e.Field, "Events["); ok {
			ev, _ = strconv.Atoi(rest[:strings.IndexByte(rest, ']')])
		}
		_, detail, _ := strings.Cut(e.Err.Error(), ": ")
		details[[2]int{e.Index, ev}] = detail
	}
	for _, tt := range []struct {
		caseIdx, event int
		want           string
	}{
		{2, -1, "also case 1"},
		{2, 3, "returned on 2017-12-04 before identified on 2020-01-01 (event 0)"},
		{2, 2, "confiscated or forfeited on 2017-01-10 before identified on 2020-01-01 (event 0)"},
	} {
		if got := details[[2]int{tt.caseIdx, tt.event}]; got != tt.want {
			t.Errorf("case %d, event %d: Detail = %q, want %q", tt.caseIdx, tt.event, got, tt.want)
		}
	}
}

// on returns the exact day s ("2006-01-02") as a DateRange.
func on(s string) convention.DateRange { return exactDay(day(s)) }

func exactDay(t time.Time) convention.DateRange { return convention.DateRange{Earliest: t, Latest: t} }

func mustDate[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
