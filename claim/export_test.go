package claim

import "flag"

// Update makes the tests rewrite the files they check: tables.go from the
// currency list and the golden files in testdata.
var Update = flag.Bool("update", false, "rewrite tables.go and the golden files in testdata")
