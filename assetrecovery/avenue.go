package assetrecovery

import (
	"fmt"
	"iter"
	"slices"

	"github.com/uncac-go/uncac/convention"
	"github.com/uncac-go/uncac/internal/textnorm"
)

// An Avenue is the legal route by which assets are pursued. The zero Avenue
// means the route is not known: sources often do not say.
type Avenue uint8

// The avenues, as the StAR Asset Recovery Watch database distinguishes them.
const (
	// CriminalConfiscation follows a conviction (art. 54(1)(a), art. 55).
	CriminalConfiscation Avenue = 1 + iota
	// NonConvictionBased is confiscation without a criminal conviction
	// (art. 54(1)(c)), such as a civil forfeiture or civil recovery order.
	NonConvictionBased
	// CivilAction is a suit by the State of origin in the courts of another
	// State to establish title or claim damages (art. 53(a), (b)).
	CivilAction
	// Settlement is an agreed resolution, such as a deferred prosecution or a
	// plea agreement, under which assets are paid over.
	Settlement
	// Administrative is a measure taken without a court, such as an
	// administrative freeze or a voluntary return.
	Administrative
)

var avenueNames = [...]string{"", "criminal confiscation", "non-conviction-based confiscation", "civil action", "settlement", "administrative"}

var avenueWords = map[string]Avenue{
	"criminal": CriminalConfiscation, "conviction-based confiscation": CriminalConfiscation,
	"criminal forfeiture": CriminalConfiscation, "criminal confiscation order": CriminalConfiscation,
	"ncb": NonConvictionBased, "non-conviction based confiscation": NonConvictionBased,
	"non-conviction-based": NonConvictionBased, "ncb confiscation": NonConvictionBased,
	"civil forfeiture": NonConvictionBased, "non-conviction based forfeiture": NonConvictionBased,
	"non-conviction-based forfeiture": NonConvictionBased, "ncb forfeiture": NonConvictionBased,
	"civil recovery": NonConvictionBased, "in rem forfeiture": NonConvictionBased,
	"civil": CivilAction, "civil suit": CivilAction, "private civil action": CivilAction,
	"civil claim": CivilAction, "civil proceedings": CivilAction,
	"plea agreement": Settlement, "plea bargain": Settlement, "deferred prosecution agreement": Settlement,
	"settlement agreement": Settlement, "negotiated settlement": Settlement,
	"administrative measure": Administrative, "administrative confiscation": Administrative,
	"voluntary return": Administrative,
	// Article 53's heading names its civil actions "direct recovery".
	"direct recovery": CivilAction, "article 53": CivilAction, "art. 53": CivilAction,
	// Forfeiture in rem is the non-conviction-based kind, in personam the
	// criminal kind.
	"in rem": NonConvictionBased, "in personam": CriminalConfiscation, "in personam forfeiture": CriminalConfiscation,
	"out-of-court settlement": Settlement, "out of court settlement": Settlement, "dpa": Settlement,
	"deferred prosecution": Settlement, "non-prosecution agreement": Settlement,
}

// avenueChannels are the words for international cooperation in
// confiscation (arts. 54 and 55), which serves criminal and
// non-conviction-based confiscation alike.
var avenueChannels = [...]string{"mutual legal assistance", "mla", "mla request", "article 54", "article 55",
	"art. 54", "art. 55", "international cooperation for purposes of confiscation",
	"international cooperation for confiscation"}

// avenueUnknown are the words a source prints where it does not know the
// avenue; ParseAvenue gives the zero Avenue for them.
var avenueUnknown = [...]string{"unknown", "not known", "n/a", "na", "not stated", "not specified", "unspecified",
	"not available", "-", "–", "—"}

// Avenues returns an iterator over the five avenues in the order of their
// constants.
func Avenues() iter.Seq[Avenue] {
	return func(yield func(Avenue) bool) {
		for a := CriminalConfiscation; a <= Administrative; a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// String returns the avenue's name in lower case: "criminal confiscation",
// "non-conviction-based confiscation", "civil action", "settlement" or
// "administrative". The zero Avenue prints as "%!Avenue(0)", other invalid
// values as "%!Avenue(n)".
func (a Avenue) String() string { return enumString("Avenue", uint8(a), avenueNames[:]) }

// IsValid reports whether a is one of the five avenues.
func (a Avenue) IsValid() bool { return a >= CriminalConfiscation && a <= Administrative }

// ParseAvenue parses an avenue as String prints it, in any case, and also
// the words sources use: "NCB", "criminal", "criminal forfeiture", "civil",
// "civil forfeiture", "civil recovery", "in rem forfeiture", "civil suit",
// "plea agreement", "deferred prosecution agreement", "administrative
// confiscation", "voluntary return", "direct recovery" (art. 53), "in
// rem", "DPA". "MLA" and "article 55" are errors wrapping
// convention.ErrAmbiguous: cooperation serves either kind of confiscation.
// The words a table prints for a route not known ("unknown",
// "not known", "n/a", "not stated", a dash) give the zero Avenue and no
// error, as empty text does for UnmarshalText. Errors are as for
// ParseStage.
func ParseAvenue(s string) (Avenue, error) {
	a, err := parseEnum("assetrecovery.ParseAvenue", s, avenueNames[:], avenueWords)
	if err != nil && len(s) <= maxWordLen {
		var buf [maxWordLen]byte
		k := textnorm.AppendKey(buf[:0], s)
		if slices.Contains(avenueUnknown[:], string(k)) {
			return 0, nil
		}
		if slices.Contains(avenueChannels[:], string(k)) {
			_, off := textnorm.Trim(s)
			return 0, &convention.ParseError{Func: "assetrecovery.ParseAvenue", Input: s, Offset: off,
				Err: fmt.Errorf("%w: %q is a channel of cooperation, not an avenue: the confiscation it serves may be %v or %v",
					convention.ErrAmbiguous, k, CriminalConfiscation, NonConvictionBased)}
		}
	}
	return a, err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Avenue marshals as empty text; other invalid values are an error
// wrapping convention.ErrInvalid.
func (a Avenue) MarshalText() ([]byte, error) {
	return marshalEnum("Avenue", uint8(a), a.IsValid(), a.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseAvenue accepts. Empty text gives the zero Avenue.
func (a *Avenue) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = 0
		return nil
	}
	v, err := ParseAvenue(string(text))
	if err == nil {
		*a = v
	}
	return err
}
