package convention_test

import (
	"errors"
	"fmt"

	"github.com/uncac-go/uncac/convention"
)

func ExampleLookupState() {
	for _, name := range []string{"Cote d'Ivoire", "the United States", "St. Kitts & Nevis", "Swaziland", "Korea, Rep.", "Congo", "404"} {
		s, err := convention.LookupState(name)
		fmt.Printf("%-20q %v %v\n", name, s, err)
	}
	_, err := convention.LookupState("Korea")
	fmt.Println(errors.Is(err, convention.ErrAmbiguous), err)
	_, err = convention.LookupState("Kenia")
	fmt.Println(errors.Is(err, convention.ErrUnknown), err)
	// Output:
	// "Cote d'Ivoire"      CIV <nil>
	// "the United States"  USA <nil>
	// "St. Kitts & Nevis"  KNA <nil>
	// "Swaziland"          SWZ <nil>
	// "Korea, Rep."        KOR <nil>
	// "Congo"              COG <nil>
	// "404"                KEN <nil>
	// true convention.LookupState: parsing "Korea": at offset 0: ambiguous: "Korea" is the name of "Democratic People's Republic of Korea" (PRK) and "Republic of Korea" (KOR); give one of their names or codes
	// true convention.LookupState: parsing "Kenia": at offset 0: unknown: no State has this name; the closest known: "Kenya", "Benin"
}
