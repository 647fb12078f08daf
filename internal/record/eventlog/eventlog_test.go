package eventlog

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/judging/verdict"
)

func TestAppendListGet(t *testing.T) {
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	base := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		now := base.Add(time.Duration(i) * time.Hour)
		l.Now = func() time.Time { return now }
		if err := l.Append(&Entry{Summary: verdict.Summary{URL: fmt.Sprintf("https://s%d.example/", i), Decision: "block", Phones: []verdict.Phone{{E164: "+81120000000", Display: "0120-000-000"}}}}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := l.List(base.Add(time.Hour), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].URL != "https://s2.example/" || got[1].URL != "https://s1.example/" {
		t.Fatalf("List = %+v", got)
	}
	e, err := l.Get(got[1].ID)
	if err != nil || e.URL != "https://s1.example/" || e.Phones[0].Display != "0120-000-000" {
		t.Fatalf("Get = %+v, %v", e, err)
	}
	if _, err := l.Get("nope"); err != ErrNotFound {
		t.Fatalf("Get(nope) err = %v", err)
	}
	st, err := os.Stat(filepath.Join(l.Dir, FileName))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("log mode = %v, %v", st.Mode(), err)
	}
}

func TestTornLineSkipped(t *testing.T) {
	l, _ := Open(t.TempDir())
	if err := l.Append(&Entry{Summary: verdict.Summary{URL: "https://a.example/", Decision: "warn"}}); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(filepath.Join(l.Dir, FileName), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"id":"20261123T100000Z-0000`)
	f.Close()
	got, err := l.List(time.Time{}, 0)
	if err != nil || len(got) != 1 {
		t.Fatalf("List = %d entries, %v", len(got), err)
	}
	// The next append after a torn line must still be readable.
	if err := l.Append(&Entry{Summary: verdict.Summary{URL: "https://b.example/", Decision: "warn"}}); err != nil {
		t.Fatal(err)
	}
	got, _ = l.List(time.Time{}, 0)
	if len(got) != 2 || got[0].URL != "https://b.example/" {
		t.Fatalf("after torn line: %+v, want the new entry and the old one", got)
	}
}

func TestRotation(t *testing.T) {
	l, _ := Open(t.TempDir())
	big := make([]byte, MaxBytes)
	for i := range big {
		big[i] = '\n'
	}
	os.WriteFile(filepath.Join(l.Dir, FileName), big, 0o600)
	if err := l.Append(&Entry{Summary: verdict.Summary{URL: "https://a.example/", Decision: "warn"}}); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(filepath.Join(l.Dir, FileName))
	if st.Size() > MaxLine {
		t.Fatalf("log not rotated: %d bytes", st.Size())
	}
	if _, err := os.Stat(filepath.Join(l.Dir, OldFileName)); err != nil {
		t.Fatalf("old log missing: %v", err)
	}
}

func TestThumbnail(t *testing.T) {
	l, _ := Open(t.TempDir())
	id := l.NewID()
	if _, err := l.SaveThumbnail("../../etc/passwd", "data:image/png;base64,AAAA"); err == nil {
		t.Fatal("path id accepted")
	}
	if _, err := l.SaveThumbnail(id, "data:text/html;base64,AAAA"); err == nil {
		t.Fatal("html accepted")
	}
	if _, err := l.SaveThumbnail(id, "data:image/png;base64,iVBORw0KGgo="); err != nil {
		t.Fatal(err)
	}
	got, err := l.ThumbnailFor(id)
	if err != nil || got != "data:image/png;base64,iVBORw0KGgo=" {
		t.Fatalf("ThumbnailFor = %q, %v", got, err)
	}
}

// TestConcurrentWriters runs eight processes that append 1,000 entries each.
func TestConcurrentWriters(t *testing.T) {
	if dir := os.Getenv("EVENTLOG_WRITER_DIR"); dir != "" {
		l, _ := Open(dir)
		for i := 0; i < 1000; i++ {
			if err := l.Append(&Entry{Summary: verdict.Summary{URL: "https://w.example/" + strconv.Itoa(i), Decision: "block"}, Browser: os.Getenv("EVENTLOG_WRITER")}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrentWriters$")
			cmd.Env = append(os.Environ(), "EVENTLOG_WRITER_DIR="+dir, "EVENTLOG_WRITER="+strconv.Itoa(w))
			if out, err := cmd.CombinedOutput(); err != nil {
				errs <- fmt.Errorf("writer %d: %v: %s", w, err, out)
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	l, _ := Open(dir)
	got, err := l.List(time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 8000 {
		t.Fatalf("%d intact entries, want 8000", len(got))
	}
}

func TestChoicesAttachToTheirEntry(t *testing.T) {
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	l.Now = func() time.Time { return now }
	a, b := &Entry{Summary: verdict.Summary{URL: "https://a.example/", Decision: "block"}}, &Entry{Summary: verdict.Summary{URL: "https://b.example/", Decision: "warn"}}
	for _, e := range []*Entry{a, b} {
		if err := l.Append(e); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		ref, choice string
		pin         bool
		ok          bool
	}{
		{a.ID, ChoiceReported, false, true},
		{a.ID, ChoiceContinued, true, true},
		{b.ID, ChoiceClosed, false, true},
		{"20261123T100000Z-00000000", ChoiceWentBack, false, true}, // unknown entry: kept in the file, not shown
		{a.ID, "deleted-the-log", false, false},
		{"../../etc/passwd", ChoiceClosed, false, false},
	} {
		if err := l.AppendChoice(c.ref, c.choice, c.pin); (err == nil) != c.ok {
			t.Errorf("AppendChoice(%q, %q) = %v", c.ref, c.choice, err)
		}
	}
	got, err := l.List(time.Time{}, 0)
	if err != nil || len(got) != 2 {
		t.Fatalf("List = %+v, %v", got, err)
	}
	byURL := map[string]Entry{got[0].URL: got[0], got[1].URL: got[1]}
	ca := byURL["https://a.example/"].Choices
	if len(ca) != 2 || ca[0].Choice != ChoiceReported || ca[1].Choice != ChoiceContinued || !ca[1].WithPIN || ca[1].Time == "" {
		t.Errorf("a's choices = %+v", ca)
	}
	if cb := byURL["https://b.example/"].Choices; len(cb) != 1 || cb[0].Choice != ChoiceClosed || cb[0].WithPIN {
		t.Errorf("b's choices = %+v", cb)
	}
}
