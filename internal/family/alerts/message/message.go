// Package message is what a guardian alert says, in the guardian's language
// (ja/en): the kind of scam in the block page's and the record's words,
// when, the numbers it showed, what the person did, and the page's address
// only when the guardian asked for it. Never page content or pictures.
package message

import (
	"bytes"
	_ "embed"
	"fmt"
	htmpl "html/template"
	"strings"
	ttmpl "text/template"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/record/report"
)

// Kinds of alert.
const (
	KindBlock  = "block"  // a page was stopped
	KindWarn   = "warn"   // a page was warned about
	KindChoice = "choice" // what the person did after an alert was sent (continued, reported)
	KindStep   = "step"   // the scam's next step, during a scam session
	KindTest   = "test"   // `alertguard guardian alerts test`
)

// Limits: what an alert carries is bounded whatever the page held.
const (
	MaxPhones     = 5
	MaxCategories = 6
	MaxURL        = 300
)

// Alert is everything an alert may say. URL is empty unless the guardian
// ticked "include the address".
type Alert struct {
	Kind       string   `json:"kind"`
	Time       string   `json:"time"` // RFC 3339
	Categories []string `json:"categories,omitempty"`
	Phones     []string `json:"phones,omitempty"`
	Choice     string   `json:"choice,omitempty"`
	WithPIN    bool     `json:"withPin,omitempty"`
	URL        string   `json:"url,omitempty"`
	Repeats    int      `json:"repeats,omitempty"`    // the same page fired again this many times before sending
	Suppressed int      `json:"suppressed,omitempty"` // alerts not sent because of the rate limit since the last one
	Step       string   `json:"step,omitempty"`       // KindStep: remote-access, screen-share, gift-card, scam-number
	Earlier    string   `json:"earlier,omitempty"`    // KindStep: when the scam session began (RFC 3339)
}

// Rendered is an alert in one language, for every channel.
type Rendered struct {
	Subject string // e-mail subject, push title
	Text    string // plain text (ntfy, LINE, chat webhooks, e-mail)
	HTML    string // the e-mail's HTML part
}

// Lang is "ja" unless "en".
func Lang(l string) string {
	if l == "en" {
		return "en"
	}
	return "ja"
}

// kindOrder mirrors extension/lib/words.js scamKind: the first sentence of
// blocked.html comes from the most harmful kind present; its first action is
// one of the advice catalog's items.
var kindOrder = []struct {
	categories []string
	advice     string
}{
	{[]string{"clickfix"}, "do-not-paste"},
	{[]string{"phishing-form"}, "do-not-enter"},
	{[]string{"one-click-billing"}, "ignore-billing"},
	{[]string{"phone-lure"}, "do-not-call"},
	{[]string{"notification-abuse"}, "no-notifications"},
	{[]string{"app-install-lure", "fake-av-purchase"}, "do-not-install"},
	{[]string{"permission-lure"}, "no-permission"},
}

// firstAction is the advice item blocked.html leads with for these categories.
func firstAction(cats []string, phones bool) string {
	has := map[string]bool{}
	for _, c := range cats {
		has[c] = true
	}
	for _, k := range kindOrder {
		for _, c := range k.categories {
			if has[c] {
				return k.advice
			}
		}
		if k.advice == "do-not-call" && phones {
			return k.advice
		}
	}
	return "close-browser"
}

var stepWords = map[string]advice.Text{
	"remote-access": {Ja: "遠隔操作ソフトのページを開きました", En: "opened the page of a remote-control program"},
	"screen-share":  {Ja: "ページが画面の共有を求めました", En: "a page asked to share the screen"},
	"gift-card":     {Ja: "ギフトカードや電子マネー、暗号資産の購入ページを開きました", En: "opened a page to buy gift cards, prepaid money or crypto"},
	"scam-number":   {Ja: "詐欺の電話番号をページに入力しました", En: "typed the scam's phone number into a page"},
}

var words = map[string]advice.Text{
	"subjectblock":  {Ja: "AlertGuard：詐欺のページを止めました", En: "AlertGuard: a scam page was stopped"},
	"subjectwarn":   {Ja: "AlertGuard：危ないページに注意を出しました", En: "AlertGuard: a risky page was warned about"},
	"subjectchoice": {Ja: "AlertGuard：止めたページのその後", En: "AlertGuard: what happened after a stopped page"},
	"subjectstep":   {Ja: "AlertGuard：詐欺の次の手口に注意を出しました", En: "AlertGuard: the scam's next step was warned about"},
	"subjecttest":   {Ja: "AlertGuard：通知のテストです", En: "AlertGuard: test alert"},
	"leadblock":     {Ja: "%s に、ご家族のパソコンで AlertGuard が詐欺のページを止めました。", En: "At %s, AlertGuard stopped a scam page on your family member's computer."},
	"leadwarn":      {Ja: "%s に、ご家族のパソコンで AlertGuard が危ないページに注意を出しました。", En: "At %s, AlertGuard warned about a risky page on your family member's computer."},
	"leadchoice":    {Ja: "%s に止めたページについて、その後の操作が記録されました。", En: "What was done about the page stopped at %s has been recorded."},
	"leadstep":      {Ja: "%s に、詐欺のページのあとで、ご家族が次のことをしようとしました（AlertGuard が注意を出しました）：", En: "At %s, after a scam page, your family member's computer did this (AlertGuard warned about it):"},
	"leadtest":      {Ja: "%s に送った AlertGuard の通知のテストです。届いていれば設定は正しく、詐欺のページを止めたときにこの宛先に知らせます。", En: "This is an AlertGuard test alert sent at %s. If you can read it, alerts are set up: you will hear here when a scam page is stopped."},
	"kinds":         {Ja: "種類", En: "Kind"},
	"pageSaid":      {Ja: "画面に出した注意", En: "What the block page told them"},
	"numbers":       {Ja: "ページに出ていた電話番号（詐欺の番号です）", En: "Numbers the page showed (the scam's numbers)"},
	"choice":        {Ja: "その後の操作", En: "What was done"},
	"noChoice":      {Ja: "まだ記録されていません", En: "not recorded yet"},
	"address":       {Ja: "ページのアドレス", En: "Page address"},
	"repeats":       {Ja: "同じページがこのあと %d 回くり返し出ました（1 通にまとめています）。", En: "The same page came back %d more times (one alert for all of them)."},
	"suppressed":    {Ja: "通知が多すぎたため、ほかに %d 件は送っていません。記録で確認してください。", En: "%d other alerts were not sent because there were too many; see the record."},
	"earlier":       {Ja: "詐欺のページが出たのは %s です。電話の相手に言われてしていることかもしれません。", En: "The scam page showed at %s. Someone on the phone may be telling them what to do."},
	"privacy":       {Ja: "ページの中身や画像は送っていません。詳しくは、そのパソコンの AlertGuard の記録で見られます。", En: "No page content or pictures are sent. The full record is in AlertGuard on that computer."},
	"callThem":      {Ja: "心配なときは、ご家族に電話して「画面の番号には電話しないで、お金も払わないで」と伝えてください。相談先：消費者ホットライン 188、IPA 情報セキュリティ安心相談窓口 03-5978-7509。", En: "If you are worried, call your family member and tell them not to call the number on the screen and not to pay. In Japan: Consumer Hotline 188, IPA helpline 03-5978-7509."},
	"withPIN":       {Ja: "（保護者の暗証番号で）", En: " (with the guardian PIN)"},
	"step":          {Ja: "次の手口", En: "Next step"},
	"testNote":      {Ja: "これはテストです。何も起きていません。", En: "This is a test. Nothing has happened."},
}

func word(key, lang string) string { return words[key].In(lang) }

// Line is one labelled fact.
type Line struct{ Label, Value string }

// view is the alert as sentences and labelled lines, shared by the text
// and HTML templates.
type view struct {
	Lang, Subject, Lead string
	Lines               []Line
	Notes               []string
	Privacy, CallThem   string
}

func build(a Alert, lang string, loc *time.Location) view {
	lang = Lang(lang)
	if loc == nil {
		loc = time.Local
	}
	kind := a.Kind
	if _, ok := words["subject"+kind]; !ok {
		kind = KindBlock
	}
	v := view{Lang: lang, Subject: word("subject"+kind, lang), Lead: fmt.Sprintf(word("lead"+kind, lang), when(a.Time, loc)),
		Privacy: word("privacy", lang), CallThem: word("callThem", lang)}
	if kind == KindTest {
		v.Notes = []string{word("testNote", lang)}
		v.CallThem = ""
		return v
	}
	if kind == KindStep {
		if t, ok := stepWords[a.Step]; ok {
			v.Lines = append(v.Lines, Line{word("step", lang), t.In(lang)})
		}
	}
	if kinds := names(a.Categories, lang); kinds != "" {
		v.Lines = append(v.Lines, Line{word("kinds", lang), kinds})
	}
	if kind == KindBlock || kind == KindWarn {
		item := advice.New().Get([]string{firstAction(a.Categories, len(a.Phones) > 0)})
		if len(item) == 1 {
			v.Lines = append(v.Lines, Line{word("pageSaid", lang), item[0].Title.In(lang)})
		}
	}
	if len(a.Phones) > 0 {
		v.Lines = append(v.Lines, Line{word("numbers", lang), strings.Join(a.Phones[:min(len(a.Phones), MaxPhones)], sep(lang))})
	}
	if kind != KindStep {
		v.Lines = append(v.Lines, Line{word("choice", lang), choiceName(a, lang)})
	}
	if a.URL != "" {
		v.Lines = append(v.Lines, Line{word("address", lang), cut(a.URL, MaxURL)})
	}
	if kind == KindStep && a.Earlier != "" {
		v.Notes = append(v.Notes, fmt.Sprintf(word("earlier", lang), when(a.Earlier, loc)))
	}
	if a.Repeats > 0 {
		v.Notes = append(v.Notes, fmt.Sprintf(word("repeats", lang), a.Repeats))
	}
	if a.Suppressed > 0 {
		v.Notes = append(v.Notes, fmt.Sprintf(word("suppressed", lang), a.Suppressed))
	}
	return v
}

func names(cats []string, lang string) string {
	var out []string
	for _, c := range cats[:min(len(cats), MaxCategories)] {
		out = append(out, report.CategoryName(c, lang))
	}
	return strings.Join(out, sep(lang))
}

func choiceName(a Alert, lang string) string {
	if a.Choice == "" {
		return word("noChoice", lang)
	}
	s := report.ChoiceName(a.Choice, lang)
	if a.WithPIN {
		s += word("withPIN", lang)
	}
	return s
}

func sep(lang string) string {
	if lang == "ja" {
		return "、"
	}
	return ", "
}

func when(rfc string, loc *time.Location) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return "?"
	}
	return t.In(loc).Format("2006-01-02 15:04 MST")
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

//go:embed alert.txt.tmpl
var textSrc string

//go:embed alert.html.tmpl
var htmlSrc string

var (
	textT = ttmpl.Must(ttmpl.New("text").Parse(textSrc))
	htmlT = htmpl.Must(htmpl.New("html").Parse(htmlSrc))
)

// Render words an alert in lang ("ja" or "en"), times in loc (nil: local).
func Render(a Alert, lang string, loc *time.Location) (Rendered, error) {
	v := build(a, lang, loc)
	var t, h bytes.Buffer
	if err := textT.Execute(&t, v); err != nil {
		return Rendered{}, fmt.Errorf("rendering the alert text: %w", err)
	}
	if err := htmlT.Execute(&h, v); err != nil {
		return Rendered{}, fmt.Errorf("rendering the alert HTML: %w", err)
	}
	return Rendered{Subject: v.Subject, Text: t.String(), HTML: h.String()}, nil
}
