package convention

import (
	"errors"
	"strings"
	"testing"
)

func TestLookupState(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Codes.
		{"KEN", "KEN"}, {"ke", "KEN"}, {"404", "KEN"}, {"4", "AFG"}, {"004", "AFG"}, {" euu ", "EUU"},
		// The names of issue 12.
		{"Bhutan", "BTN"},
		{"United States", "USA"}, {"the United States", "USA"}, {"USA", "USA"}, {"United States of America", "USA"},
		{"United Kingdom", "GBR"}, {"UK", "GBR"},
		{"United Kingdom of Great Britain and Northern Ireland (the)", "GBR"},
		{"St. Lucia", "LCA"}, {"Saint Lucia", "LCA"}, {"St Lucia", "LCA"},
		{"Turkey", "TUR"}, {"Türkiye", "TUR"}, {"Turkiye", "TUR"}, {"TÜRKIYE", "TUR"},
		{"Swaziland", "SWZ"}, {"Eswatini", "SWZ"}, {"Kingdom of Eswatini", "SWZ"},
		{"Czech Republic", "CZE"}, {"Czechia", "CZE"},
		{"Cape Verde", "CPV"}, {"Cabo Verde", "CPV"},
		{"The former Yugoslav Republic of Macedonia", "MKD"}, {"North Macedonia", "MKD"},
		{"Cote d'Ivoire", "CIV"}, {"Côte d’Ivoire", "CIV"}, {"Côte d'Ivoire", "CIV"}, {"COTE D'IVOIRE", "CIV"},
		{"Bolivia (Plurinational State of)", "BOL"}, {"Plurinational State of Bolivia", "BOL"},
		{"the Plurinational State of Bolivia", "BOL"}, {"Bolivia", "BOL"}, {"Bolivia, Plurinational State of", "BOL"},
		{"Russia", "RUS"}, {"Russian Federation", "RUS"}, {"Vietnam", "VNM"}, {"Viet Nam", "VNM"},
		{"South Korea", "KOR"}, {"Republic of Korea", "KOR"}, {"Korea, Rep.", "KOR"},
		{"North Korea", "PRK"}, {"Korea, Dem. People's Rep.", "PRK"},
		{"Laos", "LAO"}, {"Lao PDR", "LAO"}, {"Syria", "SYR"}, {"Iran", "IRN"}, {"Iran, Islamic Rep.", "IRN"},
		{"Tanzania", "TZA"}, {"United Republic of Tanzania", "TZA"},
		{"Holy See", "VAT"}, {"Vatican", "VAT"}, {"Vatican City", "VAT"},
		{"Burma", "MMR"}, {"Myanmar", "MMR"}, {"Zaire", "COD"},
		// UN usage settles "Congo".
		{"Congo", "COG"}, {"Republic of the Congo", "COG"}, {"Congo, Rep.", "COG"},
		{"Democratic Republic of the Congo", "COD"}, {"Democratic Republic of Congo", "COD"},
		{"Congo, Dem. Rep.", "COD"}, {"Congo - Kinshasa", "COD"},
		// Spelling: "&", spaces, punctuation, "the".
		{"Trinidad & Tobago", "TTO"}, {"  Trinidad\u00a0and   Tobago ", "TTO"}, {"St. Kitts & Nevis", "KNA"},
		{"Saint Vincent and the Grenadines", "VCT"}, {"St. Vincent & Grenadines", "VCT"},
		{"Gambia, The", "GMB"}, {"The Gambia", "GMB"}, {"Bahamas", "BHS"},
		{"Guinea", "GIN"}, {"Guinea-Bissau", "GNB"}, {"Guinea Bissau", "GNB"}, {"Equatorial Guinea", "GNQ"},
		{"Sao Tome and Principe", "STP"}, {"São Tomé & Príncipe", "STP"}, {"Curacao", "CUW"},
		{"Micronesia (Federated States of)", "FSM"}, {"Micronesia, Fed. Sts.", "FSM"},
		{"Hong Kong", "HKG"}, {"Hong Kong SAR, China", "HKG"}, {"Virgin Islands, U.S.", "VIR"},
		{"U.S. Virgin Islands", "VIR"}, {"European Union", "EUU"}, {"EU", "EUU"},
		// World Bank and other datasets' forms.
		{"Egypt, Arab Rep.", "EGY"}, {"Yemen, Rep.", "YEM"}, {"Russian Fed.", "RUS"}, {"Macao SAR, China", "MAC"},
		{"Hong Kong SAR, China", "HKG"}, {"Bosnia-Herzegovina", "BIH"}, {"Turks & Caicos Islands", "TCA"},
		{"Libyan Arab Jamahiriya", "LBY"}, {"East Timor", "TLS"}, {"Vatican City State", "VAT"},
		{"Congo (Kinshasa)", "COD"}, {"Congo (Brazzaville)", "COG"}, {"Korea, South", "KOR"}, {"Korea, North", "PRK"},
		{"Slovak Republic", "SVK"}, {"Kyrgyz Republic", "KGZ"}, {"Brunei", "BRN"}, {"Viet-Nam", "VNM"},
		// The World Bank's API and CLASS.xlsx names, every one of which resolves.
		{"Venezuela, RB", "VEN"}, {"West Bank and Gaza", "PSE"}, {"Puerto Rico (US)", "PRI"},
		{"Taiwan, China", "TWN"}, {"Virgin Islands (U.S.)", "VIR"}, {"St. Martin (French part)", "MAF"},
		{"Sint Maarten (Dutch part)", "SXM"}, {"Bahamas, The", "BHS"}, {"Turkiye", "TUR"},
		// CLDR English names with their alt="short" and alt="variant" forms.
		{"Congo (DRC)", "COD"}, {"Congo (Republic)", "COG"}, {"Ivory Coast", "CIV"}, {"Bosnia", "BIH"},
		{"Myanmar (Burma)", "MMR"}, {"Hong Kong SAR China", "HKG"}, {"Macao", "MAC"}, {"US", "USA"},
		{"Aotearoa New Zealand", "NZL"}, {"Falkland Islands (Islas Malvinas)", "FLK"}, {"Chagos Archipelago", "IOT"},
		// The IMF's names.
		{"Venezuela, Bolivarian Republic of", "VEN"}, {"Gambia (Islamic Republic of the)", "GMB"},
		{"Taiwan, Province of China", "TWN"},
		// The IMF World Economic Outlook's names ("Korea" stays ambiguous).
		{"Hong Kong SAR", "HKG"}, {"Macao SAR", "MAC"}, {"Lao P.D.R.", "LAO"},
		{"Taiwan Province of China", "TWN"}, {"The Netherlands", "NLD"}, {"Slovak Republic", "SVK"},
		// The UN's names, as the Treaty Collection lists the participants.
		{"Micronesia (Federated States of)", "FSM"}, {"Venezuela (Bolivarian Republic of)", "VEN"},
		{"Democratic People’s Republic of Korea", "PRK"}, {"Iran (Islamic Republic of)", "IRN"},
		{"Republic of Moldova", "MDA"}, {"Lao People's Democratic Republic", "LAO"},
		// The International Olympic Committee's, US GENC's, FAO's, UNHCR's, Eurostat's and the World
		// Values Survey's names.
		{"Great Britain", "GBR"}, {"Chinese Taipei", "TWN"}, {"Hong Kong, China", "HKG"},
		{"MACAU", "MAC"}, {"KOREA, SOUTH", "KOR"}, {"CONGO (KINSHASA)", "COD"}, {"Macau", "MAC"},
		{"China, Macao SAR", "MAC"}, {"Dem. Rep. of the Congo", "COD"}, {"Faeroe Islands", "FRO"},
		{"Faroes", "FRO"}, {"Saint Martin (FR)", "MAF"}, {"D.R. Congo", "COD"}, {"DR Congo", "COD"},
		{"Eq.Guinea", "GNQ"}, {"Antigua", "ATG"},
		// Abbreviations with a source (Correlates of War, IOC).
		{"DRC", "COD"}, {"UAE", "ARE"}, {"U.A.E.", "ARE"}, {"DPRK", "PRK"}, {"the DPRK", "PRK"}, {"Britain", "GBR"},
		// Never guessed: regions, islands and abbreviations without a source.
		{"Holland", ""}, {"America", ""}, {"Yugoslavia", ""}, {"RB", ""}, {"DR", ""},
		{"West Bank", ""}, {"Svalbard", ""},
		{"State of Palestine", "PSE"}, {"Palestine", "PSE"}, {"Netherlands", "NLD"}, {"the Netherlands", "NLD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := LookupState(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("LookupState(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got.String() != tt.want {
				t.Errorf("LookupState(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLookupStateErrors(t *testing.T) {
	tests := []struct {
		name, in string
		kind     error
		says     []string // what the message must mention
	}{
		{"ambiguous", "Korea", ErrAmbiguous, []string{"KOR", "PRK"}},
		{"ambiguous, other spelling", "  KOREA ", ErrAmbiguous, []string{"KOR", "PRK"}},
		{"unknown, close", "Kenia", ErrUnknown, []string{`"Kenya"`}},
		{"unknown, typo", "Untied Kingdom", ErrUnknown, []string{`"United Kingdom"`}},
		{"unknown, far", "Atlantis", ErrUnknown, []string{"no State"}},
		{"unknown code", "XYZ", ErrUnknown, []string{"no State"}},
		{"empty", "", ErrSyntax, []string{"want the name"}},
		{"punctuation only", " ,.; ", ErrSyntax, []string{"want the name"}},
		{"too long", strings.Repeat("a", 201), ErrRange, []string{"200"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LookupState(tt.in)
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || !errors.Is(err, tt.kind) || pe.Func != "convention.LookupState" || pe.Input != tt.in {
				t.Fatalf("LookupState(%q) error = %v, want a *ParseError wrapping %v", tt.in, err, tt.kind)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("LookupState(%q) error %q does not mention %s", tt.in, err, s)
				}
			}
		})
	}
}

// TestLookupStateNames checks that every name of the table finds its State
// (or is reported ambiguous), and that every State's own Name does.
func TestLookupStateNames(t *testing.T) {
	rows, err := readNames()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		got, err := LookupState(row.name)
		if row.kind == "ambiguous" {
			if !errors.Is(err, ErrAmbiguous) {
				t.Errorf("LookupState(%q) = %v, %v; want ErrAmbiguous", row.name, got, err)
			}
			continue
		}
		if err != nil || got.String() != row.code {
			t.Errorf("LookupState(%q) = %v, %v; want %s", row.name, got, err, row.code)
		}
	}
	for s := range States() {
		if got, err := LookupState(s.Name()); err != nil || got != s {
			t.Errorf("LookupState(%q) = %v, %v; want %v", s.Name(), got, err, s)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct {
		in, key string
		split   int
	}{
		{"Côte d’Ivoire", "cote divoire", 0},
		{"St. Kitts & Nevis", "saint kitts nevis", 0},
		{"Korea, Republic of", "korea republic", 5},
		{"Congo, The Democratic Republic of the", "congo democratic republic", 5},
		{"U.S.A.", "usa", 0},
		{"Lao P.D.R.", "lao peoples democratic republic", 0}, // joined, then written out
		{"Hong Kong S.A.R., China", "hong kong special administrative region china", 39},
		{"P.D.R. X", "peoples democratic republic x", 0}, // no letter joins a written-out run
		{"Virgin Islands, U.S.", "virgin islands us", 14},
		{"Straße", "strasse", 0},
		{"ÅLAND", "aland", 0},
		{"e\u0301", "e", 0}, // a combining accent
		{"Россия", "россия", 0},
		{"the", "", 0},
	}
	for _, tt := range tests {
		var k nameKeyer
		k.fold(tt.in)
		key, split := k.key(), k.split
		if string(key) != tt.key || split != tt.split {
			t.Errorf("fold(%q) = %q, %d; want %q, %d", tt.in, key, split, tt.key, tt.split)
		}
	}
}

func TestLookupStateAllocs(t *testing.T) {
	for _, in := range []string{"Côte d’Ivoire", "Korea, Rep.", "United Kingdom of Great Britain and Northern Ireland", "KEN", "ke"} {
		if n := testing.AllocsPerRun(100, func() { sinkState, _ = LookupState(in) }); n != 0 {
			t.Errorf("LookupState(%q) allocates %v times", in, n)
		}
	}
}

var sinkState State

func BenchmarkLookupState(b *testing.B) {
	for _, in := range []string{"Côte d’Ivoire", "Korea, Rep.", "United Kingdom of Great Britain and Northern Ireland", "Kenya", "KEN"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkState, _ = LookupState(in)
			}
		})
	}
}

func TestParseStateSaysNames(t *testing.T) {
	for _, in := range []string{"Bhutan", "United States", "Kenya "} {
		_, err := ParseState(in)
		if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "LookupState") {
			t.Errorf("ParseState(%q) error = %v, want ErrSyntax naming LookupState", in, err)
		}
	}
	if _, err := ParseState("K3"); err == nil || strings.Contains(err.Error(), "LookupState") || !strings.Contains(err.Error(), "want") {
		t.Errorf("ParseState(K3) error = %v, want one that says what it wants and no hint of a name", err)
	}
}

// FuzzLookupState checks that no input makes LookupState panic, that every
// error is a *ParseError of a documented kind, and that a State found by
// any name is found again by its code and its own name.
func FuzzLookupState(f *testing.F) {
	for _, s := range []string{"Kenya", "Korea", "Côte d’Ivoire", "Korea, Rep.", "St. Lucia", "U.S.A.", "", "&&&&", "dem dem dem", "\xff", "Россия", "e\u0301", "the of the", "(", ",x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		s, err := LookupState(in)
		if err != nil {
			pe, ok := errors.AsType[*ParseError](err)
			if !ok || pe.Input != in || pe.Offset < 0 || pe.Offset > len(in) {
				t.Fatalf("LookupState(%q): error %v", in, err)
			}
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknown) && !errors.Is(err, ErrAmbiguous) && !errors.Is(err, ErrRange) {
				t.Fatalf("LookupState(%q): error of no documented kind: %v", in, err)
			}
			return
		}
		for _, form := range []string{s.String(), s.Name()} {
			if back, err := LookupState(form); err != nil || back != s {
				t.Fatalf("LookupState(%q) = %v; LookupState(%q) = %v, %v", in, s, form, back, err)
			}
		}
	})
}
