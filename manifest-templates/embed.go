// Package manifesttemplates holds the native-messaging host manifests,
// rendered by `alertguard install` for each browser family.
package manifesttemplates

import "embed"

// FS holds chromium.json.tmpl and firefox.json.tmpl.
//
//go:embed *.tmpl
var FS embed.FS
