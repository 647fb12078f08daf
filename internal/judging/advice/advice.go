// Package advice is the catalog of what to do instead, in plain Japanese and
// English, written from IPA's countermeasures against fake security
// warnings (情報セキュリティ10大脅威, 偽セキュリティ警告対策). Calm words, no
// jargon: the parent reads these.
package advice

import "slices"

// Text is one sentence or paragraph in both languages.
type Text struct {
	Ja string `json:"ja"`
	En string `json:"en"`
}

// In is the text in lang: English for "en", Japanese otherwise (Japanese first).
func (t Text) In(lang string) string {
	if lang == "en" {
		return t.En
	}
	return t.Ja
}

// Item is one piece of advice.
type Item struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Body  Text   `json:"body"`
	URL   string `json:"url,omitempty"`
}

// HelpLine is a trusted place to ask for help.
type HelpLine struct {
	ID     string `json:"id"`
	Name   Text   `json:"name"`
	Number string `json:"number"`
	Hours  Text   `json:"hours"`
	URL    string `json:"url"`
}

const ipaFakeAlert = "https://www.ipa.go.jp/security/anshin/measures/fakealert.html"

var items = []Item{
	{"do-not-call", Text{"表示された番号に電話しないでください", "Do not call the number on the screen"},
		Text{"本物のマイクロソフトやアップル、セキュリティ会社が、画面に電話番号を出して電話をさせることはありません。電話の相手は詐欺師です。",
			"Real companies such as Microsoft, Apple or antivirus makers never put a phone number on a warning and ask you to call. The person who answers is a scammer."}, ipaFakeAlert},
	{"no-remote-control", Text{"パソコンを操作させないでください", "Do not let anyone control your computer"},
		Text{"「遠隔操作で直します」と言われても、AnyDesk や TeamViewer などのソフトを入れたり、表示された番号を伝えたりしないでください。",
			"If someone offers to fix your computer remotely, do not install programs such as AnyDesk or TeamViewer and do not read out any code to them."}, ipaFakeAlert},
	{"do-not-pay", Text{"お金を払わないでください", "Do not pay anything"},
		Text{"サポート料金やセキュリティソフトの代金を求められても払わないでください。コンビニで電子マネーやギフトカードを買うように言われたら、それは詐欺です。",
			"Do not pay for support or software they ask for. If you are told to buy gift cards or prepaid cards at a shop, it is a scam."}, ipaFakeAlert},
	{"do-not-enter", Text{"カード番号やパスワードを入力しないでください", "Do not type your card number or password"},
		Text{"銀行・カード会社・運送会社・税務署などが、メールやSMSのリンクから、カード番号・セキュリティコード・暗証番号・ワンタイムパスワード・マイナンバーを入力させることはありません。確かめるときは、公式アプリや、いつも使っているブックマークから開いてください。もう入力してしまったときは、カードの裏にある番号や、銀行の窓口にすぐ電話して、カードや口座を止めてもらってください。",
			"Banks, card companies, carriers and tax offices never ask you to type your card number, security code, PIN, one-time code or My Number on a page opened from an e-mail or a text message. To check, open their own app or your usual bookmark. If you already typed them, call the number on the back of your card or your bank right away to stop the card or the account."},
		"https://www.antiphishing.jp/consumer/"},
	{"close-browser", Text{"ブラウザを閉じれば大丈夫です", "Closing the browser is enough"},
		Text{"この警告は本物ではありません。あなたのパソコンは壊れていません。閉じられないときは、キーボードの Esc キーを長く押してから、Ctrl と Alt と Delete を同時に押して「タスクマネージャー」でブラウザを終了するか、パソコンを再起動してください。",
			"The warning is not real and your computer is not broken. If the page will not close, hold the Esc key, then press Ctrl, Alt and Delete together and end the browser in Task Manager, or restart the computer."},
		"https://www.ipa.go.jp/security/anshin/doe3um0000005cag-att/20231115173500.pdf"},
	{"no-notifications", Text{"通知を「許可」しないでください", "Do not press \"Allow\" for notifications"},
		Text{"「ロボットでないなら許可を押して」などと言うページの通知を許可すると、偽の警告が何度も表示されるようになります。許可してしまったら、ブラウザの設定からそのサイトの通知を削除してください。",
			"Pages that say \"press Allow if you are not a robot\" use notifications to show fake warnings again and again. If you allowed one, remove that site in the browser's notification settings."},
		"https://www.ipa.go.jp/security/anshin/attention/2021/mgdayori20210309.html"},
	{"do-not-paste", Text{"指示されたキー操作や貼り付けをしないでください", "Do not press the keys or paste what the page asks"},
		Text{"「Windows キーと R を押して、Ctrl+V で貼り付けて Enter」という指示は、あなたのパソコンにウイルスを入れる命令を実行させるものです。本物の確認画面がこのような操作を求めることはありません。",
			"\"Press Windows+R, then Ctrl+V, then Enter\" makes your own computer run a command that installs malware. No real check ever asks you to do this."}, ""},
	{"do-not-install", Text{"言われたアプリやソフトを入れないでください", "Do not install the app or program it offers"},
		Text{"偽の警告が勧めるアプリやソフトは、不要な料金がかかったり、情報を盗んだりします。入れてしまったら削除し、定期購入になっていないか確認してください。",
			"Apps and programs pushed by fake warnings cost money you do not owe or steal information. If you installed one, remove it and check that no subscription was started."},
		"https://www.ipa.go.jp/security/anshin/attention/2022/mgdayori20221025.html"},
	{"ignore-billing", Text{"請求は無視してください", "Ignore the bill"},
		Text{"見ただけで「登録完了」「料金を払え」と出る画面には、払う必要も、連絡する必要もありません。相手はあなたの名前や住所を知りません。",
			"A page that says you signed up and must pay just because you opened it cannot make you pay. Do not pay and do not contact them: they do not know your name or address."}, "https://www.kokusen.go.jp/"},
	{"no-permission", Text{"カメラや位置情報を許可しないでください", "Do not allow the camera or your location"},
		Text{"見知らぬページがカメラや位置情報を求めても「ブロック」を選んでください。",
			"If an unfamiliar page asks for your camera or location, choose \"Block\"."}, ""},
	{"if-called-or-paid", Text{"もう電話したり払ったりしたときは", "If you already called or paid"},
		Text{"あわてなくて大丈夫です。電話を切り、パソコンをインターネットから外してください。遠隔操作されたときは、入れられたソフトを削除してください。お金を払ったときは、カード会社や電子マネーの会社、消費者ホットライン（188）に、すぐに相談してください。",
			"Stay calm. Hang up and disconnect the computer from the internet. If they controlled your computer, remove the program they installed. If you paid, contact your card company or the gift-card company and a consumer hotline right away."}, ipaFakeAlert},
}

var helpLines = []HelpLine{
	{"ipa", Text{"IPA 情報セキュリティ安心相談窓口", "IPA Information Security Helpline (Japan)"}, "03-5978-7509",
		Text{"平日 10:00〜12:00、13:30〜17:00", "Weekdays 10:00–12:00, 13:30–17:00 JST"}, "https://www.ipa.go.jp/security/anshin/"},
	{"consumer-188", Text{"消費者ホットライン", "Consumer Hotline (Japan)"}, "188",
		Text{"お近くの消費生活センターにつながります", "Connects you to your local consumer centre"}, "https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/"},
	{"police-9110", Text{"警察相談専用電話", "Police consultation line (Japan)"}, "#9110",
		Text{"平日 8:30〜17:15（地域により異なります）", "Weekdays 8:30–17:15 (varies by prefecture)"}, "https://www.gov-online.go.jp/useful/article/201309/2.html"},
}

// Catalog gives access to the advice items and help lines.
type Catalog struct{ byID map[string]Item }

// New returns the built-in catalog.
func New() *Catalog {
	c := &Catalog{byID: map[string]Item{}}
	for _, it := range items {
		c.byID[it.ID] = it
	}
	return c
}

// Known says whether an advice id exists.
func (c *Catalog) Known(id string) bool { _, ok := c.byID[id]; return ok }

// Get returns the items for ids, in catalog order, without duplicates.
func (c *Catalog) Get(ids []string) []Item {
	var out []Item
	for _, it := range items {
		if slices.Contains(ids, it.ID) { // a verdict's ids are a handful: no set built per page
			out = append(out, it)
		}
	}
	return out
}

// HelpLines returns the trusted help lines.
func (c *Catalog) HelpLines() []HelpLine { return append([]HelpLine(nil), helpLines...) }
