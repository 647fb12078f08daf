// Package callers recognises how a browser starts the host and whether the
// caller is one of AlertGuard's own extensions.
package callers

import (
	"fmt"
	"strings"
)

// AlertGuard's fixed extension ids. The Chromium id follows from the public
// key in extension/manifest.json ("key"); the Firefox id is set in
// browser_specific_settings.gecko.id. See docs/protocol.md.
const (
	ChromiumID = "ealcpimlhlabpbneglbjhodkadilbele"
	FirefoxID  = "alertguard@alertguard.app"
	HostName   = "jp.alertguard.host"
)

// Caller is the extension that started the host.
type Caller struct {
	Browser string // "chromium" or "firefox"
	ID      string
}

// Detect reads the host's arguments (without the program name). native is
// false when the host was started by a person (CLI mode).
//   - Chromium family: argv[1] = "chrome-extension://<id>/" (Windows adds
//     --parent-window=N).
//   - Firefox: argv[1] = the manifest path, argv[2] = the add-on id.
func Detect(args []string) (c Caller, native bool) {
	if len(args) >= 1 && strings.HasPrefix(args[0], "chrome-extension://") {
		id := strings.TrimSuffix(strings.TrimPrefix(args[0], "chrome-extension://"), "/")
		return Caller{Browser: "chromium", ID: id}, true
	}
	if len(args) >= 2 && strings.HasSuffix(strings.ToLower(args[0]), ".json") && (strings.Contains(args[1], "@") || strings.HasPrefix(args[1], "{")) {
		return Caller{Browser: "firefox", ID: args[1]}, true
	}
	return Caller{}, false
}

// Check refuses callers that are not AlertGuard.
func (c Caller) Check() error {
	switch {
	case c.Browser == "chromium" && c.ID == ChromiumID:
		return nil
	case c.Browser == "firefox" && c.ID == FirefoxID:
		return nil
	}
	return fmt.Errorf("caller %s %q is not AlertGuard's extension", c.Browser, c.ID)
}
