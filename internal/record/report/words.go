package report

import "github.com/alertguard/alertguard/internal/judging/advice"

// The report's words, in the same terms as the extension's log page.
var categoryNames = map[string]advice.Text{
	"fake-alert":         {Ja: "偽の警告", En: "Fake warning"},
	"fullscreen-lock":    {Ja: "画面の乗っ取り", En: "Screen take-over"},
	"phone-lure":         {Ja: "電話をかけさせる", En: "Phone lure"},
	"notification-abuse": {Ja: "通知の悪用", En: "Notification trick"},
	"clickfix":           {Ja: "命令の貼り付け", En: "Paste-a-command trick"},
	"one-click-billing":  {Ja: "ワンクリック請求", En: "One-click billing"},
	"app-install-lure":   {Ja: "アプリを入れさせる", En: "App-install lure"},
	"fake-av-purchase":   {Ja: "ソフトを買わせる", En: "Fake security software"},
	"permission-lure":    {Ja: "カメラ・位置情報", En: "Camera or location lure"},
	"phishing-form":      {Ja: "偽のログイン・カード入力画面", En: "Fake sign-in or card form"},
	"guardian-block":     {Ja: "ご家族がブロック", En: "Blocked by the family"},
	"scam-next-step":     {Ja: "詐欺の次の手口", En: "The scam's next step"},
}

var choiceNames = map[string]advice.Text{
	"closed":    {Ja: "閉じた", En: "Closed it"},
	"went-back": {Ja: "新しいページに移った", En: "Went to a new page"},
	"continued": {Ja: "先に進んだ", En: "Continued to the page"},
	"reported":  {Ja: "誤判定として報告", En: "Reported as a false alarm"},
}

var words = map[string]advice.Text{
	"title":       {Ja: "AlertGuard の記録", En: "AlertGuard report"},
	"lead":        {Ja: "AlertGuard が止めたページと、注意を出したページです。", En: "Pages AlertGuard stopped or warned about."},
	"generated":   {Ja: "作成日時", En: "Made on"},
	"period":      {Ja: "期間", En: "Period"},
	"blocked":     {Ja: "止めたページ", En: "Pages stopped"},
	"warned":      {Ja: "注意を出したページ", En: "Pages warned about"},
	"reported":    {Ja: "誤判定の報告（確認してください）", En: "Reported as false alarms (please review)"},
	"continued":   {Ja: "先に進んだページ", En: "Pages continued to"},
	"time":        {Ja: "日時", En: "Time"},
	"verdict":     {Ja: "判定", En: "Verdict"},
	"site":        {Ja: "サイト", En: "Site"},
	"address":     {Ja: "アドレス", En: "Address"},
	"pageTitle":   {Ja: "ページの題名", En: "Page title"},
	"kinds":       {Ja: "種類", En: "Kind"},
	"numbers":     {Ja: "表示された電話番号", En: "Numbers shown"},
	"tried":       {Ja: "ページがしようとしたこと", En: "What the page tried"},
	"choice":      {Ja: "その後の操作", En: "What was done"},
	"picture":     {Ja: "ページの画像", En: "Picture of the page"},
	"id":          {Ja: "記録番号", En: "Record id"},
	"none":        {Ja: "なし", En: "none"},
	"noChoice":    {Ja: "記録なし", En: "not recorded"},
	"withPIN":     {Ja: "（保護者の暗証番号で）", En: " (with the guardian PIN)"},
	"block":       {Ja: "止めた", En: "Stopped"},
	"warn":        {Ja: "注意", En: "Warned"},
	"empty":       {Ja: "この期間の記録はありません。", En: "Nothing was recorded in this period."},
	"all":         {Ja: "すべて", En: "everything"},
	"doNotCall":   {Ja: "これらの番号には電話しないでください。", En: "Do not call these numbers."},
	"pictureNone": {Ja: "画像はありません", En: "No picture"},
}

func word(key, lang string) string { return words[key].In(lang) }

// CategoryName is a category's name for people; unknown ones stay as they are.
func CategoryName(cat, lang string) string {
	if t, ok := categoryNames[cat]; ok {
		return t.In(lang)
	}
	return cat
}

// ChoiceName is a choice's name for people.
func ChoiceName(c, lang string) string {
	if t, ok := choiceNames[c]; ok {
		return t.In(lang)
	}
	return c
}
