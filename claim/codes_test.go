package claim

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// currenciesCSV is the module's copy of ISO 4217 list one, from which
// currencyCodes was taken.
const currenciesCSV = "../assetrecovery/testdata/currencies.csv"

// TestCurrencyCodesMatchCSV fails when currencyCodes drifts from the ISO 4217
// list in the assetrecovery test data.
func TestCurrencyCodesMatchCSV(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(currenciesCSV))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is absent", currenciesCSV)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("reading %s: %v", currenciesCSV, err)
	}
	if len(records) < 2 || len(records[0]) == 0 || records[0][0] != "code" {
		t.Fatalf("%s: want a header row starting with \"code\" and data rows", currenciesCSV)
	}
	var want []string
	for _, rec := range records[1:] {
		want = append(want, rec[0])
	}
	slices.Sort(want)
	got := strings.Split(currencyCodes, " ")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("currencyCodes differs from %s (-csv +const):\n%s\nwant:\n%s", currenciesCSV, diff, strings.Join(want, " "))
	}
}

// TestCurrencyCodesForm checks the form isCurrencyCode relies on: sorted,
// distinct codes of three upper-case letters separated by single spaces, so
// that a substring match of three letters is a whole code.
func TestCurrencyCodesForm(t *testing.T) {
	codes := strings.Split(currencyCodes, " ")
	if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Error("currencyCodes is not sorted and distinct")
	}
	for _, c := range codes {
		if len(c) != 3 || strings.ToUpper(c) != c || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			t.Errorf("currencyCodes holds %q, not three upper-case letters", c)
		}
		if !isCurrencyCode(c) {
			t.Errorf("isCurrencyCode(%q) = false, want true", c)
		}
	}
	for _, c := range []string{"", "US", "USDX", "usd", "BGN", "ABC", "D A", "DAF"} {
		if isCurrencyCode(c) {
			t.Errorf("isCurrencyCode(%q) = true, want false", c)
		}
	}
}
