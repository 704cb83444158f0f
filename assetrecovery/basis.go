package assetrecovery

import (
	"github.com/uncac-go/uncac/convention"
)

// A Basis is the ground on which confiscated property is returned under
// article 57(3) of the Convention. Each Basis corresponds to one
// subparagraph, which Ref returns. The zero Basis means not recorded.
type Basis uint8

// The bases of return.
const (
	// EmbezzledPublicFunds: embezzlement of public funds or laundering of
	// embezzled public funds (arts. 17 and 23), art. 57(3)(a).
	EmbezzledPublicFunds Basis = 1 + iota
	// OtherOffences: proceeds of any other offence covered by the
	// Convention, where the requesting State establishes its prior ownership
	// or damage, art. 57(3)(b).
	OtherOffences
	// OtherCases: all other cases, art. 57(3)(c).
	OtherCases
)

var basisNames = [...]string{"", "embezzled public funds", "other offences", "other cases"}

// String returns "embezzled public funds", "other offences" or "other
// cases". The zero Basis prints as "%!Basis(0)", other invalid values as
// "%!Basis(n)".
func (b Basis) String() string { return enumString("Basis", uint8(b), basisNames[:]) }

// IsValid reports whether b is one of the three bases.
func (b Basis) IsValid() bool { return b >= EmbezzledPublicFunds && b <= OtherCases }

// Ref returns the provision that b rests on: art. 57(3)(a), (b) or (c).
// The zero Basis returns the zero Ref.
func (b Basis) Ref() convention.Ref {
	if !b.IsValid() {
		return convention.Ref{}
	}
	r, _ := convention.RefOf(57, 3, 'a'+byte(b-1), 0)
	return r
}

// ParseBasis parses a basis as String prints it, in any case, or a citation
// of its subparagraph in any form convention.ParseRef accepts:
// "art. 57(3)(a)", "article 57, paragraph 3 (a)". Errors are as for
// ParseStage.
func ParseBasis(s string) (Basis, error) {
	v, err := parseEnum[Basis]("assetrecovery.ParseBasis", s, basisNames[:], nil)
	if err == nil {
		return v, nil
	}
	if len(s) <= maxWordLen {
		if r, rerr := convention.ParseRef(s); rerr == nil && r.Article() == 57 && r.Paragraph() == 3 && r.Item() == 0 {
			if sub := r.Subparagraph(); sub >= 'a' && sub <= 'c' {
				return Basis(sub-'a') + EmbezzledPublicFunds, nil
			}
		}
	}
	return 0, err
}

// MarshalText implements encoding.TextMarshaler with the form String prints.
// The zero Basis marshals as empty text; other invalid values are an error
// wrapping convention.ErrInvalid.
func (b Basis) MarshalText() ([]byte, error) {
	return marshalEnum("Basis", uint8(b), b.IsValid(), b.String())
}

// UnmarshalText implements encoding.TextUnmarshaler, accepting what
// ParseBasis accepts. Empty text gives the zero Basis.
func (b *Basis) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = 0
		return nil
	}
	v, err := ParseBasis(string(text))
	if err == nil {
		*b = v
	}
	return err
}
