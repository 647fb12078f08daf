package family

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/family/guardian"
)

func settings(t *testing.T) *Settings {
	t.Helper()
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	g := &guardian.Guard{Store: config.Store{Dir: filepath.Join(t.TempDir(), "data")}, Params: guardian.Params{Time: 1, MemoryKiB: 64, Threads: 1}, Now: clock}
	return &Settings{Guard: g, Now: clock}
}

func TestSiteChangeValidation(t *testing.T) {
	tests := []struct {
		add      bool
		list     string
		raw      []string
		bad      bool
		needsPIN bool
		names    []string
	}{
		{true, "allow", []string{"https://Bank.example/login"}, false, true, []string{"bank.example"}},
		{true, "block", []string{"scam.example"}, false, false, []string{"scam.example"}},
		{false, "block", []string{"scam.example"}, false, true, []string{"scam.example"}},
		{false, "allow", []string{"shop.example"}, false, false, []string{"shop.example"}},
		{true, "grey", []string{"a.example"}, true, false, nil},
		{true, "block", []string{"not a site"}, true, false, nil},
		{true, "block", nil, true, false, nil},
	}
	for _, tc := range tests {
		ch, err := NewSiteChange(tc.add, tc.list, tc.raw...)
		if (err != nil) != tc.bad || (err != nil && !IsBadInput(err)) {
			t.Fatalf("%v %s %v: err %v", tc.add, tc.list, tc.raw, err)
		}
		if err == nil && (ch.NeedsPIN() != tc.needsPIN || len(ch.Names) != len(tc.names) || ch.Names[0] != tc.names[0]) {
			t.Fatalf("%v %s %v: %+v needsPIN=%v", tc.add, tc.list, tc.raw, ch, ch.NeedsPIN())
		}
	}
}

func TestPINRulesAndPause(t *testing.T) {
	s := settings(t)
	allow, _ := NewSiteChange(true, "allow", "bank.example")
	block, _ := NewSiteChange(true, "block", "scam.example")
	steps := []struct {
		name string
		do   func() error
		want error // nil, or the error errors.Is must find
		bad  bool  // a BadInputError
	}{
		{"allow without a PIN set", func() error { return s.EditSites(allow, "") }, nil, false},
		{"short PIN refused", func() error { return s.SetPIN("", "12") }, nil, true},
		{"set PIN", func() error { return s.SetPIN("", "2580") }, nil, false},
		{"allow needs the PIN", func() error { return s.EditSites(allow, "") }, guardian.ErrPINMissing, false},
		{"allow with a wrong PIN", func() error { return s.EditSites(allow, "0000") }, guardian.ErrWrongPIN, false},
		{"block needs no PIN", func() error { return s.EditSites(block, "") }, nil, false},
		{"pause out of range", func() error { return s.Pause(25*time.Hour, "2580") }, nil, true},
		{"pause too short", func() error { return s.Pause(30*time.Second, "2580") }, nil, true},
		{"pause needs the PIN", func() error { return s.Pause(time.Hour, "") }, guardian.ErrPINMissing, false},
		{"pause with the PIN", func() error { return s.Pause(time.Hour, "2580") }, nil, false},
		{"resume needs no PIN", func() error { return s.Resume() }, nil, false},
		{"clear with the PIN", func() error { return s.ClearPIN("2580") }, nil, false},
		{"clear when none is set", func() error { return s.ClearPIN("") }, nil, false},
	}
	for _, st := range steps {
		err := st.do()
		switch {
		case st.bad:
			if !IsBadInput(err) {
				t.Fatalf("%s: %v, want bad input", st.name, err)
			}
		case st.want != nil:
			if !errors.Is(err, st.want) {
				t.Fatalf("%s: %v, want %v", st.name, err, st.want)
			}
		case err != nil:
			t.Fatalf("%s: %v", st.name, err)
		}
	}
	c, err := s.Load()
	if err != nil || c.PausedUntil != "" || len(c.Sites.Block) != 1 || len(c.Sites.Allow) != 1 || c.Guardian.PINHash != "" {
		t.Fatalf("settings afterwards: %+v %v", c, err)
	}
}

func TestContinueReportsWhetherThePINWasChecked(t *testing.T) {
	s := settings(t)
	if with, err := s.Continue(""); err != nil || with {
		t.Fatalf("no PIN: %v %v", with, err)
	}
	if err := s.SetPIN("", "2580"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Continue("1111"); !errors.Is(err, guardian.ErrWrongPIN) {
		t.Fatalf("wrong PIN: %v", err)
	}
	if with, err := s.Continue("2580"); err != nil || !with {
		t.Fatalf("right PIN: %v %v", with, err)
	}
}
