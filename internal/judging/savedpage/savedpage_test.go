package savedpage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/alertguard/alertguard/internal/judging/snapshot"
)

func write(t testing.TB, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestRead(t *testing.T) {
	big := "<html><title>Big</title><body><!-- " + strings.Repeat("x", snapshot.MaxHTML) + " --><p>call 050-0000-1234 now</p></body></html>"
	tests := []struct {
		name     string
		data     []byte
		err      error
		text     string // in the snapshot's HTML or text
		fullText bool
	}{
		{"plain page", []byte("<p>hello</p>"), nil, "hello", false},
		{"Shift_JIS page", []byte("<meta charset=shift_jis><p>\x83e\x83X\x83g</p>"), nil, "テスト", false},
		{"UTF-16 page with its mark", utf16le("<p>こんにちは</p>"), nil, "こんにちは", false},
		{"binary file", append([]byte("\x7fELF"), make([]byte, 32)...), ErrNotPage, "", false},
		{"control bytes", []byte(strings.Repeat("\x01\x02\x03a", 100)), ErrNotPage, "", false},
		{"page over the HTML limit", []byte(big), nil, "call 050-0000-1234 now", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, rep, err := Read(write(t, tc.data), "https://x.example/", nil)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if !strings.Contains(s.HTML+s.Text, tc.text) || rep.FullText != tc.fullText || len(s.HTML) > snapshot.MaxHTML {
				t.Fatalf("text %q missing or report %+v (html %d bytes)", tc.text, rep, len(s.HTML))
			}
		})
	}
}

// FuzzRead: any file is read without a panic, within the snapshot's bounds.
func FuzzRead(f *testing.F) {
	f.Add([]byte("<p>hello</p>"))
	f.Add(utf16le("<p>x</p>"))
	f.Add([]byte{0xfe, 0xff, 0x00})
	f.Add([]byte("<script src=a.js></script><iframe src=../x></iframe>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := Read(write(t, data), "", nil)
		if err != nil {
			return
		}
		if len(s.HTML) > snapshot.MaxHTML || len(s.Text) > snapshot.MaxText {
			t.Fatalf("unbounded snapshot: html %d text %d", len(s.HTML), len(s.Text))
		}
	})
}

// FuzzRefs: the references found by trying the expression only where a
// match can start are the ones the expression finds over the whole page.
func FuzzRefs(f *testing.F) {
	for _, s := range []string{
		`<script src=a.js></script><IFRAME SRC="b.html"></IFRAME><frame src='c.html'>`,
		"<\u017fcript src=x.js>", "<scriptx src=a.js><script data-src=b.js src = c.js>",
		"<script>var s='<iframe src=x>'</script><<script src=d.js", "<frame\nsrc=\ne.html",
		"<iframe alt='>' src=f.html>", "<", "a<s", "<script src=",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = int(uint(n)%70) + 1
		got, want := refs(s, n), refPattern.FindAllStringSubmatch(s, n)
		if len(got) != len(want) {
			t.Fatalf("refs(%q) = %q, the expression finds %q", s, got, want)
		}
		for i := range got {
			if strings.Join(got[i], "\x00") != strings.Join(want[i], "\x00") {
				t.Fatalf("refs(%q) = %q, the expression finds %q", s, got, want)
			}
		}
	})
}

// TestReadSizes: a page is read whole, whatever its size against the
// buffers reading uses.
func TestReadSizes(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 70000} {
		page := "<p>" + strings.Repeat("a", n) + "</p>"
		s, rep, err := Read(write(t, []byte(page)), "", nil)
		if err != nil || s.HTML != page || rep.Read != len(page) || rep.Size != int64(len(page)) {
			t.Errorf("%d bytes: read %d of %d, html %d bytes, err %v", len(page), rep.Read, rep.Size, len(s.HTML), err)
		}
	}
}

// FuzzToUTF8: the shortcut for plain UTF-8 gives what the charset
// package's rules give.
func FuzzToUTF8(f *testing.F) {
	for _, s := range []string{
		"<p>héllo</p>", "<META charset=shift_jis><p>\x82\xa0</p>", "\xef\xbb\xbf<p>x</p>", "<p>caf\xe9</p>",
		"<!-- <meta charset=euc-jp> --><p>x</p>", "<meta http-equiv=content-type content='text/html; charset=iso-8859-1'>",
		strings.Repeat("a", 1020) + "<meta charset=sjis>", "<mEtA", "\xfe\xff\x00<",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := ToUTF8(data), determinedUTF8(data); got != want {
			t.Fatalf("ToUTF8(%q) = %q, the charset rules give %q", data, got, want)
		}
	})
}
