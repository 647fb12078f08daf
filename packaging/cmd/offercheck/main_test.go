package main

import (
	"encoding/base64"
	"os"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/install/callers"
)

// The id offercheck computes for a key is Chromium's: the extension's own
// public key gives AlertGuard's id.
func TestExtensionID(t *testing.T) {
	b64, err := os.ReadFile("../../../extension/key.pub.b64")
	if err != nil {
		t.Fatal(err)
	}
	der, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		t.Fatal(err)
	}
	if got := extensionID(der); got != callers.ChromiumID {
		t.Fatalf("extensionID = %s, want %s", got, callers.ChromiumID)
	}
	if got := extensionID([]byte("other")); got == callers.ChromiumID || len(got) != 32 || strings.Trim(got, "abcdefghijklmnop") != "" {
		t.Fatalf("extensionID(other) = %q", got)
	}
}
