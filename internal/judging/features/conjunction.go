package features

import (
	"fmt"
	"math"
	"slices"

	"github.com/alertguard/alertguard/internal/judging/advice"
)

// A scam makes a claim (someone's authority, an alarm, a bill, a pretext
// such as a human check or a prize) and asks something (call, paste,
// install, pay, allow, stay locked). A legitimate page shows one side
// often — a download site asks you to install, an awareness article
// alarms, a shop shows a countdown — and both rarely. The conjunction
// features are the products of the two sides, one per pair of groups, so
// the model can weigh "claims and asks" without weighing either alone
// (docs/detection.md). They are the Conjunction group.

// Conjunction is the group of the claim × ask features.
const Conjunction = "conjunction"

// ConjPrefix starts every conjunction feature's name.
const ConjPrefix = "conj."

type side struct {
	id       string
	features []string
	ja, en   string // the part of the title
	category string // ask sides: the kind of scam the pair points to
	// pressure: the side rushes but asks nothing, so its pairs count in
	// the score (group Combined) and never stand for the ask a block needs
	pressure bool
	// notFor: features of a claim side that do not pair with an ask side
	// (ask id → feature names)
	notFor map[string][]string
}

// claimSides are what a page claims.
var claimSides = []side{
	{id: "authority", features: []string{"authority.brand-claimed", "authority.title-brand", "authority.os-voice", "authority.fake-chrome", "authority.host-claim", "authority.institution-app", "authority.brand-host"},
		notFor: notForStory("authority.brand-host"),
		ja:     "有名企業やパソコンを名乗って", en: "It speaks as a company or your computer"},
	// a bank's own sign-in warns of fraud beside its form: the alarm
	// words are no claim that pairs with the credential ask (the phishing
	// story, alarm.phish-story, is)
	{id: "alarm", features: []string{"alarm.words", "alarm.prominent", "alarm.error-code", "alarm.threat-count", "alarm.fake-scan", "alarm.dialog"},
		notFor: map[string][]string{"credentials": {"alarm.words", "alarm.prominent", "alarm.error-code", "alarm.threat-count", "alarm.fake-scan", "alarm.dialog"}},
		ja:     "不安をあおって", en: "It raises an alarm"},
	// a fake update's claim, apart: with a download it is the whole lure,
	// which a download site's page never says (issue 20)
	{id: "update", features: []string{"alarm.update-required"},
		ja: "更新が必要だとうそを言って", en: "It claims an update is required"},
	// the phishing story (suspended, verify, redelivery, unpaid) pairs with
	// the credential ask only: a carrier's redelivery page shows a number
	// to call and a card issuer's fraud page a hotline (credential.go)
	{id: "account", features: []string{"alarm.account", "alarm.phish-story"},
		notFor: notForStory("alarm.phish-story"),
		ja:     "カードや口座が止められたと言って", en: "It says your card or account was stopped"},
	{id: "bill", features: []string{"alarm.registered", "pressure.legal", "pressure.unless-paid"},
		ja: "料金や法的措置を持ち出して", en: "It presents a bill or a threat"},
	// a human check is the pretext of a paste, an Allow, an install or a
	// lock, never of a call: a CAPTCHA on a contact form beside the
	// company's number tells no story (2026-12-07)
	{id: "pretext", features: []string{"lure.verify-human", "lure.pretext", "lure.prize", "lure.refund"},
		// nor a human check of a sign-in form: a CAPTCHA beside a
		// password is a login's, the credential pretexts are a refund and
		// a prize
		notFor: map[string][]string{"call": {"lure.verify-human"},
			"credentials": {"lure.verify-human", "lure.pretext"}},
		ja: "確認・当選・返金を装って", en: "It pretends to check you, reward you or refund you"},
	// "press Allow to prove / to open …", apart (branch push): sharing
	// conj.pretext-allow with a human check raised that weight until a news
	// article quoting a fake CAPTCHA, with a camera request injected, was
	// blocked; a push lure's gate is the whole of its claim
	{id: "gate", features: []string{"lure.allow-proof"},
		notFor: map[string][]string{"call": {"lure.allow-proof"}, "credentials": {"lure.allow-proof"}},
		ja:     "「許可」が確認や再生の鍵だと偽って", en: "It pretends pressing Allow proves or opens something"},
	{id: "story", features: []string{"lure.delivery-story"},
		ja: "荷物や留守電の知らせを装って", en: "It pretends a parcel or a message is waiting"},
}

// notForStory leaves the claims named out of every pair but the
// credential ask's: the phishing story and a brand's name in the host are
// said by a carrier's own redelivery page, a card issuer's fraud hotline
// and a shop's affiliate (credential.go).
func notForStory(names ...string) map[string][]string {
	m := map[string][]string{}
	for _, a := range []string{"call", "paste", "install", "pay", "allow", "lock", "rush"} {
		m[a] = names
	}
	return m
}

// askSides are what a page asks.
var askSides = []side{
	{id: "call", features: []string{"lure.phone", "lure.call-action", "lure.call-words"},
		ja: "電話させようとしています", en: "and asks you to call", category: "phone-lure"},
	{id: "paste", features: []string{"lure.paste-steps", "lure.command-clipboard", "lure.command-text"},
		ja: "命令を貼り付けさせようとしています", en: "and asks you to paste a command", category: "clickfix"},
	{id: "install", features: []string{"lure.download", "lure.app-store", "lure.remote-tool"},
		ja: "ソフトを入れさせようとしています", en: "and asks you to install something", category: "app-install-lure"},
	{id: "pay", features: []string{"lure.gift-card", "lure.purchase", "lure.amount-due", "lure.billing", "lure.request"},
		ja: "お金を払わせようとしています", en: "and asks you to pay", category: "one-click-billing"},
	{id: "allow", features: []string{"lure.allow", "lure.permission-api"},
		ja: "許可を押させようとしています", en: "and asks you to press Allow", category: "notification-abuse"},
	{id: "lock", features: []string{"lock.overlay", "lock.fullscreen", "lock.keyboard", "lock.dialog-loop", "lock.history", "lock.beforeunload", "lock.block-keys", "lock.windows"},
		ja: "画面を閉じさせないようにしています", en: "and keeps you from leaving", category: "fullscreen-lock"},
	// a form that asks for a card's number and code, a PIN, a one-time
	// code or a banking password (credential.go): a shop's checkout and a
	// bank's own sign-in ask it too, so it counts only with a claim
	{id: "credentials", features: []string{"lure.credential-form"},
		ja: "カード番号や暗証番号、パスワードを入力させようとしています", en: "and asks you to type your card number, PIN or password", category: "phishing-form"},
	// sound and countdowns: a player's or a shop's alone, a locker's with
	// an alarm about your device
	{id: "rush", features: []string{"pressure.sound", "pressure.countdown"},
		ja: "音や残り時間で急がせています", en: "and rushes you with sound or a countdown", category: "fullscreen-lock", pressure: true},
}

// onlyInConjunction are the mechanics that legitimate pages use for what
// they are: a meeting, a photo booth or a map asks for the camera, the
// microphone or the location; a player, a game or a ringing meeting plays
// sound; a game takes the keys, full screen and the pointer and asks
// before you leave; a consent, newsletter, age or sign-in layer covers the
// window; a shop counts down; a download site links programs. Alone they
// say nothing about a scam, so they weigh nothing alone (training pins
// their weights at 0, issue 20): they count through the conjunctions above,
// with a claim, and through the signatures and combinations that pair them
// with one. A permission request with no claim still makes nothing more
// than a warning possible elsewhere (decide.WarnOnly).
var onlyInConjunction = map[string]bool{
	"pressure.sound": true, "lure.permission-api": true,
	"lock.overlay": true, "lock.fullscreen": true, "lock.block-keys": true, "lock.beforeunload": true,
	"pressure.countdown": true, "lure.download": true,
	// "press Allow" is what a news site's or a map's own soft-ask says
	// too; a push lure's claim is its pretext (lure.pretext)
	"lure.allow": true, "sig.notification.press-allow": true,
	// a form for a card or a password is a shop's checkout and a bank's
	// sign-in; the phishing story and a brand's name in an address are a
	// carrier's, a card issuer's and an affiliate's own words: they count
	// only together, in conj.*-credentials (credential.go)
	"lure.credential-form": true, "alarm.phish-story": true, "authority.brand-host": true,
	// an amount and a deadline are what every bill says: a gas or phone
	// company's own statement, a card's payment page; a one-click bill's
	// claim is its registration or its threat (conj.bill-pay), and no
	// scam page of the whole corpus shows an amount due without a claim
	// but one it misses anyway (2026-12-07, branch family)
	"lure.amount-due": true,
}

// OnlyInConjunction says whether the feature weighs nothing alone.
func (d Def) OnlyInConjunction() bool { return onlyInConjunction[d.Name] }

// conjunctionDefs are the claim × ask features, claims outer.
func conjunctionDefs() []Def {
	var out []Def
	for _, c := range claimSides {
		for _, a := range askSides {
			group := Conjunction
			if a.pressure {
				group = Combined
			}
			out = append(out, Def{Name: ConjPrefix + c.id + "-" + a.id, Group: group, Category: a.category,
				Title:       advice.Text{Ja: c.ja + "、" + a.ja, En: c.en + " " + a.en},
				Explanation: advice.Text{Ja: "詐欺は、何かを名乗ることと、何かをさせることを組み合わせます。このページは両方をしています。", En: "A scam pairs a claim with an ask; this page does both."}})
		}
	}
	return out
}

// conjTable is where Conjoin reads and writes, by position: the names of
// the sides' features and of the pairs looked up once (Conjoin runs for
// every page, twice when runtime evidence raised an ask, and 56 name
// look-ups and 49 names built a page were a tenth of a small page's
// features). A name the extractor does not define reads position 0, as
// the map look-up it replaces did.
type conjTable struct {
	claims, asks [][]int   // per side: its features' positions
	pairs        [][]int   // claim side × ask side: the pair's position
	only         [][][]int // claim side × ask side: the claim's positions for that ask when the side's notFor leaves some out, else nil
	explained    []int     // explainedBy's positions
	voiced       []int     // the positions OwnVoice scales, each once
}

// maxAskSides bounds askSides for Conjoin's arrays on the stack (New checks).
const maxAskSides = 16

func newConjTable(index map[string]int) (*conjTable, error) {
	if len(askSides) > maxAskSides {
		return nil, fmt.Errorf("%d ask sides, at most %d", len(askSides), maxAskSides)
	}
	at := func(names []string) []int {
		out := make([]int, len(names))
		for k, n := range names {
			out[k] = index[n]
		}
		return out
	}
	t := &conjTable{explained: at(explainedBy)}
	for _, c := range claimSides {
		t.claims = append(t.claims, at(c.features))
	}
	for _, a := range askSides {
		t.asks = append(t.asks, at(a.features))
	}
	for _, c := range claimSides {
		row := make([]int, len(askSides))
		only := make([][]int, len(askSides))
		for k, a := range askSides {
			row[k] = index[ConjPrefix+c.id+"-"+a.id]
			if skip := c.notFor[a.id]; skip != nil {
				only[k] = at(slices.DeleteFunc(slices.Clone(c.features), func(n string) bool { return slices.Contains(skip, n) }))
			}
		}
		t.pairs = append(t.pairs, row)
		t.only = append(t.only, only)
	}
	seen := map[int]bool{}
	voiced := append([]string{"alarm.your-device"}, voicedCombinations...)
	for _, c := range claimSides {
		voiced = append(voiced, c.features...)
	}
	for _, n := range voiced {
		if i, ok := index[n]; ok && !seen[i] {
			seen[i] = true
			t.voiced = append(t.voiced, i)
		}
	}
	return t, nil
}

// strongestAt is the strongest of the features at positions, capped at
// 1, with the evidence of the first that holds it.
func strongestAt(v *Vector, positions []int) (float64, []string) {
	best, ev := 0.0, []string(nil)
	for _, i := range positions {
		if v.Values[i] > best {
			best, ev = v.Values[i], v.Evidence[i]
		}
	}
	return math.Min(best, 1), ev
}

// Conjoin sets the conjunction features from the others: each the
// strongest feature of its claim side times the strongest of its ask side.
// Extraction calls it, and internal/decide again after runtime evidence
// raised an ask.
func (e *Extractor) Conjoin(v *Vector) {
	t := e.conj
	var ax [maxAskSides]float64 // each ask side's strength and evidence, read once (not once per claim side)
	var aev [maxAskSides][]string
	for k, a := range t.asks {
		ax[k], aev[k] = strongestAt(v, a)
	}
	// the claim sides are already in the page's own voice (OwnVoice)
	for ci, c := range t.claims {
		cx, cev := strongestAt(v, c)
		for k, i := range t.pairs[ci] {
			x, xev := cx, cev
			if only := t.only[ci][k]; only != nil {
				x, xev = strongestAt(v, only)
			}
			v.Values[i] = x * ax[k]
			if v.Values[i] > 0 {
				v.Evidence[i] = append(append([]string(nil), first(xev)...), first(aev[k])...)
			} else {
				delete(v.Evidence, i)
			}
		}
	}
}

func first(ev []string) []string {
	if len(ev) > 0 {
		return ev[:1]
	}
	return nil
}

// ClaimMade is how strongly the page makes a claim in its own voice: its
// strongest claim side. Runtime evidence counts for an ask only on a page
// that claims something (internal/decide).
func (e *Extractor) ClaimMade(v *Vector) float64 {
	best := 0.0
	for _, c := range e.conj.claims {
		for _, i := range c {
			best = math.Max(best, v.Values[i])
		}
	}
	return math.Min(best, 1)
}

// IsClaim says whether the feature is on a claim side: a pretext such as
// a human check or a prize is a claim even where its group is Lure.
func IsClaim(name string) bool {
	for _, c := range claimSides {
		for _, n := range c.features {
			if n == name {
				return true
			}
		}
	}
	return false
}

// explainedBy are the signs that a page speaks about a scam rather than as
// one: headings that explain or ask (how to spot, what is), awareness and
// third-person report language, a scam's screen shown as an example, the
// alarm inside quotation marks. A scam's own page almost never carries them
// (of the corpus's 347 scam pages, 2 have explainer headings, 3 a quoted
// alarm, none the others). Article markup and bylines are not among them:
// they say the page is an article, not in whose voice its claims are — a
// fake update drawn over a hacked blog (ClearFake) keeps the blog's byline.
//
// negative.brand-site is the other way a claim is not a scam's: the page is
// served from the catalogue brand's own domain (not a host where anyone
// publishes), so Microsoft's "update Windows" on support.microsoft.com or
// Kaspersky's virus-removal tool on kaspersky.co.jp is the company's own
// true word; negative.gov-site likewise for an address only a government
// can hold (a city's WAF page). No scam page of the corpus is served from
// either.
//
// negative.own-tools, negative.trial-terms and negative.if-happens are the
// voice of a how-to (steps in the reader's own settings), of a real
// sign-up (its trial terms) and of advice (if your card is lost): each is
// set only where the page claims nothing about the reader (owntools.go,
// trialterms.go, ifhappens.go). negative.own-update is a vendor's word
// on its own product's update (ownupdate.go); negative.own-outage a site's
// own error page asking to try again later (ownoutage.go); negative.news-voice
// a signed, dated article that claims nothing about the reader (newsvoice.go).
var explainedBy = []string{"negative.explainer", "negative.aware", "negative.report", "negative.example-screen", "negative.quoted-alarm",
	"negative.brand-site", "negative.gov-site", "negative.deck", "negative.own-tools", "negative.trial-terms", "negative.if-happens",
	"negative.service-shop", "negative.game", "negative.own-update", "negative.own-outage", "negative.news-voice"}

// Voice is how much the page's claims are its own (0–1): one less the
// strongest sign that it explains or quotes them. An article that
// describes "Windows Defender: your PC is infected, call …" makes the
// claim in the scam's voice, not its own; its claims count at that
// strength in the conjunctions, in what runtime evidence needs, and in
// the block's gate (internal/decide), so one more mechanic on such a page
// cannot make it block.
func (e *Extractor) Voice(v *Vector) float64 {
	explained := 0.0
	for _, i := range e.conj.explained {
		explained = math.Max(explained, v.Values[i])
	}
	return 1 - math.Min(explained, 1)
}

// voicedCombinations are the hand-made combinations that stand on a claim
// (a brand, an alarm, a prize, a refund): like the conjunctions, they count
// in the page's own voice.
var voicedCombinations = []string{"combined.mechanics-3", "combined.mechanics-4", "combined.alarm-phone", "combined.authority-phone",
	"combined.alarm-lure", "combined.overlay-lure", "combined.prize-pressure", "combined.refund-lure"}

// OwnVoice scales every claim — the claim sides' features, "your device",
// and the combinations that stand on a claim — by the page's voice: an
// article that reports "Your browser is out of date - Update Chrome" or a
// health ministry's page on a virus makes no claim of its own, so its
// claims weigh in the score, the conjunctions, what runtime evidence needs
// and the block's gate only as far as they are its own (issue 20). Before
// 2026-12-07 (evening) only the conjunctions and the gate were scaled, and
// explained claims still carried awareness pages past the warn line.
func (e *Extractor) OwnVoice(v *Vector) {
	voice := e.Voice(v)
	if voice >= 1 {
		return
	}
	for _, i := range e.conj.voiced {
		v.Values[i] *= voice
	}
}
