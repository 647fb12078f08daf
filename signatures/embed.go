// Package signatures holds AlertGuard's detection rules as data. Each
// *.yaml file is one signature; see docs/signatures.md for the format.
package signatures

import "embed"

// FS is the embedded signature set.
//
//go:embed *.yaml
var FS embed.FS
