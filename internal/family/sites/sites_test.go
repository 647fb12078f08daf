package sites

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"example.com", "example.com", ""},
		{"  Example.COM. ", "example.com", ""},
		{"https://www.Example.com:8443/path?q=1#x", "www.example.com", ""},
		{"example.com/some/page", "example.com", ""},
		{"*.example.com", "example.com", ""},
		{"例え.jp", "xn--r8jz45g.jp", ""},
		{"ｅｘａｍｐｌｅ．ｃｏｍ", "example.com", ""},
		{"http://127.0.0.1:8080/", "127.0.0.1", ""},
		{"[::1]", "::1", ""},
		{"", "", "no site"},
		{"localhost", "localhost", ""},
		{"intranet", "", "not a site name"},
		{"ftp://example.com/", "", "only web addresses"},
		{"javascript:alert(1)", "", "not a site name"},
		{"exa mple.com", "", "not a site name"},
		{"..", "", "not a site name"}, // found by FuzzNormalize
		{"a..example", "", "not a site name"},
		{".example", "", "not a site name"},
	} {
		got, err := Normalize(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Normalize(%q) = %q, %v; want error with %q", tc.in, got, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	l := Lists{Allow: []string{"bank.example", "www.shop.example", "github.io"}, Block: []string{"scam.example", "bank.example"}}
	for _, tc := range []struct{ url, list, entry string }{
		{"https://scam.example/x", Block, "scam.example"},
		{"https://a.b.scam.example/", Block, "scam.example"},
		{"https://notscam.example/", "", ""},
		{"https://bank.example/", Block, "bank.example"}, // block wins
		{"https://shop.example/", Allow, "www.shop.example"},
		{"https://www.shop.example/", Allow, "www.shop.example"},
		{"https://evil.github.io/", "", ""}, // allow does not cover subdomains
		{"https://github.io/", Allow, "github.io"},
		{"file:///C:/scam.html", "", ""},
		{"not a url", "", ""},
	} {
		list, entry := l.Match(tc.url)
		if list != tc.list || entry != tc.entry {
			t.Errorf("Match(%q) = %q %q; want %q %q", tc.url, list, entry, tc.list, tc.entry)
		}
	}
}

func TestAddRemove(t *testing.T) {
	allow, block := []string{"a.example"}, []string{"b.example"}
	if ch, err := Add(&allow, &block, Allow, "b.example"); err != nil || !ch {
		t.Fatalf("Add: %v %v", ch, err)
	}
	if len(block) != 0 || len(allow) != 2 || allow[1] != "b.example" {
		t.Fatalf("after moving: allow %v block %v", allow, block)
	}
	if ch, _ := Add(&allow, &block, Allow, "b.example"); ch {
		t.Error("adding twice changed the list")
	}
	if ch, _ := Remove(&allow, &block, Allow, "a.example"); !ch || len(allow) != 1 {
		t.Errorf("Remove: %v %v", ch, allow)
	}
	if ch, _ := Remove(&allow, &block, Block, "zzz.example"); ch {
		t.Error("removing an absent site changed the list")
	}
	if _, err := Add(&allow, &block, "grey", "x.example"); err == nil {
		t.Error("unknown list accepted")
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"example.com", "https://例え.jp:1/x", "[::1]:80", "*.a.b", "\x00", "http://%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		h, err := Normalize(in)
		if err != nil {
			return
		}
		again, err := Normalize(h)
		if err != nil || again != h {
			t.Fatalf("Normalize(%q) = %q, but Normalize(%q) = %q, %v", in, h, h, again, err)
		}
	})
}

func TestLoosensAndEdit(t *testing.T) {
	for _, tc := range []struct {
		add  bool
		list string
		want bool
	}{{true, Allow, true}, {false, Block, true}, {true, Block, false}, {false, Allow, false}} {
		if got := Loosens(tc.add, tc.list); got != tc.want {
			t.Errorf("Loosens(%v, %q) = %v", tc.add, tc.list, got)
		}
	}
	var allow, block []string
	if err := Edit(&allow, &block, true, Block, 2, "a.example", "b.example"); err != nil || len(block) != 2 {
		t.Fatalf("Edit: %v %v", block, err)
	}
	if err := Edit(&allow, &block, true, Block, 2, "c.example"); err == nil {
		t.Fatal("a third site fit a list of two")
	}
}
