package printed

import (
	"strings"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// wkind is what a word of the vocabulary is.
type wkind uint8

const (
	wNone        wkind = iota
	wUnit              // "zero" … "nineteen": val
	wTens              // "twenty" … "ninety": val
	wHundred           // "hundred"
	wScale             // "thousand" … "trillion": val is the power of 1,000
	wScaleAbbr         // "k", "m", "mn", "mio", "bn", "tn": val is the power of 1,000
	wScaleIndian       // "lakh", "crore", "cr": val is ScaleLakh or ScaleCrore; read after digits only
	wOrdUnit           // "first" … "nineteenth": val
	wOrdTens           // "twentieth" … "ninetieth": val
	wOrdHundred        // "hundredth"
	wOrdScale          // "thousandth", "millionth": val is the power of 1,000
	wMonth             // "January" … "December" and "Jan", "Sept" …: val 1..12
	wWeekday           // "Monday" … "Sunday": val 1..7 (time.Weekday + 1)
	wOther             // a word the grammar names by its text ("and", "per", "the" …)
)

// A word is a vocabulary entry: its kind and value, and whether it is an
// abbreviation that may take a full stop ("approx.").
type word struct {
	kind   wkind
	val    int32
	abbrev bool
	qual   bool // the word starts a qualifier phrase
	plural bool // a scale word in the plural ("millions"), read only after digits
}

// lookup returns the vocabulary entry of w, folded to lower case; the zero
// word when w is not in the vocabulary. It does not allocate.
func lookup(w string) word {
	if len(w) > 16 {
		return word{}
	}
	var buf [16]byte
	key := buf[:0]
	for i := 0; i < len(w); i++ {
		key = append(key, textnorm.Lower(w[i]))
	}
	switch string(key) {
	case "zero":
		return word{kind: wUnit, val: 0}
	case "one":
		return word{kind: wUnit, val: 1}
	case "two":
		return word{kind: wUnit, val: 2}
	case "three":
		return word{kind: wUnit, val: 3}
	case "four":
		return word{kind: wUnit, val: 4}
	case "five":
		return word{kind: wUnit, val: 5}
	case "six":
		return word{kind: wUnit, val: 6}
	case "seven":
		return word{kind: wUnit, val: 7}
	case "eight":
		return word{kind: wUnit, val: 8}
	case "nine":
		return word{kind: wUnit, val: 9}
	case "ten":
		return word{kind: wUnit, val: 10}
	case "eleven":
		return word{kind: wUnit, val: 11}
	case "twelve":
		return word{kind: wUnit, val: 12}
	case "thirteen":
		return word{kind: wUnit, val: 13}
	case "fourteen":
		return word{kind: wUnit, val: 14}
	case "fifteen":
		return word{kind: wUnit, val: 15}
	case "sixteen":
		return word{kind: wUnit, val: 16}
	case "seventeen":
		return word{kind: wUnit, val: 17}
	case "eighteen":
		return word{kind: wUnit, val: 18}
	case "nineteen":
		return word{kind: wUnit, val: 19}
	case "twenty":
		return word{kind: wTens, val: 20}
	case "thirty":
		return word{kind: wTens, val: 30}
	case "forty":
		return word{kind: wTens, val: 40}
	case "fifty":
		return word{kind: wTens, val: 50}
	case "sixty":
		return word{kind: wTens, val: 60}
	case "seventy":
		return word{kind: wTens, val: 70}
	case "eighty":
		return word{kind: wTens, val: 80}
	case "ninety":
		return word{kind: wTens, val: 90}
	case "hundred":
		return word{kind: wHundred, val: 100}
	case "thousand":
		return word{kind: wScale, val: 1}
	case "million":
		return word{kind: wScale, val: 2}
	case "billion":
		return word{kind: wScale, val: 3}
	case "trillion":
		return word{kind: wScale, val: 4}
	case "k":
		return word{kind: wScaleAbbr, val: 1}
	case "m":
		return word{kind: wScaleAbbr, val: 2}
	case "mn", "mio", "mln":
		return word{kind: wScaleAbbr, val: 2, abbrev: true}
	case "bn", "bln":
		return word{kind: wScaleAbbr, val: 3, abbrev: true}
	case "tn":
		return word{kind: wScaleAbbr, val: 4, abbrev: true}
	case "millions":
		// "USD 2 millions", as texts translated from French or Spanish
		// print it.
		return word{kind: wScaleAbbr, val: 2, plural: true}
	case "billions":
		return word{kind: wScaleAbbr, val: 3, plural: true}
	case "trillions":
		return word{kind: wScaleAbbr, val: 4, plural: true}
	case "lakh", "lakhs", "lac", "lacs":
		return word{kind: wScaleIndian, val: ScaleLakh}
	case "crore", "crores":
		return word{kind: wScaleIndian, val: ScaleCrore}
	case "cr":
		return word{kind: wScaleIndian, val: ScaleCrore, abbrev: true}
	case "first":
		return word{kind: wOrdUnit, val: 1}
	case "second":
		return word{kind: wOrdUnit, val: 2}
	case "third":
		return word{kind: wOrdUnit, val: 3}
	case "fourth":
		return word{kind: wOrdUnit, val: 4}
	case "fifth":
		return word{kind: wOrdUnit, val: 5}
	case "sixth":
		return word{kind: wOrdUnit, val: 6}
	case "seventh":
		return word{kind: wOrdUnit, val: 7}
	case "eighth":
		return word{kind: wOrdUnit, val: 8}
	case "ninth":
		return word{kind: wOrdUnit, val: 9}
	case "tenth":
		return word{kind: wOrdUnit, val: 10}
	case "eleventh":
		return word{kind: wOrdUnit, val: 11}
	case "twelfth":
		return word{kind: wOrdUnit, val: 12}
	case "thirteenth":
		return word{kind: wOrdUnit, val: 13}
	case "fourteenth":
		return word{kind: wOrdUnit, val: 14}
	case "fifteenth":
		return word{kind: wOrdUnit, val: 15}
	case "sixteenth":
		return word{kind: wOrdUnit, val: 16}
	case "seventeenth":
		return word{kind: wOrdUnit, val: 17}
	case "eighteenth":
		return word{kind: wOrdUnit, val: 18}
	case "nineteenth":
		return word{kind: wOrdUnit, val: 19}
	case "twentieth":
		return word{kind: wOrdTens, val: 20}
	case "thirtieth":
		return word{kind: wOrdTens, val: 30}
	case "fortieth":
		return word{kind: wOrdTens, val: 40}
	case "fiftieth":
		return word{kind: wOrdTens, val: 50}
	case "sixtieth":
		return word{kind: wOrdTens, val: 60}
	case "seventieth":
		return word{kind: wOrdTens, val: 70}
	case "eightieth":
		return word{kind: wOrdTens, val: 80}
	case "ninetieth":
		return word{kind: wOrdTens, val: 90}
	case "hundredth":
		return word{kind: wOrdHundred, val: 100}
	case "thousandth":
		return word{kind: wOrdScale, val: 1}
	case "millionth":
		return word{kind: wOrdScale, val: 2}
	case "january":
		return word{kind: wMonth, val: 1}
	case "jan":
		return word{kind: wMonth, val: 1, abbrev: true}
	case "february":
		return word{kind: wMonth, val: 2}
	case "feb":
		return word{kind: wMonth, val: 2, abbrev: true}
	case "march":
		return word{kind: wMonth, val: 3}
	case "mar":
		return word{kind: wMonth, val: 3, abbrev: true}
	case "april":
		return word{kind: wMonth, val: 4}
	case "apr":
		return word{kind: wMonth, val: 4, abbrev: true}
	case "may":
		return word{kind: wMonth, val: 5}
	case "june":
		return word{kind: wMonth, val: 6}
	case "jun":
		return word{kind: wMonth, val: 6, abbrev: true}
	case "july":
		return word{kind: wMonth, val: 7}
	case "jul":
		return word{kind: wMonth, val: 7, abbrev: true}
	case "august":
		return word{kind: wMonth, val: 8}
	case "aug":
		return word{kind: wMonth, val: 8, abbrev: true}
	case "september":
		return word{kind: wMonth, val: 9}
	case "sep", "sept":
		return word{kind: wMonth, val: 9, abbrev: true}
	case "october":
		return word{kind: wMonth, val: 10}
	case "oct":
		return word{kind: wMonth, val: 10, abbrev: true}
	case "november":
		return word{kind: wMonth, val: 11}
	case "nov":
		return word{kind: wMonth, val: 11, abbrev: true}
	case "december":
		return word{kind: wMonth, val: 12}
	case "dec":
		return word{kind: wMonth, val: 12, abbrev: true}
	case "sunday":
		return word{kind: wWeekday, val: 1}
	case "monday":
		return word{kind: wWeekday, val: 2}
	case "tuesday":
		return word{kind: wWeekday, val: 3}
	case "wednesday":
		return word{kind: wWeekday, val: 4}
	case "thursday":
		return word{kind: wWeekday, val: 5}
	case "friday":
		return word{kind: wWeekday, val: 6}
	case "saturday":
		return word{kind: wWeekday, val: 7}
	case "approx", "ca", "c":
		return word{kind: wOther, abbrev: true, qual: true}
	case "a", "about", "above", "almost", "an", "around", "approximately", "at", "circa",
		"close", "estimated", "exactly", "exceeding", "fewer", "greater", "in", "just",
		"less", "more", "nearly", "no", "not", "of", "on", "only", "over", "precisely",
		"roughly", "slightly", "some", "under", "up", "upwards", "well", "below":
		return word{kind: wOther, qual: true}
	}
	return word{}
}

// numberWord returns the value of a number word below one hundred, written
// as one word ("four", "ninety") or two joined by a hyphen ("twenty-one"),
// and whether it is a bare tens word that may take a unit ("twenty").
func numberWord(text string, w word) (val int64, tens, ok bool) {
	switch w.kind {
	case wUnit:
		return int64(w.val), false, true
	case wTens:
		return int64(w.val), true, true
	}
	if a, b, found := strings.Cut(text, "-"); found {
		t, u := lookup(a), lookup(b)
		if t.kind == wTens && u.kind == wUnit && u.val >= 1 && u.val <= 9 {
			return int64(t.val + u.val), false, true
		}
	}
	return 0, false, false
}

// ordinalWord returns the value of an ordinal word below one hundred
// ("first", "thirtieth") or two joined by a hyphen ("twenty-first").
func ordinalWord(text string, w word) (int64, bool) {
	switch w.kind {
	case wOrdUnit, wOrdTens:
		return int64(w.val), true
	case wOrdHundred:
		return 100, true
	case wOrdScale:
		return 0, true
	}
	if a, b, found := strings.Cut(text, "-"); found {
		t, u := lookup(a), lookup(b)
		if t.kind == wTens && u.kind == wOrdUnit && u.val <= 9 {
			return int64(t.val + u.val), true
		}
	}
	return 0, false
}
