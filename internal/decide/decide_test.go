package decide

import (
	"slices"
	"testing"
	"time"

	"github.com/alertguard/alertguard/internal/family/config"
	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/facts"
	"github.com/alertguard/alertguard/internal/judging/features"
	"github.com/alertguard/alertguard/internal/judging/model"
	"github.com/alertguard/alertguard/internal/judging/signature"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// toyDecider: mechanics worth 3 log-odds each against a bias of -3, so any
// one reaches the warn line and any two cross the block line; the conjunctions of a brand with a number, a
// download or a permission are worth 1 each, and a block needs 0.5 of them.
func toyDecider(t *testing.T) (*Decider, *features.Extractor) {
	t.Helper()
	ext, err := features.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	m := &model.Model{Bias: -3, PlattA: 1, PWarn: 0.5, PBlock: 0.9, WarnAt: 40, BlockAt: 80,
		Weights: map[string]float64{"authority.brand-claimed": 3, "authority.os-voice": 3, "lure.phone": 3, "lure.download": 3, "lock.overlay": 3, "pressure.sound": 3, "lure.permission-api": 3,
			"combined.paste-command": 6, "lure.paste-steps": 1,
			"conj.authority-call": 1, "conj.authority-install": 1, "conj.authority-allow": 1}, ConjMin: 0.5}
	return New(ext, m, &signature.Set{Version: "test"}, advice.New()), ext
}

func TestConjunction(t *testing.T) {
	d, ext := toyDecider(t)
	for _, tc := range []struct {
		name  string
		set   map[string]float64
		want  string
		gated bool
	}{
		{"a claim and an ask block", map[string]float64{"authority.brand-claimed": 1, "lure.phone": 1}, verdict.Block, false},
		{"two asks without a claim warn at most", map[string]float64{"lure.phone": 1, "lock.overlay": 1}, verdict.Warn, true},
		{"sound and an overlay warn at most", map[string]float64{"pressure.sound": 1, "lock.overlay": 1}, verdict.Warn, true},
		{"a claim with pressure but no ask warns at most", map[string]float64{"authority.brand-claimed": 1, "pressure.sound": 1}, verdict.Warn, true},
		{"a download the browser saw on a page that claims", map[string]float64{"authority.brand-claimed": 1, "runtime.download": 1}, verdict.Block, false},
		{"a download the browser saw on a page that claims nothing", map[string]float64{"runtime.download": 1}, verdict.Allow, false},
		{"full screen and sound after a click on a game", map[string]float64{"runtime.fullscreen": 0.5, "runtime.sound": 1}, verdict.Allow, false},
		{"a permission prompt as the only ask is capped", map[string]float64{"authority.brand-claimed": 1, "lure.permission-api": 1}, verdict.Warn, true},
		{"a human check that asks only for the camera is capped", map[string]float64{"lure.verify-human": 1, "lure.permission-api": 1, "authority.brand-claimed": 1}, verdict.Warn, true},
		{"a human check beside a phone number with a camera request warns at most", map[string]float64{"lure.verify-human": 1, "lure.permission-api": 1, "lure.phone": 1}, verdict.Warn, true},
		{"a claim that tells you to press Allow can block", map[string]float64{"authority.brand-claimed": 1, "lure.allow": 1, "lure.permission-api": 1}, verdict.Block, false},
		{"the system's voice that asks nothing is not warned about", map[string]float64{"authority.os-voice": 1}, verdict.Allow, false},
		{"a company's name on a host it does not own is an ask in itself", map[string]float64{"authority.brand-claimed": 1}, verdict.Warn, false},
		{"a claim an article explains does not open the gate", map[string]float64{"authority.brand-claimed": 1, "lure.phone": 1, "negative.explainer": 1}, verdict.Warn, true},
		{"a hidden command on the clipboard after paste steps", map[string]float64{"runtime.clipboard-command": 1, "lure.paste-steps": 0.3}, verdict.Block, false},
		{"a hidden command on the clipboard, whatever the page claims", map[string]float64{"runtime.clipboard-command": 1}, verdict.Block, false},
		{"paste steps with a command the page copies but does not show", map[string]float64{"combined.paste-command": 1, "lure.paste-steps": 1}, verdict.Block, false},
		{"paste steps alone warn at most", map[string]float64{"lure.paste-steps": 1, "lure.download": 1, "lock.overlay": 1}, verdict.Warn, true},
		{"keyboard lock with full screen without a click", map[string]float64{"runtime.keyboard-lock": 1, "runtime.fullscreen": 1}, verdict.Block, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &features.Vector{Values: make([]float64, len(ext.Defs())), Evidence: map[int][]string{}}
			for n, x := range tc.set {
				i := ext.Index(n)
				if i < 0 {
					t.Fatalf("no feature %s", n)
				}
				v.Values[i] = x
			}
			ext.Conjoin(v)
			o := d.Outcome(v)
			if o.Decision != tc.want || o.Gated != tc.gated {
				t.Fatalf("got %s (gated %v, score %d, claim %.2f, conjunction %.2f), want %s (gated %v)", o.Decision, o.Gated, o.Score, o.Strengths.Claim, o.Strengths.Conjunction, tc.want, tc.gated)
			}
		})
	}
}

func TestDecideWritesOutAndApplies(t *testing.T) {
	d, ext := toyDecider(t)
	vec := func() *features.Vector {
		v := &features.Vector{Values: make([]float64, len(ext.Defs())), Evidence: map[int][]string{}}
		v.Values[ext.Index("authority.brand-claimed")] = 1
		v.Values[ext.Index("lure.phone")] = 1
		ext.Conjoin(v)
		return v
	}
	f := &facts.Facts{URL: "https://scam.example/"}
	jd := d.Decide(f, vec(), nil)
	if jd.Verdict.Decision != verdict.Block || jd.Verdict.Score < 80 || len(jd.Verdict.Reasons) == 0 || !jd.Logged() {
		t.Fatalf("no policy: %+v", jd.Verdict)
	}
	c := config.Default()
	c.Sites.Allow = []string{"scam.example"}
	jd = d.Decide(f, vec(), &Policy{Settings: c, Now: time.Now()})
	if jd.Verdict.Decision != verdict.Allow || jd.Policy != PolicyAllowList || jd.Logged() {
		t.Fatalf("allow list: %+v", jd)
	}
}

// TestQuietNotificationRequest: a page that claims nothing and asks only
// for notifications is what news sites show on load; a camera or location
// request the same way, or a notification request with a claim, is warned.
func TestQuietNotificationRequest(t *testing.T) {
	d, ext := toyDecider(t)
	for _, tc := range []struct {
		name     string
		set      map[string]float64
		evidence []string
		want     string
	}{
		{"a notification prompt on a page that claims nothing", map[string]float64{"lure.permission-api": 1}, []string{"notification"}, verdict.Allow},
		{"a camera request on a page that claims nothing", map[string]float64{"lure.permission-api": 1}, []string{"camera"}, verdict.Warn},
		{"a notification prompt with a claim", map[string]float64{"lure.permission-api": 1, "authority.brand-claimed": 1}, []string{"notification"}, verdict.Warn},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &features.Vector{Values: make([]float64, len(ext.Defs())), Evidence: map[int][]string{}}
			for n, x := range tc.set {
				v.Values[ext.Index(n)] = x
			}
			v.Evidence[ext.Index("lure.permission-api")] = tc.evidence
			ext.Conjoin(v)
			if o := d.Outcome(v); o.Decision != tc.want {
				t.Fatalf("got %s (score %d, claim %.2f), want %s", o.Decision, o.Score, o.Strengths.Claim, tc.want)
			}
		})
	}
}

// The reasons keep the strongest signs each way: the largest positives, and
// the most negative contributions, not the negatives nearest zero.
func TestPickContribs(t *testing.T) {
	c := func(i int, l float64) model.Contribution { return model.Contribution{Index: i, Logit: l} }
	tests := []struct {
		name string
		in   []model.Contribution
		want []int
	}{
		{"empty", nil, nil},
		{"too small to show either way", []model.Contribution{c(1, 0.04), c(2, -0.04)}, nil},
		{"positives largest first, capped", []model.Contribution{c(1, 9), c(2, 8), c(3, 7), c(4, 6), c(5, 5), c(6, 4), c(7, 3)}, []int{1, 2, 3, 4, 5, 6}},
		{"negatives most negative first", []model.Contribution{c(1, 2), c(2, -0.2), c(3, -0.5), c(4, -1), c(5, -3), c(6, -7)}, []int{1, 6, 5, 4}},
		{"only negatives", []model.Contribution{c(1, -0.1), c(2, -2)}, []int{2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, p := range pickContribs(tt.in) {
				got = append(got, p.Index)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pickContribs = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestWarnOnlyCredentialForm: a sign-in form that pairs with no claim is
// the page's own, so a camera request beside it still only asks for a
// permission; a credential form under a claim is an ask of its own.
func TestWarnOnlyCredentialForm(t *testing.T) {
	_, ext := toyDecider(t)
	for _, tc := range []struct {
		name string
		set  map[string]float64
		want bool
	}{
		{"a login with a CAPTCHA and a camera request", map[string]float64{"lure.permission-api": 1, "lure.credential-form": 0.4, "lure.pretext": 1}, true},
		{"a phishing form under a brand with a camera request", map[string]float64{"lure.permission-api": 1, "lure.credential-form": 1, "authority.brand-claimed": 1}, false},
		{"a camera request alone", map[string]float64{"lure.permission-api": 1}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &features.Vector{Values: make([]float64, len(ext.Defs())), Evidence: map[int][]string{}}
			for n, x := range tc.set {
				v.Values[ext.Index(n)] = x
			}
			ext.Conjoin(v)
			if got := WarnOnly(ext, v); got != tc.want {
				t.Errorf("WarnOnly = %v, want %v", got, tc.want)
			}
		})
	}
}
