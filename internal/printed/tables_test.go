package printed

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"go/format"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite tables.go from testdata")

// The sources of tables.go.
const (
	iso4217CSV = "../../assetrecovery/testdata/currencies.csv" // ISO 4217 list one: code, name, kind
	list3CSV   = "../../assetrecovery/testdata/withdrawn.csv"  // ISO 4217 list three: withdrawn codes
	cldrCSV    = "testdata/cldr_en_currencies.csv"
	formsCSV   = "testdata/currency_forms.csv"
	localCSV   = "testdata/cldr_en_local_symbols.csv" // symbols of CLDR's en-XX locales
)

func readCSV(t *testing.T, path string) []map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = row[i]
		}
		out = append(out, m)
	}
	return out
}

// foldKey lowers ASCII letters, as lookups do.
func foldKey(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// generateTables builds tables.go from the four sources: the codes the
// grammar knows, the currency signs and the currency names, each with the
// code or codes it stands for.
func generateTables(t *testing.T) []byte {
	iso := readCSV(t, iso4217CSV)
	cldr := readCSV(t, cldrCSV)
	forms := readCSV(t, formsCSV)
	local := readCSV(t, localCSV)

	codes := map[string]bool{}
	current := map[string]bool{} // list-one currencies (not funds or special units)
	names := map[string][]string{}
	addName := func(name, code string) {
		if name == "" {
			return
		}
		k := foldKey(strings.Join(strings.Fields(name), " "))
		if !slices.Contains(names[k], code) {
			names[k] = append(names[k], code)
		}
	}
	// ISO's names, which are singular, are read in the plural too, as
	// CLDR's names make the plural of their last word: "Swiss franc", "Swiss
	// francs" make "Uganda Shillings" and "Luxembourg Francs". Only a
	// regular plural ("francs", not "kronor"), and not after a first word
	// that is itself the noun ("Peso boliviano").
	plurals := map[string][]string{} // last word of a name in the singular -> in the plural
	for _, r := range cldr {
		one, other := strings.Fields(foldKey(r["one"])), strings.Fields(foldKey(r["other"]))
		if len(one) != len(other) || len(one) == 0 || !slices.Equal(one[:len(one)-1], other[:len(other)-1]) {
			continue
		}
		w, pl := one[len(one)-1], other[len(other)-1]
		if !slices.Contains(plurals[w], pl) {
			plurals[w] = append(plurals[w], pl)
		}
	}
	pluralOf := func(name string) string {
		f := strings.Fields(foldKey(name))
		if len(f) < 2 {
			return ""
		}
		last := f[len(f)-1]
		if pl := plurals[last]; len(pl) == 1 && pl[0] == last+"s" && plurals[f[0]] == nil {
			return strings.Join(f[:len(f)-1], " ") + " " + pl[0]
		}
		return ""
	}
	// Withdrawn codes are codes too: a case from the 1990s is in DEM or ZRN,
	// and claim and assetrecovery must agree on what a code is.
	for _, r := range readCSV(t, list3CSV) {
		codes[r["code"]] = true
	}
	for _, r := range iso {
		codes[r["code"]] = true
		if r["kind"] == "currency" {
			current[r["code"]] = true
			addName(r["name"], r["code"])
		}
	}

	primary := map[string]string{} // sign -> the code whose CLDR symbol it is
	narrow := map[string][]string{}
	for _, r := range cldr {
		c := r["code"]
		codes[c] = true
		addName(r["one"], c)
		addName(r["other"], c)
		if s := r["symbol"]; s != "" {
			if p, ok := primary[s]; ok && p != c {
				t.Fatalf("%s: sign %q is the symbol of both %s and %s", cldrCSV, s, p, c)
			}
			primary[s] = c
		}
		if s := r["narrow"]; s != "" && !slices.Contains(narrow[s], c) {
			narrow[s] = append(narrow[s], c)
		}
	}
	for _, r := range iso { // after every name of ISO and CLDR
		if _, ok := names[pluralOf(r["name"])]; r["kind"] == "currency" && !ok {
			addName(pluralOf(r["name"]), r["code"])
		}
	}
	// A generic word ("francs", "pounds") that ends the names of several
	// current currencies stands for all of them.
	generic := map[string][]string{}
	for _, r := range cldr {
		if !current[r["code"]] {
			continue
		}
		for _, n := range []string{r["one"], r["other"]} {
			f := strings.Fields(foldKey(n))
			if len(f) < 2 {
				continue
			}
			w := f[len(f)-1]
			if !slices.Contains(generic[w], r["code"]) {
				generic[w] = append(generic[w], r["code"])
			}
		}
	}
	for w, cs := range generic {
		if len(cs) > 1 {
			for _, c := range cs {
				addName(w, c)
			}
		}
	}
	// ISO's own names of withdrawn currencies ("Deutsche Mark", "Spanish
	// Peseta") where CLDR's differ: only names of two words or more, since a
	// single word ("Lev", "Rouble", "Pound") is also the word for a current
	// currency or for several; a name CLDR or list one already gives keeps
	// its currency, so "Russian Ruble" stays RUB rather than RUR. Names with
	// notes ("US Dollar (Same day)", "Lev A/52") are left out.
	list3Names := map[string][]string{}
	for _, r := range readCSV(t, list3CSV) {
		n := r["name"]
		f := strings.Fields(foldKey(n))
		if len(f) < 2 || strings.ContainsAny(n, "()/\"") {
			continue
		}
		forms := []string{strings.Join(f, " ")}
		if _, ok := names[forms[0]]; ok {
			continue // a name of a current currency ("Ghana Cedi"), in both numbers
		}
		if pl := pluralOf(n); pl != "" {
			forms = append(forms, pl)
		}
		for _, k := range forms {
			if _, ok := names[k]; !ok && !slices.Contains(list3Names[k], r["code"]) {
				list3Names[k] = append(list3Names[k], r["code"])
			}
		}
	}
	for k, cs := range list3Names {
		names[k] = cs
	}
	signs := map[string][]string{}
	letters := map[string][]string{} // single-letter signs: "R", "K"
	for s, c := range primary {
		signs[s] = []string{c}
	}
	addSign := func(s, c string) {
		if _, ok := primary[s]; ok {
			return // "$" is the symbol of USD, "£" of GBP, in English
		}
		m := signs
		if utf8.RuneCountInString(s) < 2 && !isSignRune(s) {
			m = letters // read only joined to a number, in money
		}
		if !slices.Contains(m[s], c) {
			m[s] = append(m[s], c)
		}
	}
	for s, cs := range narrow {
		for _, c := range cs {
			addSign(s, c)
		}
	}
	for _, r := range local {
		if strings.HasSuffix(r["symbol"], ".") {
			continue // "kr.": the grammar reads a period after a word as punctuation
		}
		addSign(r["symbol"], r["code"])
	}
	for _, r := range forms {
		switch r["kind"] {
		case "sign":
			signs[r["form"]] = []string{r["code"]}
		case "name":
			names[foldKey(r["form"])] = []string{r["code"]} // overrides a generic word
		default:
			t.Fatalf("%s: kind %q", formsCSV, r["kind"])
		}
	}
	// A sign of spaced words ("F CFA", "US $") is matched by the grammar
	// itself; keep only signs that are one token.
	for s := range signs {
		if strings.ContainsRune(s, ' ') {
			delete(signs, s)
		}
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by TestTables from " + iso4217CSV + ", " + list3CSV + ", " + cldrCSV + ", " + localCSV + " and " + formsCSV + "; DO NOT EDIT.\n")
	b.WriteString("// Sources: ISO 4217 list one (SIX, fetched 2026-02-01, datasets/currency-codes@ab9b0ae8); Unicode CLDR English\n")
	b.WriteString("// currency names and symbols (unicode-org/cldr-json@d4c36e16) and the symbols of its English locales\n")
	b.WriteString("// (unicode-org/cldr-json@b08a82b5); the forms and sources of " + formsCSV + ".\n\n")
	b.WriteString("package printed\n\n")
	all := slices.Sorted(mapsKeys(codes))
	b.WriteString("// currencyCodes holds the ISO 4217 codes the grammar knows: list one,\n// list three (" + list3CSV + ") and the withdrawn codes of " + cldrCSV + ", sorted, separated by single spaces.\n")
	fmt.Fprintf(&b, "const currencyCodes = %q\n\n", strings.Join(all, " "))
	writeForms := func(name, doc string, m map[string][]string) {
		b.WriteString(doc)
		fmt.Fprintf(&b, "var %s = [...]currencyForm{\n", name)
		for _, k := range slices.Sorted(mapsKeys(m)) {
			cs := slices.Clone(m[k])
			slices.Sort(cs)
			fmt.Fprintf(&b, "\t{%q, %q},\n", k, strings.Join(cs, " "))
		}
		b.WriteString("}\n\n")
	}
	writeForms("currencySigns", "// currencySigns maps each currency sign to its code, or to the codes of\n// the currencies it stands for (space-separated), sorted by sign.\n", signs)
	writeForms("currencyLetters", "// currencyLetters maps each sign of one letter to its code or codes, like\n// currencySigns; the grammar reads them only joined to a number, in money.\n", letters)
	writeForms("currencyNames", "// currencyNames maps each currency name, folded to lower case, to its\n// code or codes, sorted by name.\n", names)
	out, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func isSignRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x80
}

func mapsKeys[M ~map[string]V, V any](m M) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestTables checks that tables.go is what the testdata give, and rewrites
// it under -update.
func TestTables(t *testing.T) {
	if _, err := os.Stat(iso4217CSV); err != nil {
		t.Skipf("%s not present: %v", iso4217CSV, err)
	}
	want := generateTables(t)
	if *update {
		if err := os.WriteFile("tables.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go differs from the testdata; run go test -run TestTables -update ./internal/printed")
	}
}
