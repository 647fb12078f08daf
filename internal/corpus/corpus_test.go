package corpus

import (
	"archive/tar"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, file, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const header = "file\texpect\turl\tcategory\tlang\tnote\n"
const srcHeader = "file\trepo\tpath\tcommit\tlicense\tcategory\tlanguage\tdescription\n"

func tarGz(t *testing.T, file string, files map[string]string) {
	t.Helper()
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []interface{ Close() error }{tw, zw, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadRootFoldersAndArchives(t *testing.T) {
	root := t.TempDir()
	t.Setenv(CacheEnv, t.TempDir())
	write(t, filepath.Join(root, "cases.tsv"), header+"scam/a/index.html\tblock\thttps://a.example/\tfake-alert\ten\tkit a\nbenign/b/index.html\tallow\thttps://b.example/\tnews\tja\n")
	write(t, filepath.Join(root, "SOURCES.tsv"), srcHeader+"scam/a/index.html\tkits/a\tindex.html\tabc\tMIT\tfake-alert\ten\tx\nbenign/b/index.html\t-\t-\t-\talertguard-replica\tnews\tja\ty\n")
	write(t, filepath.Join(root, "sets", "legit-x", "cases.tsv"), header+"c/index.html\tallow\thttps://c.example/\tgame\ten\tgame\n")
	write(t, filepath.Join(root, "sets", "legit-x", "SOURCES.tsv"), srcHeader+"c/index.html\tsite:c.example\t-\t-\talertguard-replica\tgame\ten\tz\n")
	for _, f := range []string{"scam/a/index.html", "benign/b/index.html", "sets/legit-x/c/index.html", "holdout/kept-out/e/index.html"} {
		write(t, filepath.Join(root, filepath.FromSlash(f)), "<title>page</title>")
	}
	write(t, filepath.Join(root, "sets", "README.md"), "not a set\n")
	write(t, filepath.Join(root, "holdout", "kept-out", "cases.tsv"), header+"e/index.html\tallow\thttps://e.example/\tgame\ten\tnot trained on\n")
	write(t, filepath.Join(root, "holdout", "kept-out", "SOURCES.tsv"), srcHeader)
	tarGz(t, filepath.Join(root, "sets", "packed"+ArchiveExt), map[string]string{
		"cases.tsv":    header + "d/index.html\tblock\thttps://d.example/\tclickfix\ten\tpacked\n",
		"SOURCES.tsv":  srcHeader + "d/index.html\tkits/a\tindex.html\tabc\talertguard-replica\tclickfix\ten\tw\n",
		"d/index.html": "<title>d</title>",
	})
	pages, err := Read(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ file, group, set string }{
		{"scam/a/index.html", "kits/a", ""},
		{"benign/b/index.html", "dir:benign/b", ""},
		{"sets/legit-x/c/index.html", "site:c.example", "legit-x"},
		{"sets/packed/d/index.html", "kits/a", "packed"},
	}
	if len(pages) != len(want) {
		t.Fatalf("%d pages, want %d: %+v", len(pages), len(want), pages)
	}
	for i, w := range want {
		p := pages[i]
		if p.File != w.file || p.Group != w.group || p.Set != w.set {
			t.Errorf("page %d = %s group %s set %q, want %+v", i, p.File, p.Group, p.Set, w)
		}
		if _, err := os.Stat(p.Path); err != nil && w.set == "packed" {
			t.Errorf("%s: the unpacked page is not on disk: %v", p.File, err)
		}
	}
	if !pages[0].Original() || pages[1].Original() || !pages[0].Scam() || pages[1].Scam() {
		t.Errorf("Original/Scam wrong: %+v %+v", pages[0], pages[1])
	}
	held, err := ReadHoldout(root)
	if err != nil || len(held) != 1 || held[0].File != "holdout/kept-out/e/index.html" {
		t.Fatalf("holdout: %v %+v", err, held)
	}
	// Read again: the archive is read from the cache, the same pages come back.
	again, err := Read(root)
	if err != nil || len(again) != len(pages) || again[3].Path != pages[3].Path {
		t.Fatalf("second read: %v, %d pages", err, len(again))
	}
}

func TestArchiveRefusesEscapesAndLinks(t *testing.T) {
	for _, tc := range []struct {
		name string
		hdr  tar.Header
	}{
		{"parent", tar.Header{Name: "../evil.html", Typeflag: tar.TypeReg}},
		{"absolute", tar.Header{Name: "/etc/evil", Typeflag: tar.TypeReg}},
		{"symlink", tar.Header{Name: "link", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}},
		{"huge", tar.Header{Name: "big.html", Typeflag: tar.TypeReg, Size: MaxArchiveFile + 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(CacheEnv, t.TempDir())
			file := filepath.Join(t.TempDir(), "bad"+ArchiveExt)
			f, _ := os.Create(file)
			zw := gzip.NewWriter(f)
			tw := tar.NewWriter(zw)
			h := tc.hdr
			h.Mode = 0o644
			if err := tw.WriteHeader(&h); err != nil {
				t.Fatal(err)
			}
			tw.Flush()
			zw.Close()
			f.Close()
			if _, err := Unpacked(file); err == nil {
				t.Fatalf("%s: unpacked without an error", tc.name)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	root := t.TempDir()
	if _, err := Read(root); err == nil {
		t.Fatal("a folder without cases.tsv read without an error")
	}
	write(t, filepath.Join(root, "cases.tsv"), header+"short\tallow\n")
	write(t, filepath.Join(root, "SOURCES.tsv"), srcHeader)
	if _, err := Read(root); err == nil || !strings.Contains(err.Error(), "columns") {
		t.Fatalf("a short row: %v", err)
	}
	write(t, filepath.Join(root, "cases.tsv"), header+"scam/gone/index.html\tblock\thttps://a.example/\tfake-alert\ten\tno page\n")
	if _, err := Read(root); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("a row whose page is missing: %v", err)
	}
}

// The tables are tab-separated lines: a field that starts with a quote
// keeps the rows after it (read as CSV it swallowed them), and a field a
// CSV writer quoted reads as its text.
func TestReadTSVQuotes(t *testing.T) {
	in := "file\trepo\tnote\n" +
		"a.html\tr/a\t\"Press Allow\" lure, not closed\n" +
		"b.html\tr/b\tplain\n" +
		"c.html\tr/c\t\"talk \"\"PWA\"\", quoted\"\r\n" +
		"\n" +
		"d.html\tr/d\t\"\n"
	rows, err := readTSV(strings.NewReader(in), "t")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"a.html", "r/a", `"Press Allow" lure, not closed`},
		{"b.html", "r/b", "plain"},
		{"c.html", "r/c", `talk "PWA", quoted`},
		{"d.html", "r/d", `"`},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %q\nwant %q", rows, want)
	}
}

// A set linked into the corpus (a scratch copy that links instead of
// copying) is read like a folder; a link to nothing is an error, never a
// set silently left out of every figure.
func TestReadLinkedSets(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	write(t, filepath.Join(root, "cases.tsv"), header)
	write(t, filepath.Join(root, "SOURCES.tsv"), srcHeader)
	write(t, filepath.Join(elsewhere, "linked", "cases.tsv"), header+"c/index.html\tallow\thttps://c.example/\tgame\ten\tgame\n")
	write(t, filepath.Join(elsewhere, "linked", "SOURCES.tsv"), srcHeader+"c/index.html\tsite:c.example\t-\t-\talertguard-replica\tgame\ten\tz\n")
	write(t, filepath.Join(elsewhere, "linked", "c", "index.html"), "<title>c</title>")
	if err := os.MkdirAll(filepath.Join(root, "sets"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(elsewhere, "linked"), filepath.Join(root, "sets", "linked")); err != nil {
		t.Fatal(err)
	}
	pages, err := Read(root)
	if err != nil || len(pages) != 1 || pages[0].File != "sets/linked/c/index.html" || pages[0].Set != "linked" {
		t.Fatalf("linked set: %v %+v", err, pages)
	}
	if err := os.Symlink(filepath.Join(elsewhere, "gone"), filepath.Join(root, "sets", "dangling")); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(root); err == nil || !strings.Contains(err.Error(), "dangling") {
		t.Fatalf("a link to nothing: %v", err)
	}
}
