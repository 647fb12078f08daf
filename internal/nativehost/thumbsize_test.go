package nativehost

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/protocol"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// The largest picture the protocol lets through is one the log keeps: a
// picture between the two caps once failed log.attach with no word to the
// person reviewing the log.
func TestLargestPictureIsKept(t *testing.T) {
	const prefix = "data:image/jpeg;base64,"
	n := base64.StdEncoding.DecodedLen(protocol.MaxThumbnailDataURL - len(prefix))
	url := prefix + base64.StdEncoding.EncodeToString([]byte(strings.Repeat("x", n)))
	if len(url) > protocol.MaxThumbnailDataURL {
		t.Fatalf("test picture %d > %d", len(url), protocol.MaxThumbnailDataURL)
	}
	l := &eventlog.Log{Dir: t.TempDir()}
	if _, err := l.SaveThumbnail("20261207T210000Z-0123abcd", url); err != nil {
		t.Fatalf("a picture of %d bytes as a data URL of %d: %v", n, len(url), err)
	}
}
