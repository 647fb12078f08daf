package protocol

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/alertguard/alertguard/internal/judging/analysis"
)

const root = "../.."

// TestGeneratedFilesAreFresh fails when a table the extension or the docs
// take from Go or YAML was changed without `go generate ./internal/protocol`.
func TestGeneratedFilesAreFresh(t *testing.T) {
	a, err := analysis.Default()
	if err != nil {
		t.Fatal(err)
	}
	blocks, err := Blocks(a.Set, root)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range blocks {
		b, err := os.ReadFile(filepath.Join(root, g.File))
		if err != nil {
			t.Fatal(err)
		}
		out, err := g.Apply(string(b))
		if err != nil {
			t.Fatal(err)
		}
		if out != string(b) {
			t.Errorf("%s is stale: run go generate ./internal/protocol", g.File)
		}
	}
}

func TestApplyNeedsMarkers(t *testing.T) {
	g := Generated{File: "x", Begin: "<b>", End: "</b>", Body: "new\n"}
	if out, err := g.Apply("a\n<b>\nold\nlines\n</b>\nz\n"); err != nil || out != "a\n<b>\nnew\n</b>\nz\n" {
		t.Fatalf("%q %v", out, err)
	}
	for _, in := range []string{"no markers", "<b>\nonly begin", "</b>\n<b>\n"} {
		if _, err := g.Apply(in); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestCodesAreUniqueAndDocumented(t *testing.T) {
	seen := map[Code]bool{}
	docs, err := os.ReadFile(filepath.Join(root, "docs", "protocol.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Codes {
		if seen[c.Code] || c.Meaning == "" {
			t.Errorf("code %s repeated or without meaning", c.Code)
		}
		seen[c.Code] = true
	}
	for _, typ := range RequestTypes {
		if !strings.Contains(string(docs), "`"+typ+"`") {
			t.Errorf("request type %s is not in docs/protocol.md", typ)
		}
	}
}

// TestRepliesKeepTheirWireNames pins the JSON the extension reads.
func TestRepliesKeepTheirWireNames(t *testing.T) {
	cases := []struct {
		reply Reply
		want  string
	}{
		{&Pong{Header: Header{ID: "1", Type: TypePong}, Version: "v", Protocol: Version, SignatureVersion: "s", LogOK: true},
			`{"id":"1","type":"pong","version":"v","protocol":1,"signatureVersion":"s","logOK":true}`},
		{NewError("2", CodePINLocked, "wait"), `{"id":"2","type":"error","code":"pin_locked","message":"wait"}`},
		{&OK{Header: Header{ID: "3", Type: TypeOK}, WithPIN: true}, `{"id":"3","type":"ok","withPin":true}`},
	}
	for _, tc := range cases {
		b, err := json.Marshal(tc.reply)
		if err != nil || string(b) != tc.want {
			t.Errorf("got %s (%v), want %s", b, err, tc.want)
		}
	}
}

// TestNoUntypedMessagesInTheHost: replies and requests are typed; no
// map[string]any outside tests in the host's code.
func TestNoUntypedMessagesInTheHost(t *testing.T) {
	var files []string
	for _, dir := range []string{"host", "internal"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) < 20 {
		t.Fatalf("only %d files found", len(files))
	}
	fset := token.NewFileSet()
	for _, p := range files {
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			m, ok := n.(*ast.MapType)
			if !ok {
				return true
			}
			if k, ok := m.Key.(*ast.Ident); ok && k.Name == "string" && isAny(m.Value) {
				t.Errorf("%s: map[string]any", fset.Position(m.Pos()))
			}
			return true
		})
	}
}

func isAny(e ast.Expr) bool {
	if id, ok := e.(*ast.Ident); ok && id.Name == "any" {
		return true
	}
	it, ok := e.(*ast.InterfaceType)
	return ok && len(it.Methods.List) == 0
}

// Every request type has a body entry, and the generated field lists are
// the bodies' JSON names (the extension forwards only these).
func TestRequestFields(t *testing.T) {
	fields := RequestFields()
	for _, rt := range RequestTypes {
		if _, ok := fields[rt]; !ok {
			t.Errorf("request type %q has no entry in RequestBodies", rt)
		}
	}
	want := map[string][]string{TypeSetPIN: {"pin", "newPin"}, TypeSitesAdd: {"list", "site", "pin"}, TypePause: {"minutes", "pin"}, TypeResume: {}}
	for k, w := range want {
		if got := fields[k]; !slices.Equal(got, w) {
			t.Errorf("%s: fields %v, want %v", k, got, w)
		}
	}
}

// TestLogCategories: the log page's filter offers every category a log
// entry may carry: the signatures' but "context", and the two the host
// gives itself (a guardian's block, a scam's next step).
func TestLogCategories(t *testing.T) {
	got := LogCategories()
	for _, want := range []string{"fake-alert", "clickfix", "guardian-block", "scam-next-step"} {
		if !slices.Contains(got, want) {
			t.Errorf("LogCategories() = %v, missing %q", got, want)
		}
	}
	if slices.Contains(got, "context") {
		t.Errorf("LogCategories() = %v: context is never a page's category", got)
	}
}

// The uses that veil are events the extension reports; a name that is not
// one stops go generate.
func TestVeilEventsAreEventTypes(t *testing.T) {
	if len(VeilEvents) == 0 {
		t.Fatal("no veil events")
	}
	if err := knownEvents(VeilEvents); err != nil {
		t.Error(err)
	}
	if err := knownEvents([]string{"fullscreen", "full-screen"}); err == nil {
		t.Error("an unknown event type was accepted")
	}
}
