package convention

import (
	"fmt"
	"iter"
	"strconv"

	"github.com/uncac-go/uncac/internal/textnorm"
)

// A RegionalGroup is one of the five regional groups of UN Member States,
// which the Convention's review mechanism uses (with the drawing of lots) to
// pair reviewing and reviewed States. The zero RegionalGroup means no group;
// State.Group returns it for entities outside the groups, such as the
// European Union.
type RegionalGroup uint8

// The regional groups, in the order of the UN's own listing.
const (
	African                RegionalGroup = 1 + iota // Group of African States
	AsiaPacific                                     // Group of Asia-Pacific States
	EasternEuropean                                 // Group of Eastern European States
	LatinAmericanCaribbean                          // Group of Latin American and Caribbean States
	WesternEuropeanOthers                           // Group of Western European and other States
)

// NumRegionalGroups is the number of regional groups. Valid groups run from 1
// to NumRegionalGroups, so an array of NumRegionalGroups+1 elements can be
// indexed by RegionalGroup directly.
const NumRegionalGroups = 5

var regionalGroupNames = [NumRegionalGroups + 1]string{"",
	"African States",
	"Asia-Pacific States",
	"Eastern European States",
	"Latin American and Caribbean States",
	"Western European and other States",
}

// Short names, as in the UN's lists ("Western European and Others").
var regionalGroupShort = [NumRegionalGroups + 1]string{"",
	"African",
	"Asia-Pacific",
	"Eastern European",
	"Latin American and Caribbean",
	"Western European and Others",
}

var regionalGroupAbbrevs = [NumRegionalGroups + 1]string{"", "African", "APG", "EEG", "GRULAC", "WEOG"}

// String returns the group's name as in its official title "Group of …
// States": "African States", "Asia-Pacific States", "Eastern European
// States", "Latin American and Caribbean States" or "Western European and
// other States". The zero RegionalGroup, which State.Group returns for a
// State in no group (the European Union, the Holy See), prints as
// "%!RegionalGroup(0)", and other invalid values as "%!RegionalGroup(n)".
func (g RegionalGroup) String() string {
	if !g.IsValid() {
		return "%!RegionalGroup(" + strconv.Itoa(int(g)) + ")"
	}
	return regionalGroupNames[g]
}

// Abbrev returns the abbreviation used in UN meetings: "APG", "EEG",
// "GRULAC" and "WEOG"; the African Group has no common abbreviation and
// returns "African". Invalid groups return "".
func (g RegionalGroup) Abbrev() string {
	if !g.IsValid() {
		return ""
	}
	return regionalGroupAbbrevs[g]
}

// IsValid reports whether g is one of the five groups.
func (g RegionalGroup) IsValid() bool { return g >= African && g <= WesternEuropeanOthers }

// ParseRegionalGroup parses a group's name, in any case and with surrounding
// space ignored. It accepts the name as String prints it ("Asia-Pacific
// States"), the official title ("Group of Asia-Pacific States"), the short
// name ("Asia-Pacific"), the short name followed by "Group" ("Asia-Pacific
// Group") and the abbreviation ("APG"). Runs of space inside the name count
// as one space. Anything else is a *ParseError wrapping ErrSyntax; an input
// longer than 64 bytes is one wrapping ErrRange.
func ParseRegionalGroup(s string) (RegionalGroup, error) {
	if len(s) > maxEnumInput {
		return 0, &ParseError{Func: "convention.ParseRegionalGroup", Input: s, Offset: maxEnumInput, Err: errTooLong(maxEnumInput)}
	}
	var buf [maxEnumInput]byte
	t := textnorm.AppendKey(buf[:0], s)
	if len(t) > len("group of ") && string(t[:len("group of ")]) == "group of " {
		t = t[len("group of "):]
	} else if len(t) > len(" group") && string(t[len(t)-len(" group"):]) == " group" {
		t = t[:len(t)-len(" group")]
	}
	for g := African; g <= WesternEuropeanOthers; g++ {
		if textnorm.EqualFold(string(t), regionalGroupNames[g]) ||
			textnorm.EqualFold(string(t), regionalGroupShort[g]) ||
			textnorm.EqualFold(string(t), regionalGroupAbbrevs[g]) {
			return g, nil
		}
	}
	_, off := textnorm.Trim(s)
	return 0, &ParseError{Func: "convention.ParseRegionalGroup", Input: s, Offset: off,
		Err: fmt.Errorf("%w: want a regional group: African, Asia-Pacific, Eastern European, Latin American and Caribbean or Western European and other States, or APG, EEG, GRULAC, WEOG", ErrSyntax)}
}

// MarshalText implements encoding.TextMarshaler, giving the name as String
// prints it. The zero RegionalGroup (no group) marshals as empty text; other
// invalid values are an error wrapping ErrInvalid.
func (g RegionalGroup) MarshalText() ([]byte, error) {
	if g == 0 {
		return nil, nil
	}
	if !g.IsValid() {
		return nil, marshalError("RegionalGroup", int(g))
	}
	return []byte(regionalGroupNames[g]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseRegionalGroup accepts. Empty text gives the zero RegionalGroup.
func (g *RegionalGroup) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*g = 0
		return nil
	}
	v, err := ParseRegionalGroup(string(text))
	if err != nil {
		return err
	}
	*g = v
	return nil
}

// RegionalGroups returns an iterator over the five groups, in the order of
// their constants.
func RegionalGroups() iter.Seq[RegionalGroup] {
	return func(yield func(RegionalGroup) bool) {
		for g := African; g <= WesternEuropeanOthers; g++ {
			if !yield(g) {
				return
			}
		}
	}
}

// Members returns an iterator over the Member States of g, in code order. It
// yields nothing for an invalid group.
func (g RegionalGroup) Members() iter.Seq[State] {
	return func(yield func(State) bool) {
		if !g.IsValid() {
			return
		}
		for i := range NumStates {
			if stateTable[i].group != g {
				continue
			}
			s, _ := StateAt(i)
			if !yield(s) {
				return
			}
		}
	}
}
