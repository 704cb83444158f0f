package convention

import "strconv"

// A Count is a number of States on a day (parties, [PartiesAt]; parties
// bound, [InForceAt]; UN Member States, [MembersAt]), as far as the data can tell: Certain ones are known to count;
// Possible ones may, because the sources bound a date without giving the
// day. The true number lies between Min and Max, so a Count is an interval
// that a published figure can be checked against, and a claim can take it
// as a computed value. Its JSON form is the two fields, and reads back.
type Count struct {
	Certain  int
	Possible int
}

// add counts one State whose membership of the count has certainty c.
func (c *Count) add(x Certainty) {
	switch x {
	case Certain:
		c.Certain++
	case Possible:
		c.Possible++
	}
}

// Min returns the smallest number the data allow: Certain.
func (c Count) Min() int { return c.Certain }

// Max returns the largest number the data allow: Certain plus Possible.
func (c Count) Max() int { return c.Certain + c.Possible }

// String returns the count as a reader would print it: "99" when the data
// are exact, "175..180" when they only bound it.
func (c Count) String() string {
	if c.Possible == 0 {
		return strconv.Itoa(c.Certain)
	}
	return strconv.Itoa(c.Min()) + ".." + strconv.Itoa(c.Max())
}
