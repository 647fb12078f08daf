// Package signatures holds AlertGuard's detection rules as data. Each
// *.yaml file is one signature (docs/signatures.md); words/*.txt are the
// word lists the signatures ("@alarm") and the features share.
package signatures

import "embed"

// FS is the embedded signature set with its word lists.
//
//go:embed *.yaml words/*.txt words/README.md
var FS embed.FS
