package session

import (
	"fmt"
	"strings"
	"time"

	"github.com/alertguard/alertguard/internal/judging/advice"
	"github.com/alertguard/alertguard/internal/judging/verdict"
)

// stepText is each step's first sentence (%s: the program, shop or number).
var stepText = map[string][2]advice.Text{
	StepRemoteAccess: {{Ja: "このページは遠隔操作ソフト（%s）のページです。", En: "This is the page of a remote-control program (%s)."},
		{Ja: "遠隔操作ソフトを入れさせようとしています", En: "It wants you to install a remote-control program"}},
	StepScreenShare: {{Ja: "このページがあなたの画面を共有させようとしています。", En: "This page wants to share your screen.%s"},
		{Ja: "画面を共有させようとしています", En: "It wants you to share your screen"}},
	StepPayment: {{Ja: "このページはギフトカード・電子マネー・暗号資産の購入や支払いのページです（%s）。", En: "This page is for buying or paying with gift cards, prepaid money or crypto (%s)."},
		{Ja: "ギフトカードや電子マネーで払わせようとしています", En: "It wants you to pay with gift cards or prepaid money"}},
	StepScamNumber: {{Ja: "このページに、詐欺の電話番号 %s が入っています。これは詐欺の番号です。", En: "This page holds the scam's phone number %s. It is the scam's number."},
		{Ja: "詐欺の電話番号です", En: "It is the scam's phone number"}},
}

// stepKinds are the scam kinds a step also counts as, so the warn banner's
// one action fits it (extension/lib/words.js picks the action from the
// categories): a remote-control download is an app-install lure ("do not
// open the downloaded file"), the scam's number a phone lure ("do not call").
var stepKinds = map[string][]string{
	StepRemoteAccess: {"app-install-lure"}, StepScamNumber: {"phone-lure"},
}

var stepAdvice = map[string]string{
	StepRemoteAccess: "no-remote-control", StepScreenShare: "no-remote-control", StepPayment: "do-not-pay", StepScamNumber: "do-not-call",
}

// Warn turns an allowed page into the next-step warning.
func Warn(v *verdict.Result, step, what string, st State, now time.Time, cat *advice.Catalog) {
	words := stepText[step]
	first := advice.Text{Ja: fmt.Sprintf(words[0].Ja, orDash(what, "ja")), En: fmt.Sprintf(words[0].En, orDash(what, "en"))}
	if step == StepScreenShare {
		first = advice.Text{Ja: words[0].Ja, En: fmt.Sprintf(words[0].En, "")}
	}
	earlier := Earlier(st, now)
	v.Reasons = append([]verdict.Reason{{ID: "session." + step, Category: Category, Weight: verdict.WarnAt,
		Title: words[1], Explanation: first}}, v.Reasons...)
	if len(v.Reasons) > verdict.MaxReasons {
		v.Reasons = v.Reasons[:verdict.MaxReasons]
	}
	v.Categories = append([]string{Category}, stepKinds[step]...)
	v.Decision, v.Score = verdict.Warn, max(v.Score, verdict.WarnAt)
	v.Explanation = advice.Text{Ja: first.Ja + earlier.Ja, En: first.En + " " + earlier.En}
	v.Phones = st.Phones
	if v.Phones == nil {
		v.Phones = []verdict.Phone{}
	}
	if cat != nil {
		v.Advice = cat.Get([]string{stepAdvice[step], "if-called-or-paid"})
		v.HelpLines = cat.HelpLines()
	}
}

// Earlier names the scam page: "40 minutes ago a fake warning 「…」 showed
// 050-…; if someone on the phone asked you to do this, hang up."
func Earlier(st State, now time.Time) advice.Text {
	ago := now.Sub(st.Since)
	agoJa, agoEn := fmt.Sprintf("%d 分前", int(ago.Minutes())), fmt.Sprintf("%d minutes ago", int(ago.Minutes()))
	if ago >= 2*time.Hour {
		agoJa, agoEn = fmt.Sprintf("%d 時間前", int(ago.Hours())), fmt.Sprintf("%d hours ago", int(ago.Hours()))
	} else if ago < 2*time.Minute {
		agoJa, agoEn = "さきほど", "A moment ago"
	}
	title := []rune(strings.TrimSpace(st.Title))
	if len(title) > 40 {
		title = append(title[:40], '…')
	}
	var nums []string
	for _, p := range st.Phones[:min(len(st.Phones), 2)] {
		nums = append(nums, p.Display)
	}
	ja := agoJa + "に、偽の警告"
	en := agoEn + " a fake warning"
	if len(title) > 0 {
		ja += "「" + string(title) + "」"
		en += " (\"" + string(title) + "\")"
	}
	if len(nums) > 0 {
		ja += "が " + strings.Join(nums, "、") + " を表示しました。"
		en += " showed " + strings.Join(nums, ", ") + "."
	} else {
		ja += "が出ました。"
		en += " was stopped."
	}
	ja += "電話の相手にこうするよう言われているなら、電話を切ってください。"
	en += " If someone on the phone asked you to do this, hang up."
	return advice.Text{Ja: ja, En: en}
}

func orDash(s, lang string) string {
	if s != "" {
		return s
	}
	if lang == "ja" {
		return "コンビニ払いなど"
	}
	return "a convenience-store payment"
}
