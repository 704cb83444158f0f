package convention

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/uncac-go/uncac/internal/golden"
)

// The sources of tables_states.go, in the order their digests are recorded.
var statesSources = []string{"iso3166.csv", "states.csv", "uncac_parties.csv", "un_members.csv", "un_membership_adjustments.csv"}

const statesGenerated = "tables_states.go"

// readStatesCSV reads testdata/name as a header row and records keyed by the
// header's column names.
func readStatesCSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(rows) < 2 {
		t.Fatalf("%s: no records", name)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := make(map[string]string, len(r))
		for j, h := range rows[0] {
			m[h] = r[j]
		}
		out = append(out, m)
	}
	return out
}

// addDays returns the yyyymmdd date n days after the yyyymmdd date d.
func addDays(d string, n int) string {
	t, err := time.Parse("20060102", d)
	if err != nil {
		panic(err) // d comes from a date the generator checked
	}
	return t.AddDate(0, 0, n).Format("20060102")
}

var alpha3RE = regexp.MustCompile(`^[A-Z]{3}$`)

// TestTablesStates generates tables_states.go from testdata/iso3166.csv,
// testdata/states.csv and testdata/uncac_parties.csv. With -update it writes
// the file; without, it fails if the file on disk differs from what the data
// give.
func TestTablesStates(t *testing.T) {
	src, err := generateStateTables(t)
	if err != nil {
		t.Fatal(err)
	}
	golden.File(t, statesGenerated, src)
}

func generateStateTables(t *testing.T) ([]byte, error) {
	type row struct {
		code, name, alpha2    string
		numeric               int
		group                 string
		status                string
		act                   string
		signed, early, latest string // yyyymmdd or ""
		forceEarly, forceLate string // yyyymmdd or ""
		admitted              string // yyyymmdd or ""
	}
	byCode := map[string]*row{}
	fail := func(format string, args ...any) { t.Errorf(format, args...) }

	for i, r := range readStatesCSV(t, "iso3166.csv") {
		c := r["alpha3"]
		if !alpha3RE.MatchString(c) || byCode[c] != nil {
			fail("iso3166.csv record %d: bad or duplicate code %q", i+1, c)
			continue
		}
		n, err := strconv.Atoi(r["numeric"])
		if err != nil || n <= 0 || n > 999 || len(r["alpha2"]) != 2 || r["name"] == "" {
			fail("iso3166.csv record %d (%s): bad numeric, alpha2 or name", i+1, c)
		}
		byCode[c] = &row{code: c, name: r["name"], alpha2: r["alpha2"], numeric: n}
	}

	groups := map[string]string{
		"none":                         "",
		"African":                      "African",
		"Asia-Pacific":                 "AsiaPacific",
		"Eastern European":             "EasternEuropean",
		"Latin American and Caribbean": "LatinAmericanCaribbean",
		"Western European and Others":  "WesternEuropeanOthers",
	}
	statuses := map[string]string{
		"member": "UNMember", "observer": "UNObserver", "non-member": "NonMember", "reio": "RegionalOrganization",
	}
	for i, r := range readStatesCSV(t, "states.csv") {
		c := r["alpha3"]
		if !alpha3RE.MatchString(c) {
			fail("states.csv record %d: bad code %q", i+1, c)
			continue
		}
		g, ok := groups[r["un_regional_group"]]
		if !ok {
			fail("states.csv record %d (%s): unknown group %q", i+1, c, r["un_regional_group"])
		}
		st, ok := statuses[r["un_status"]]
		if !ok {
			fail("states.csv record %d (%s): unknown UN status %q", i+1, c, r["un_status"])
		}
		x := byCode[c]
		if x == nil {
			// Only the EU is outside ISO 3166-1; it has no numeric code.
			if c != "EUU" || r["m49"] != "" {
				fail("states.csv record %d: %s is not in iso3166.csv", i+1, c)
			}
			x = &row{code: c, alpha2: r["alpha2"]}
			byCode[c] = x
		} else {
			if n, err := strconv.Atoi(r["m49"]); err != nil || n != x.numeric {
				fail("states.csv record %d (%s): m49 %q differs from ISO numeric %d", i+1, c, r["m49"], x.numeric)
			}
			if r["alpha2"] != x.alpha2 {
				fail("states.csv record %d (%s): alpha2 %q differs from ISO %q", i+1, c, r["alpha2"], x.alpha2)
			}
		}
		if x.group != "" || x.status != "" {
			fail("states.csv record %d: duplicate code %s", i+1, c)
		}
		if r["name"] == "" {
			fail("states.csv record %d (%s): no name", i+1, c)
		}
		x.name, x.group, x.status = r["name"], g, st
	}

	date := func(rec int, c, col, v string) string {
		if v == "" {
			return ""
		}
		d, err := time.Parse(time.DateOnly, v)
		if err != nil || d.Year() < 1000 {
			fail("uncac_parties.csv record %d (%s): bad %s %q", rec, c, col, v)
			return ""
		}
		return d.Format("20060102")
	}
	acts := map[string]string{
		"ratification": "Ratification", "accession": "Accession", "acceptance": "Acceptance",
		"approval": "Approval", "succession": "Succession",
	}
	for i, r := range readStatesCSV(t, "uncac_parties.csv") {
		rec, c := i+1, r["alpha3"]
		x := byCode[c]
		if x == nil || x.status == "" {
			fail("uncac_parties.csv record %d: %q is not in states.csv", rec, c)
			continue
		}
		if x.act != "" || x.signed != "" {
			fail("uncac_parties.csv record %d: duplicate code %s", rec, c)
		}
		x.signed = date(rec, c, "signature_date", r["signature_date"])
		switch r["status"] {
		case "party":
			a, ok := acts[r["act"]]
			if !ok {
				fail("uncac_parties.csv record %d (%s): unknown act %q", rec, c, r["act"])
			}
			x.act = a
			x.early = date(rec, c, "party_date_earliest", r["party_date_earliest"])
			x.latest = date(rec, c, "party_date_latest", r["party_date_latest"])
			pd := date(rec, c, "party_date", r["party_date"])
			switch {
			case x.early == "" || x.latest == "":
				fail("uncac_parties.csv record %d (%s): party without date bounds", rec, c)
			case x.early > x.latest:
				fail("uncac_parties.csv record %d (%s): earliest %s after latest %s", rec, c, x.early, x.latest)
			case pd != "" && (pd != x.early || pd != x.latest):
				// party_date is the day of deposit where the sources give
				// it; then both bounds are that day.
				fail("uncac_parties.csv record %d (%s): party_date %s but bounds %s..%s", rec, c, pd, x.early, x.latest)
			case pd == "" && x.early == x.latest:
				fail("uncac_parties.csv record %d (%s): exact bounds but no party_date", rec, c)
			}
			if x.signed != "" && x.signed > x.latest {
				fail("uncac_parties.csv record %d (%s): signed after becoming a party", rec, c)
			}
		case "signatory":
			if x.signed == "" || r["act"] != "" || r["party_date_earliest"] != "" || r["party_date_latest"] != "" {
				fail("uncac_parties.csv record %d (%s): a signatory has a signature date and nothing else", rec, c)
			}
		default:
			fail("uncac_parties.csv record %d (%s): unknown status %q", rec, c, r["status"])
		}
	}
	// UN membership: every Member State has an admission date, nobody else.
	for i, r := range readStatesCSV(t, "un_members.csv") {
		rec, c := i+1, r["alpha3"]
		x := byCode[c]
		if x == nil || x.status == "" {
			fail("un_members.csv record %d: %q is not in states.csv", rec, c)
			continue
		}
		if x.admitted != "" {
			fail("un_members.csv record %d: duplicate code %s", rec, c)
		}
		x.admitted = date(rec, c, "admitted", r["admitted"])
		if (x.admitted != "") != (x.status == "UNMember") {
			fail("un_members.csv record %d (%s): admission date %q for UN status %s", rec, c, r["admitted"], x.status)
		}
		if x.admitted != "" && x.admitted < "19451024" {
			fail("un_members.csv record %d (%s): admitted before the Charter entered into force", rec, c)
		}
	}
	for _, x := range byCode {
		if x.status == "UNMember" && x.admitted == "" {
			fail("un_members.csv: no admission date for Member State %s", x.code)
		}
	}
	var adjustments []string
	for i, r := range readStatesCSV(t, "un_membership_adjustments.csv") {
		rec := i + 1
		from := date(rec, "adjustment", "from", r["from"])
		to := date(rec, "adjustment", "to", r["to"])
		certain, err1 := strconv.Atoi(r["certain"])
		possible, err2 := strconv.Atoi(r["possible"])
		switch {
		case from == "" || to == "" || from > to || to >= "20001101":
			fail("un_membership_adjustments.csv record %d: bad span %q..%q (must end before 2000-11-01)", rec, r["from"], r["to"])
		case err1 != nil || err2 != nil || possible < 0 || certain+possible < -1 || certain > 1:
			fail("un_membership_adjustments.csv record %d: bad adjustment %q, %q", rec, r["certain"], r["possible"])
		case r["what"] == "" || r["source"] == "":
			fail("un_membership_adjustments.csv record %d: no description or source", rec)
		}
		adjustments = append(adjustments, fmt.Sprintf("{from: %s, to: %s, certain: %d, possible: %d}, // %s",
			from, to, certain, possible, strings.SplitN(r["what"], ":", 2)[0]))
	}

	// Entry into force (art. 68): the ninetieth day after the deposit of the
	// thirtieth instrument, not counting a regional organization's (68(1)).
	// The thirtieth must be exact and not share its day with the
	// thirty-first, or "the thirtieth" would not name one instrument.
	var deposits []*row
	for _, x := range byCode {
		if x.act != "" && x.status != "RegionalOrganization" {
			deposits = append(deposits, x)
		}
	}
	slices.SortFunc(deposits, func(a, b *row) int { return strings.Compare(a.latest, b.latest) })
	if len(deposits) < 31 {
		return nil, fmt.Errorf("only %d deposits: the Convention would not be in force", len(deposits))
	}
	thirtieth := deposits[29]
	for _, x := range deposits[:30] {
		if x.early != x.latest {
			fail("entry into force: deposit %s among the first thirty is not exact", x.code)
		}
	}
	for _, x := range deposits[30:] {
		if x.early <= thirtieth.latest {
			fail("entry into force: deposit %s may precede or share the day of the thirtieth (%s)", x.code, thirtieth.code)
		}
	}
	eif := addDays(thirtieth.latest, 90)
	for _, x := range byCode {
		if x.act == "" {
			continue
		}
		// 68(2): the thirtieth day after deposit, or the general entry into
		// force, whichever is later.
		x.forceEarly, x.forceLate = max(addDays(x.early, 30), eif), max(addDays(x.latest, 30), eif)
	}

	if t.Failed() {
		return nil, fmt.Errorf("testdata has errors; %s not generated", statesGenerated)
	}

	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	slices.Sort(codes)

	var b bytes.Buffer
	b.WriteString("// Code generated by TestTablesStates; DO NOT EDIT.\n\n")
	b.WriteString("// Sources, in testdata/ (see the package documentation, Data provenance):\n")
	all := sha256.New()
	for _, name := range statesSources {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			return nil, err
		}
		all.Write(data)
		fmt.Fprintf(&b, "//\t%s\tsha256:%x\n", name, sha256.Sum256(data))
	}
	b.WriteString("\npackage convention\n\n")
	b.WriteString("// statesSourceVersion identifies the data the tables below were made from:\n")
	b.WriteString("// the SHA-256 of the source files concatenated in the order listed above.\n")
	fmt.Fprintf(&b, "const statesSourceVersion = \"sha256:%x\"\n\n", all.Sum(nil))
	fmt.Fprintf(&b, "// NumStates is the number of known State codes: the %d codes of ISO 3166-1\n", len(codes)-1)
	b.WriteString("// and EUU for the European Union. Index returns values in [0, NumStates).\n")
	fmt.Fprintf(&b, "const NumStates = %d\n\n", len(codes))
	b.WriteString("// stateCodeText holds the known codes in alphabetical order, three letters each.\n")
	b.WriteString("const stateCodeText = \"\" +\n")
	for i := 0; i < len(codes); i += 25 {
		end := min(i+25, len(codes))
		fmt.Fprintf(&b, "\t%q", strings.Join(codes[i:end], ""))
		if end < len(codes) {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	if len(codes) > 255 {
		return nil, fmt.Errorf("%d codes do not fit State's uint8", len(codes))
	}
	b.WriteString("\n// stateIndexTable maps a packed code to its position in stateCodeText plus\n")
	b.WriteString("// one, and an unknown code to 0, so that Index is a single load.\n")
	b.WriteString("var stateIndexTable = [1 << 15]uint8{\n")
	for i, c := range codes {
		fmt.Fprintf(&b, "\t%d: %d, // %s\n", packState(c[0], c[1], c[2]), i+1, c)
	}
	b.WriteString("}\n")
	b.WriteString("\n// stateAlpha2Table maps an alpha-2 code, its letters as 0..25 (first*26 +\n")
	b.WriteString("// second), to the State's Index plus one, and an unknown code to 0.\n")
	b.WriteString("var stateAlpha2Table = [26 * 26]uint8{\n")
	seen := map[string]string{}
	for i, c := range codes {
		a2 := byCode[c].alpha2
		if seen[a2] != "" {
			return nil, fmt.Errorf("%s and %s share the alpha-2 code %q", seen[a2], c, a2)
		}
		seen[a2] = c
		if len(a2) != 2 || a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z' {
			return nil, fmt.Errorf("%s: bad alpha-2 code %q", c, a2)
		}
		fmt.Fprintf(&b, "\t%d: %d, // %s %s\n", int(a2[0]-'A')*26+int(a2[1]-'A'), i+1, a2, c)
	}
	b.WriteString("}\n")
	b.WriteString("\n// stateNumericTable maps an ISO 3166-1 numeric code to the State's Index\n")
	b.WriteString("// plus one, and an unknown code to 0.\n")
	b.WriteString("var stateNumericTable = [1000]uint8{\n")
	seenN := map[int]string{}
	for i, c := range codes {
		if n := byCode[c].numeric; n != 0 {
			if seenN[n] != "" {
				return nil, fmt.Errorf("%s and %s share the numeric code %d", seenN[n], c, n)
			}
			seenN[n] = c
			fmt.Fprintf(&b, "\t%d: %d, // %s\n", n, i+1, c)
		}
	}
	b.WriteString("}\n")
	b.WriteString("\n// stateTable holds one row per code, in the order of stateCodeText.\n")
	b.WriteString("var stateTable = [NumStates]stateInfo{\n")
	for _, c := range codes {
		x := byCode[c]
		fmt.Fprintf(&b, "\t{name: %q, alpha2: %q", x.name, x.alpha2)
		if x.numeric != 0 {
			fmt.Fprintf(&b, ", numeric: %d", x.numeric)
		}
		if x.group != "" {
			fmt.Fprintf(&b, ", group: %s", x.group)
		}
		if x.status != "" {
			fmt.Fprintf(&b, ", status: %s", x.status)
		}
		if x.act != "" {
			fmt.Fprintf(&b, ", act: %s", x.act)
		}
		if x.signed != "" {
			fmt.Fprintf(&b, ", signed: %s", x.signed)
		}
		if x.early != "" {
			fmt.Fprintf(&b, ", earliest: %s, latest: %s", x.early, x.latest)
			fmt.Fprintf(&b, ", forceEarliest: %s, forceLatest: %s", x.forceEarly, x.forceLate)
		}
		if x.admitted != "" {
			fmt.Fprintf(&b, ", admitted: %s", x.admitted)
		}
		fmt.Fprintf(&b, "}, // %s\n", c)
	}
	b.WriteString("}\n")
	fmt.Fprintf(&b, "\n// entryIntoForce is the ninetieth day after the deposit of the thirtieth\n")
	fmt.Fprintf(&b, "// instrument, %s's of %s (art. 68(1)).\n", thirtieth.name, thirtieth.latest)
	fmt.Fprintf(&b, "const entryIntoForce civilDate = %s\n", eif)
	b.WriteString("\n// membershipAdjustments are the rows of un_membership_adjustments.csv.\n")
	b.WriteString("var membershipAdjustments = [...]membershipAdjustment{\n")
	for _, a := range adjustments {
		b.WriteString("\t" + a + "\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
