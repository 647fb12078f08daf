package session

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/snapshot"
	"github.com/alertguard/alertguard/internal/judging/verdict"
	"github.com/alertguard/alertguard/internal/record/eventlog"
)

// The next steps.
const (
	StepRemoteAccess = "remote-access"
	StepScreenShare  = "screen-share"
	StepPayment      = "gift-card"
	StepScamNumber   = "scam-number"
)

// Category marks a next-step warning (the log, the report, the options page).
const Category = "scam-next-step"

// DisplayMediaEvent is the snapshot event the page hooks send when a page
// asks to share the screen (getDisplayMedia).
const DisplayMediaEvent = "display-media"

// State is a scam session: the latest block or warning in the window.
type State struct {
	Since  time.Time // when the scam page was logged
	Title  string    // as the scam page wrote it
	Phones []verdict.Phone
}

// Tracker knows the current session from the log, reading it again only
// when log.jsonl changed.
type Tracker struct {
	Log    *eventlog.Log
	Window func() time.Duration // the guardian's session window
	Now    func() time.Time
	Lists  *Lists
	Advice *advice.Catalog

	mu     sync.Mutex
	key    string
	latest *eventlog.Entry
}

// current is the session at now, if any.
func (t *Tracker) current(now time.Time) (State, bool) {
	e := t.latestScam()
	if e == nil {
		return State{}, false
	}
	at, err := time.Parse(time.RFC3339, e.Time)
	if err != nil || now.Sub(at) > t.Window() || now.Before(at.Add(-time.Minute)) {
		return State{}, false
	}
	return State{Since: at, Title: e.Title, Phones: e.Phones}, true
}

// latestScam is the newest logged block or warning that is not itself a
// next-step warning.
func (t *Tracker) latestScam() *eventlog.Entry {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := ""
	for _, name := range []string{eventlog.FileName, eventlog.OldFileName} {
		if fi, err := os.Stat(filepath.Join(t.Log.Dir, name)); err == nil {
			key += fmt.Sprintf("%s:%d:%d;", name, fi.Size(), fi.ModTime().UnixNano())
		}
	}
	if key == t.key {
		return t.latest
	}
	entries, err := t.Log.List(time.Time{}, 200)
	if err != nil {
		return t.latest
	}
	t.key, t.latest = key, nil
	for i := range entries {
		e := entries[i]
		if (e.Decision == verdict.Block || e.Decision == verdict.Warn) && !slices.Contains(e.Categories, Category) &&
			!(len(e.Categories) == 1 && e.Categories[0] == verdict.GuardianBlock) {
			t.latest = &e
			break
		}
	}
	return t.latest
}

// Policy is the judge's scam-session hook: on a page the analysis allowed,
// during a session, a next step becomes a warning that names the earlier
// page. It returns the step ("" when none) and when the session began.
func (t *Tracker) Policy(s *snapshot.Snapshot, v *verdict.Result) (string, time.Time) {
	if v.Decision != verdict.Allow {
		return "", time.Time{}
	}
	now := t.Now()
	st, ok := t.current(now)
	if !ok {
		return "", time.Time{}
	}
	step, what := t.Lists.Find(s, st)
	if step == "" {
		return "", time.Time{}
	}
	Warn(v, step, what, st, now, t.Advice)
	return step, st.Since
}

// Find names the next step a page takes, and what (a program, a shop, a number).
func (l *Lists) Find(s *snapshot.Snapshot, st State) (step, what string) {
	for _, ev := range s.Events {
		if ev.Type == DisplayMediaEvent {
			return StepScreenShare, ""
		}
		if ev.Type == "download" {
			if site, ok := matchFile(l.RemoteAccess, firstField(ev.Detail)); ok {
				return StepRemoteAccess, site.Name
			}
		}
	}
	if site, ok := matchURL(l.RemoteAccess, s.URL); ok {
		return StepRemoteAccess, site.Name
	}
	if site, ok := matchURL(l.Payment, s.URL); ok {
		return StepPayment, site.Name
	}
	if l.konbini(s.Text) {
		return StepPayment, ""
	}
	if p, ok := numberOn(s, st.Phones); ok {
		return StepScamNumber, p.Display
	}
	return "", ""
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

func (l *Lists) konbini(text string) bool {
	text = text[:min(len(text), 200_000)]
	has := func(words []string) bool {
		for _, w := range words {
			if strings.Contains(text, w) {
				return true
			}
		}
		return false
	}
	return has(l.Konbini.Any) && has(l.Konbini.With)
}

var digitRun = regexp.MustCompile(`[+＋0-9０-９][0-9０-９()（）\-‐‑–—−－ー .]{8,30}[0-9０-９]`)

// urlDecoder undoes what a search address does to a number.
var urlDecoder = strings.NewReplacer("%2D", "-", "%2d", "-", "%2B", "+", "%2b", "+", "%20", " ", "+", " ")

// numberOn finds one of the scam's numbers in the page's address (a search
// for it), a tel: link, or its visible text.
var telLink = regexp.MustCompile(`(?i)href\s*=\s*["']?tel:([^"'\s>]{1,40})`)

func numberOn(s *snapshot.Snapshot, phones []verdict.Phone) (verdict.Phone, bool) {
	if len(phones) == 0 {
		return verdict.Phone{}, false
	}
	var found []string
	// Where a person puts a number: the address (a search for it), what the
	// page shows, and its call links — not the page's scripts, which a kit
	// reloaded still holds.
	var tel strings.Builder
	for _, m := range telLink.FindAllStringSubmatch(s.HTML[:min(len(s.HTML), 500_000)], 50) {
		tel.WriteString(m[1] + "\n")
	}
	for _, src := range []string{s.URL, tel.String(), s.Text[:min(len(s.Text), 500_000)]} {
		for _, m := range digitRun.FindAllString(urlDecoder.Replace(src), 400) {
			if d := digits(m); len(d) >= 9 {
				found = append(found, d)
			}
		}
	}
	for _, p := range phones {
		national, intl := digits(p.Display), digits(p.E164)
		for _, d := range found {
			if (len(national) >= 9 && strings.HasSuffix(d, national)) || (len(intl) >= 9 && strings.HasSuffix(d, intl)) ||
				(len(national) >= 9 && strings.HasPrefix(national, "0") && strings.HasSuffix(d, national[1:]) && len(d) >= len(national)) {
				return p, true
			}
		}
	}
	return verdict.Phone{}, false
}

// digits keeps the ASCII and full-width digits, as ASCII.
func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		}
	}
	return b.String()
}
