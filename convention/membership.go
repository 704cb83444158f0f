package convention

import "time"

// UNAdmission returns the date on which s was admitted to the United Nations
// (midnight UTC), and false if s is not one of the 193 Member States. The
// date is the one the UN's list of Member States gives: for an original
// Member the date of its ratification of the Charter (24 October 1945 for
// most); for a Member that continues another's membership, the earlier
// date (the Russian Federation the Soviet Union's, Yemen and Tanzania the
// dates of Yemen and Tanganyika); for Serbia the Federal Republic of
// Yugoslavia's admission of 1 November 2000.
func (s State) UNAdmission() (time.Time, bool) {
	p := s.info()
	if p == nil || p.admitted == 0 {
		return time.Time{}, false
	}
	return p.admitted.time(), true
}

// MembersAt counts the Member States of the United Nations at the end of the
// calendar date of t (as t.Date reports it in t's own location), as the UN
// counts them; before the Charter entered into force on 24 October 1945, 0.
//
// From 1 November 2000 on, the count is the Member States admitted by then
// and exact. Earlier counts add the Members that have since merged or
// dissolved (Yugoslavia until 31 October 2000, Czechoslovakia, the German
// Democratic Republic, Democratic Yemen, Zanzibar) and take one away while
// Egypt and Syria sat as the United Arab Republic, so that they too are the
// UN's figures; from 1 March 1965 to 30 September 1966, when Indonesia had
// announced its withdrawal, the count allows both figures (Possible is 1).
// The package documentation lists the sources; [State.UNAdmission] gives
// each Member State's date.
func MembersAt(t time.Time) Count {
	d := civilOf(t)
	var c Count
	for i := range NumStates {
		if a := stateTable[i].admitted; a != 0 && int64(a) <= d {
			c.Certain++
		}
	}
	for _, a := range membershipAdjustments {
		if int64(a.from) <= d && d <= int64(a.to) {
			c.Certain += a.certain
			c.Possible += a.possible
		}
	}
	return c
}

// A membershipAdjustment corrects the count of Member States over a span of
// days for Members that no table row stands for (see MembersAt).
type membershipAdjustment struct {
	from, to          civilDate
	certain, possible int
}
