package features

import "github.com/alertguard/alertguard/internal/judging/advice"

// Groups: the five mechanics, the browser's runtime evidence, mechanics
// seen together, the signs of a legitimate page, and the YAML signatures.
const (
	Authority = "authority"
	Alarm     = "alarm"
	Lure      = "lure"
	Pressure  = "pressure"
	Lock      = "lock"
	Runtime   = "runtime"
	Combined  = "combined"
	Negative  = "negative"
	Signature = "signature"
)

// Def names one feature and says what it means, in both languages. Category
// is the kind of scam it points to (the verdict's categories), empty for
// negative evidence.
type Def struct {
	Name        string
	Group       string
	Category    string
	Title       advice.Text
	Explanation advice.Text
}

func t(ja, en string) advice.Text { return advice.Text{Ja: ja, En: en} }

// builtin lists the computed features; signatures are appended per set.
var builtin = []Def{
	{"authority.brand-claimed", Authority, "fake-alert", t("有名企業の名前を名乗っています", "It speaks in a well-known company's name"), t("見出しやロゴで有名な会社を名乗っていますが、その会社のサイトではありません。", "Its headings or logo claim a well-known company, but the site is not that company's.")},
	{"authority.brand-in-banner", Authority, "fake-alert", t("帯やメニューで有名企業の名前を出しています", "It shows a well-known company's name in a banner"), t("その会社のものではないサイトの帯やメニューに、会社の名前があります。", "A banner or menu names a company that does not own the site.")},
	{"authority.brand-named", Authority, "fake-alert", t("有名企業の名前を使っています", "It uses a well-known company's name"), t("その会社のものではないサイトで、有名な会社の名前を出しています。", "It names a well-known company on a site that company does not own.")},
	{"authority.title-brand", Authority, "fake-alert", t("タイトルで有名企業を名乗っています", "Its title claims a well-known company"), t("ページのタイトルに、このサイトの持ち主ではない会社の名前があります。", "The page title names a company that does not own this site.")},
	{"authority.host-claim", Authority, "fake-alert", t("アドレスが公式やサポートを名乗っています", "Its address claims to be official or a support desk"), t("「〇〇-download」「〇〇-support」「〇〇-secure」のように、名前に公式・サポート・安全などの言葉をつないだアドレスです。本物のサイトはこうしたアドレスを使いません。", "Its address joins a name with words like download, official, support or secure; real sites do not name their addresses that way.")},
	{"authority.institution-app", Authority, "app-install-lure", t("銀行や携帯電話会社、役所を名乗って、アプリのファイルを渡しています", "It hands you an app file in a bank's, a phone company's or a public office's name"), t("銀行・携帯電話会社・役所は、アプリをアプリストアでしか配りません。ページからアプリのファイル（.apk）を直接入れさせるのは、偽物の手口です。", "Banks, phone companies and public offices give out their apps through the app stores only; a page that hands you the app file (.apk) itself is a fake.")},
	{"authority.brand-host", Authority, "phishing-form", t("アドレスに有名企業の名前が入っていますが、その会社のサイトではありません", "Its address holds a well-known company's name, but it is not that company's site"), t("「smbc-card」「rakuten-co-jp」のように会社の名前をアドレスに入れた、別の人のサイトです。本物の会社は、自分のアドレスを使います。", "Someone else's site put a company's name into its address (like smbc-card or rakuten-co-jp); the real company uses its own address.")},
	{"authority.os-voice", Authority, "fake-alert", t("パソコンやブラウザーの画面のふりをしています", "It pretends to be your computer or browser"), t("Windows のセキュリティやブラウザーの警告を名乗っていますが、ウェブページです。", "It speaks as Windows security or your browser, but it is only a web page.")},
	{"authority.fake-chrome", Authority, "fake-alert", t("偽のブラウザー画面を描いています", "It draws a fake browser window"), t("ページの中に、アドレスバーやウィンドウの枠をまねた絵を描いています。", "It draws an address bar or window frame inside the page to look like something else.")},
	{"alarm.words", Alarm, "fake-alert", t("ウイルスや故障の話で不安にさせます", "It frightens you with viruses or damage"), t("感染・盗難・破損などの言葉を並べています。", "It piles up words about infection, theft and damage.")},
	{"alarm.prominent", Alarm, "fake-alert", t("大きな見出しで危険を知らせるふりをしています", "Its headings sound an alarm"), t("見出しやダイアログに、警告の言葉があります。", "Its headings or dialogs carry the alarm.")},
	{"alarm.your-device", Alarm, "fake-alert", t("あなたのパソコンのことだと言っています", "It says it is about your own computer"), t("「お使いのコンピュータ」など、見ている人の端末について話しています。", "It talks about your computer, your files, your data.")},
	{"alarm.error-code", Alarm, "fake-alert", t("偽のエラー番号を出しています", "It shows a made-up error code"), t("それらしいエラー番号で、本物の警告に見せかけています。", "It shows an error code to look like a real system message.")},
	{"alarm.threat-count", Alarm, "fake-alert", t("見つかった脅威の数を出しています", "It counts threats it claims to have found"), t("「3件の脅威」など、調べてもいないのに数を出しています。", "It claims a number of threats found, without having looked at your computer.")},
	{"alarm.fake-scan", Alarm, "fake-alert", t("偽のウイルス検査の結果を出しています", "It shows fake scan results"), t("ウェブページはパソコンの中を検査できません。", "A web page cannot scan your computer.")},
	{"alarm.registered", Alarm, "one-click-billing", t("勝手に登録したと言っています", "It says you have registered"), t("ページを開いただけで「登録完了」「端末情報を記録」と言い、料金を請求する手口です。", "It claims you joined by opening the page and that it recorded your device, to bill you.")},
	{"alarm.account", Alarm, "phone-lure", t("あなたのカードや口座が止められたと言っています", "It says your card or account was stopped"), t("「お客様のカードは停止されました」「不正利用を検知しました」と言って電話させるのは詐欺の手口です。カード会社に確かめるときは、カードの裏の番号にかけてください。", "Saying your card or account was locked or that fraud was detected, to make you call, is a scam's story. To check, call the number on the back of your card.")},
	{"alarm.phish-story", Alarm, "phishing-form", t("アカウントの停止や本人確認、荷物や未納料金の話をしています", "It says your account is suspended, or that you must verify, redeliver or pay"), t("「アカウントを一時停止しました」「本人確認が必要です」「お荷物をお届けできませんでした」「未納料金があります」と言って、カード番号やパスワードを入力させるのは、偽のサイト（フィッシング）の手口です。確かめるときは、公式アプリやブックマークから開いてください。", "Saying your account is on hold, that you must verify yourself, that a parcel could not be delivered or a fee is unpaid, to make you type your card number or password, is a fake site's (phishing) story. To check, open the company's own app or a bookmark.")},
	{"alarm.update-required", Alarm, "app-install-lure", t("更新が必要だとうそを言っています", "It claims your browser or computer must be updated"), t("ウェブページは、お使いのブラウザーやパソコンが古いかどうかを知りません。更新はブラウザーの設定から行います。", "A web page cannot know whether your browser or computer is out of date; real updates come from the browser's own settings.")},
	{"alarm.dialog", Alarm, "fake-alert", t("警告のダイアログを出します", "It opens alarming dialogs"), t("ブラウザーのダイアログで警告を出します。", "It uses the browser's dialogs to alarm you.")},
	{"lure.phone", Lure, "phone-lure", t("電話番号を出しています", "It shows a phone number"), t("電話をかけさせようとする番号があります。", "It shows a number for you to call.")},
	{"lure.phone-tollfree", Lure, "phone-lure", t("無料通話・IP電話の番号です", "The number is toll-free or internet telephony"), t("詐欺はフリーダイヤルや 050 の番号をよく使います。", "Scams often use toll-free or internet numbers.")},
	{"lure.phone-prominent", Lure, "phone-lure", t("電話番号を目立たせています", "The number is shown prominently"), t("見出しやダイアログに電話番号があります。", "The number is in a heading, banner or dialog.")},
	{"lure.phone-hidden", Lure, "phone-lure", t("電話番号をタイトルや画像の説明に入れています", "The number sits in the title, image text or a call link"), t("ページのタイトル、画像の説明文、電話リンクに番号があります。", "The number is in the page title, an image's text or a call link.")},
	{"lure.call-action", Lure, "phone-lure", t("電話をかけるよう求めています", "It tells you to call"), t("「今すぐ電話」などと、電話をかけさせようとしています。", "It tells you to call, now.")},
	{"lure.refund", Lure, "phone-lure", t("返金の話をしています", "It talks about a refund"), t("「返金しすぎたので返して」という詐欺の手口です。", "\"We refunded you too much, send it back\" is a scam's story.")},
	{"lure.request", Lure, "phone-lure", t("インストールや支払いを直接求めています", "It tells you to install, pay or read out a code"), t("「インストールしてください」「お支払いください」などと直接求めています。", "It asks you outright to install something, pay, or read out a code.")},
	{"lure.amount-due", Lure, "one-click-billing", t("金額と期限を示しています", "It shows an amount and a deadline"), t("料金と支払い期限を示して払わせようとしています。", "It shows a sum and a deadline to make you pay.")},
	{"lure.call-words", Lure, "phone-lure", t("電話するように言っています", "It asks you to call"), t("番号のそばに「今すぐ電話」などの言葉があります。", "Words next to the number ask you to call.")},
	{"lure.remote-tool", Lure, "phone-lure", t("遠隔操作のソフトを入れさせようとしています", "It wants you to install a remote-control tool"), t("AnyDesk などを入れると、他人があなたのパソコンを操作できます。", "Tools like AnyDesk let a stranger control your computer.")},
	{"lure.credential-form", Lure, "phishing-form", t("カード番号や暗証番号、パスワードを入力させようとしています", "It asks you to type your card number, PIN or password"), t("カード番号・有効期限・セキュリティコード・暗証番号・ワンタイムパスワード・マイナンバーなどを入力する欄があります。銀行やカード会社、運送会社がメールやSMSのリンクから、これらを入力させることはありません。", "It has fields for a card number, expiry, security code, PIN, one-time code or My Number. Banks, card companies and carriers never ask you to type these on a page opened from an e-mail or a text message.")},
	{"lure.gift-card", Lure, "fake-av-purchase", t("ギフトカードやコンビニでの支払いを求めています", "It asks for gift cards or convenience-store payment"), t("ギフトカードや電子マネーで支払わせるのは詐欺の手口です。", "Asking for gift cards or prepaid money is a scam's way to be paid.")},
	{"lure.purchase", Lure, "fake-av-purchase", t("ウイルス対策ソフトを買わせようとしています", "It pushes you to buy protection"), t("偽の警告のあとで、更新や購入を急がせています。", "After the fake warning it pushes a renewal or purchase.")},
	{"lure.billing", Lure, "one-click-billing", t("料金の支払いを求めています", "It asks for a payment"), t("料金・支払い期限・振込などの言葉で、支払いを求めています。", "It talks of fees, deadlines and transfers to make you pay.")},
	{"lure.download", Lure, "app-install-lure", t("プログラムをダウンロードさせます", "It makes you download a program"), t("実行ファイルや圧縮ファイルへのリンクがあります。", "It links to a program or archive to download.")},
	{"lure.app-store", Lure, "app-install-lure", t("アプリを入れさせようとしています", "It pushes you to install an app"), t("アプリのインストールや更新を急がせています。", "It pushes an app install or update.")},
	{"lure.pretext", Lure, "notification-abuse", t("もっともらしい口実を言っています", "It gives a made-up reason"), t("「ロボットでないことの確認」「動画を見るため」「年齢確認」などの口実で、許可やボタンを押させようとしています。", "It says you must allow or click to prove you are not a robot, to watch a video or to confirm your age.")},
	{"lure.delivery-story", Lure, "app-install-lure", t("荷物や留守電の知らせを装って、アプリを入れさせようとしています", "It pretends a parcel or a message is waiting, to make you install an app"), t("運送会社や電話会社は、お知らせのためにアプリのファイルを直接渡したり、「提供元不明のアプリ」を許可させたりしません。", "Delivery and phone companies never hand you an app file or ask you to allow apps from unknown sources to tell you about a parcel or a message.")},
	{"lure.allow-proof", Lure, "notification-abuse", t("「許可」を押せば人間や大人の証明になる、動画やページが開くと言っています", "It says pressing Allow proves you are human or an adult, or opens a video, a download or the page"), t("ブラウザーの「許可」は、通知などを許すためのボタンです。ロボットでないことや年齢の確認にはならず、動画やダウンロード、ページを開く鍵でもありません。押すと広告や詐欺の通知が届くようになります。", "The browser's Allow button only lets the site send notifications or use your camera; it proves nothing about you and opens no video, download or page. Pressing it lets the site send you ads and scam alerts.")},
	{"lure.allow", Lure, "notification-abuse", t("「許可」を押させようとしています", "It asks you to press Allow"), t("通知などを「許可」させるための作り話があります。", "It tells a story to make you press Allow.")},
	{"lure.prize", Lure, "notification-abuse", t("当選したと言っています", "It says you won a prize"), t("当選や賞品の話で操作させようとしています。", "It uses a prize to make you act.")},
	{"lure.paste-steps", Lure, "clickfix", t("キー操作で命令を実行させようとしています", "It tells you which keys to press to run something"), t("Win+R、Ctrl+V、Enter などの手順を書いています。", "It lists keys such as Win+R, Ctrl+V, Enter.")},
	{"lure.verify-human", Lure, "clickfix", t("人間かどうかの確認を装っています", "It pretends to check that you are human"), t("本物の確認は、命令を貼り付けさせることはありません。", "A real check never asks you to paste anything.")},
	{"lure.command-text", Lure, "clickfix", t("パソコンを操る命令を見せています", "It shows a command that controls a computer"), t("PowerShell などの命令が書かれています。", "It shows a command such as PowerShell.")},
	{"lure.command-clipboard", Lure, "clickfix", t("命令をクリップボードにコピーします", "Its script copies a command to the clipboard"), t("ページのスクリプトが、パソコンを操る命令をコピーします。", "The page's script copies a computer command to your clipboard.")},
	{"lure.permission-api", Lure, "permission-lure", t("位置やカメラ、通知の許可を求めます", "It asks for your location, camera or notifications"), t("ページのスクリプトが許可を求める仕組みを持っています。", "The page's scripts ask for location, camera or notification rights.")},
	{"pressure.words", Pressure, "fake-alert", t("急がせています", "It rushes you"), t("「今すぐ」「至急」など、考える時間を与えない言葉があります。", "Words like 'immediately' leave you no time to think.")},
	{"pressure.countdown", Pressure, "fake-alert", t("カウントダウンで急がせています", "It counts down to rush you"), t("残り時間を表示して焦らせます。", "It shows a countdown to make you hurry.")},
	{"pressure.do-not-close", Pressure, "fake-alert", t("「閉じないで」と言っています", "It tells you not to close it"), t("本物の警告は、閉じないよう求めることはありません。", "A real warning never tells you not to close it.")},
	{"pressure.unless-paid", Pressure, "one-click-billing", t("払わなければ被害が続くと脅しています", "It threatens harm unless you pay"), t("支払わないとファイルや情報が流出する、感染が続く、などと脅しています。", "It says your files or data will leak or stay infected unless you pay.")},
	{"pressure.legal", Pressure, "one-click-billing", t("法的措置などで脅しています", "It threatens legal action"), t("警察や裁判の話で脅しています。", "It threatens you with the police or the courts.")},
	{"pressure.sound", Pressure, "fullscreen-lock", t("音を鳴らします", "It plays sounds"), t("警告音や音声で焦らせます。", "It plays alarms or speech to frighten you.")},
	{"lock.overlay", Lock, "fullscreen-lock", t("画面全体を覆っています", "It covers the whole window"), t("ページの上に、画面全体を覆う層を重ねています。", "It lays a layer over the whole window.")},
	{"lock.hidden-text", Lock, "fake-alert", t("文章を隠して、あとから書き出しています", "It hides its text and writes it later"), t("ページの文章を暗号のようにして隠し、表示するときに書き出しています。調べられないようにする手口です。", "It keeps its words scrambled and writes them out only when shown, to escape inspection.")},
	{"lock.fullscreen", Lock, "fullscreen-lock", t("全画面にしようとします", "It tries to go full screen"), t("全画面にして、閉じられないように見せます。", "It goes full screen so it looks impossible to close.")},
	{"lock.keyboard", Lock, "fullscreen-lock", t("キーボードやマウスを奪おうとします", "It tries to capture the keyboard or mouse"), t("Esc キーなどを効かなくしようとします。", "It tries to stop keys like Esc from working.")},
	{"lock.dialog-loop", Lock, "fullscreen-lock", t("ダイアログを繰り返し出します", "It repeats dialogs"), t("ダイアログを何度も出して、閉じにくくします。", "It opens dialogs again and again.")},
	{"lock.history", Lock, "fullscreen-lock", t("「戻る」を効かなくします", "It breaks the Back button"), t("履歴を書き換えて、前のページに戻れなくします。", "It floods the history so Back does not work.")},
	{"lock.beforeunload", Lock, "fullscreen-lock", t("ページを離れるのを邪魔します", "It resists being closed"), t("閉じようとすると確認を出します。", "It asks to stay when you try to leave.")},
	{"lock.block-keys", Lock, "fullscreen-lock", t("キー操作や右クリックを止めます", "It blocks keys or right-click"), t("普通の操作ができないようにしています。", "It stops normal keys or the right-click menu.")},
	{"lock.windows", Lock, "fullscreen-lock", t("窓を開いたり動かしたりします", "It opens, moves or prints windows"), t("新しい窓や印刷を繰り返します。", "It opens windows, moves them or prints again and again.")},
	{"runtime.fullscreen", Runtime, "fullscreen-lock", t("勝手に全画面になりました", "It went full screen on its own"), t("クリックしていないのに全画面になりました。", "It went full screen without you asking.")},
	{"runtime.keyboard-lock", Runtime, "fullscreen-lock", t("キーボードやマウスを奪いました", "It captured the keyboard or mouse"), t("ブラウザーが、キーボードやマウスの占有を確認しました。", "The browser saw it capture the keyboard or mouse.")},
	{"runtime.floods", Runtime, "fullscreen-lock", t("ダイアログや窓を繰り返し出しました", "It flooded dialogs, windows or history"), t("ブラウザーが、繰り返しの操作を確認しました。", "The browser saw it repeat dialogs, windows or history changes.")},
	{"runtime.clipboard-command", Runtime, "clickfix", t("危険な命令をクリップボードにコピーしました", "It copied a dangerous command to your clipboard"), t("どこにも貼り付けないでください。", "Do not paste it anywhere.")},
	{"runtime.clipboard-write", Runtime, "clickfix", t("クリップボードに書き込みました", "It wrote to your clipboard"), t("ページがクリップボードに何かをコピーしました。", "The page copied something to your clipboard.")},
	{"runtime.clipboard-shown-command", Runtime, "clickfix", t("表示中の命令がコピーされました", "A command shown on the page was copied"), t("ページに書かれている命令がコピーされました。説明ページのコピーボタンでもこうなります。", "A command written on the page was copied, as a documentation page's copy button does.")},
	{"runtime.permission-prompt", Runtime, "permission-lure", t("勝手に許可を求めました", "It asked for permissions on its own"), t("クリックしていないのに、通知・位置・カメラの許可を求めました。", "It asked for notifications, location or camera without you asking.")},
	{"runtime.download", Runtime, "app-install-lure", t("ダウンロードを始めました", "It started a download"), t("開かないでください。", "Do not open the file.")},
	{"runtime.sound", Runtime, "fullscreen-lock", t("勝手に音を鳴らしました", "It played sound on its own"), t("クリックしていないのに音を鳴らしました。", "It played sound without you asking.")},
	{"combined.mechanics-3", Combined, "fake-alert", t("詐欺の手口を3つ以上組み合わせています", "It combines three or more scam tricks"), t("有名企業を名乗る・不安にさせる・電話やソフトに誘う・急がせる・閉じさせない、のうち3つ以上があります。", "Of claiming a famous name, alarming, luring, rushing and locking, it does three or more.")},
	{"combined.mechanics-4", Combined, "fake-alert", t("詐欺の手口を4つ以上組み合わせています", "It combines four or more scam tricks"), t("本物のページがこれほど多くの手口を同時に使うことはありません。", "Real pages do not use this many of these tricks at once.")},
	{"combined.alarm-phone", Combined, "phone-lure", t("不安にさせて電話させようとしています", "It alarms you and shows a number to call"), t("警告の言葉と電話番号が一緒にあります。", "It puts an alarm and a phone number together.")},
	{"combined.authority-phone", Combined, "phone-lure", t("有名企業を名乗って電話させようとしています", "It claims a famous name and shows a number"), t("その会社のものではないサイトで、会社を名乗って電話番号を出しています。", "On a site the company does not own, it claims the company and shows a number.")},
	{"combined.alarm-lure", Combined, "fake-alert", t("不安にさせて何かをさせようとしています", "It alarms you, then asks you to act"), t("警告のあとに、電話・支払い・インストール・許可などを求めています。", "After the alarm it asks you to call, pay, install or allow something.")},
	{"combined.remote-phone", Combined, "phone-lure", t("電話と遠隔操作を組み合わせています", "It pairs a phone number with remote control"), t("電話させて、遠隔操作のソフトを入れさせる手口です。", "It has you call, then install a remote-control tool.")},
	{"combined.remote-payment", Combined, "phone-lure", t("遠隔操作と支払いを求めています", "It wants remote control and a payment"), t("遠隔操作のソフトを入れさせ、ギフトカードなどで払わせる手口です。", "It has you install a remote-control tool and pay, often with gift cards.")},
	{"combined.request-remote-or-card", Combined, "phone-lure", t("遠隔操作かギフトカードを直接求めています", "It asks you outright for remote control or gift cards"), t("遠隔操作のソフトやギフトカードを、あなたに直接求めています。", "It asks you, in so many words, to install a remote-control tool or to pay with gift cards.")},
	{"combined.prize-pressure", Combined, "notification-abuse", t("当選の話で急がせています", "It rushes you with a prize"), t("賞品の話と制限時間を組み合わせています。", "It pairs a prize with a time limit.")},
	{"combined.refund-lure", Combined, "phone-lure", t("返金の話で支払いや操作をさせます", "It uses a refund story to make you pay or give control"), t("返金を理由に、ギフトカードや遠隔操作、電話を求めています。", "It uses a refund to ask for gift cards, remote control or a call.")},
	{"combined.overlay-lure", Combined, "fake-alert", t("ページを覆って別のものに見せています", "It covers the page with something else"), t("画面全体を覆う層に、会社の名前・ダウンロード・警告などを出しています。", "A layer over the whole window shows a company's name, a download or a warning.")},
	{"combined.hidden-takeover", Combined, "fullscreen-lock", t("文字を見せずに画面を乗っ取ります", "It takes over the screen without any words to read"), t("全画面にしてキーボードを奪ったり音を鳴らしたりしますが、読める文字がありません。警告の文は絵や隠した文字で出しています。", "It goes full screen and takes the keys or plays sound, but shows no text: its message is drawn as a picture or hidden.")},
	{"combined.paste-command", Combined, "clickfix", t("命令をコピーして貼り付けさせます", "It copies a command and tells you to paste it"), t("貼り付けの手順と、コピーされる命令の両方があります。", "It has both the paste steps and the command it copies.")},
	{"negative.long-prose", Negative, "", t("長い文章があります", "It has long prose"), t("記事のような長い本文があります。", "It has the long text of an article.")},
	{"negative.paragraphs", Negative, "", t("段落がたくさんあります", "It has many paragraphs"), t("記事や説明ページの構成です。", "It is laid out like an article or a help page.")},
	{"negative.byline", Negative, "", t("筆者や日付があります", "It has a byline or dates"), t("記事の筆者名や公開日があります。", "It names an author or a publication date.")},
	{"negative.article-markup", Negative, "", t("記事として書かれています", "It is marked up as an article"), t("ページが自分を記事だと宣言しています。", "The page declares itself an article.")},
	{"negative.outbound-links", Negative, "", t("他のサイトへのリンクが多くあります", "It links to many other sites"), t("出典や関連サイトへのリンクがあります。", "It links out to sources and related sites.")},
	{"negative.site-links", Negative, "", t("サイトの中のリンクが多くあります", "It has many links"), t("普通のサイトのメニューやリンクがあります。", "It has the menus and links of an ordinary site.")},
	{"negative.aware", Negative, "", t("詐欺について注意を呼びかけています", "It warns about scams"), t("「詐欺」「偽」「電話しないで」など、注意喚起の言葉があります。", "It calls scams scams and warns readers.")},
	{"negative.report", Negative, "", t("報道や調査の書き方です", "It reads like news or research"), t("研究者や攻撃者について第三者として書いています。", "It writes about researchers and attackers in the third person.")},
	{"negative.quoted-alarm", Negative, "", t("警告文を引用しています", "It quotes the alarm"), t("警告の言葉がかぎかっこや引用符の中にあります。", "The alarming words are inside quotation marks.")},
	{"negative.contact", Negative, "", t("会社の問い合わせページの特徴があります", "It looks like a company's contact page"), t("受付時間や所在地など、正規の窓口の特徴があります。", "It has opening hours and company details.")},
	{"negative.site-chrome", Negative, "", t("普通のサイトの案内があります", "It has a real site's furniture"), t("プライバシーポリシーや利用規約などの案内があります。", "It links its privacy policy, terms and similar pages.")},
	{"negative.known-org", Negative, "", t("よく知られたサイトです", "It is a well-known site"), t("公開されている主要サイトの一覧にあるサイトです。", "The site is on a published list of top sites.")},
	{"negative.overlay-form", Negative, "", t("画面を覆っているのは同意・年齢確認・ログインの画面です", "What covers the page is a consent, age or sign-in form"), t("画面全体を覆う層が、クッキーの同意・年齢確認・ログイン・メール登録の画面で、警告や電話番号はありません。", "The layer over the whole window is a cookie consent, age check, sign-in or newsletter form, with no alarm and no phone number.")},
	{"negative.product-facts", Negative, "", t("ソフトの説明があります", "It describes its program like a vendor"), t("ファイルサイズや動作環境など、ソフトを配る会社が書く説明があります。", "It gives the file size, system requirements or release notes, as a software vendor does.")},
	{"negative.dial-in", Negative, "", t("会議に電話で参加するための番号です", "Its numbers are a meeting's dial-in numbers"), t("電話番号のそばに会議IDやパスコードがあり、会議に電話で参加するための番号です。", "A meeting id or PIN stands beside the numbers: they are for joining a meeting by phone.")},
	{"negative.optin-purpose", Negative, "", t("通知で何が届くかを説明しています", "It says what its notifications will bring"), t("速報や入荷のお知らせなど、通知の中身や止め方を説明しています。偽の通知の誘いは「ロボットでない確認」などの口実を使います。", "It says what the notifications bring or how to turn them off; a push lure gives a pretext such as proving you are not a robot.")},
	{"negative.capture-purpose", Negative, "", t("カメラ・マイク・位置情報を何に使うか書いています", "It says what it uses the camera, microphone or location for"), t("会議への参加、コードの読み取り、写真の撮影、近くの店の検索など、使い道を示しています。のぞき見の罠は何も見せないか、使い道のない口実を言います。", "It says what they are for: joining a meeting, scanning a code, taking a photo, finding what is near. A capture lure shows nothing, or gives a story with no use for them.")},
	{"negative.example-screen", Negative, "", t("詐欺の画面を例として見せています", "It shows a scam's screen as an example"), t("「再現した画面です」「番号は架空です」など、見せている画面が例であると断っています。", "It says the screen it shows is a reproduction or an example, and its numbers made up.")},
	{"negative.explainer", Negative, "", t("見出しが説明や質問の形です", "Its headings explain or ask"), t("「〜の方法」「〜とは」「原因」など、説明ページや記事の見出しです。偽の警告の見出しは「感染しています」と言い切ります。", "Its headings read like a help page or an article (how to, what causes, FAQ); a fake warning's headings announce.")},
	{"negative.vendor-command", Negative, "", t("自分のサイトで命令の例を見せています", "It shows a command as documentation"), t("他社を名乗らず、コードの枠の中で命令を説明しています。", "It explains a command in a code block without claiming another company's name.")},
	{"negative.brand-site", Negative, "", t("その会社自身のサイトです", "It is the company's own site"), t("ページが名前を使っている会社自身のアドレスから配信されています。自分のソフトの更新やウイルス対策を自分のサイトで案内するのは普通のことです。", "The page is served from the company's own address: a vendor speaking of its own updates or virus removal on its own site says nothing false.")},
	{"negative.gov-site", Negative, "", t("官公庁のサイトです", "It is a government site"), t("国や自治体だけが使えるアドレス（go.jp、lg.jp、.gov など）から配信されています。", "It is served from an address only governments can hold (go.jp, lg.jp, .gov …).")},
	{"negative.deck", Negative, "", t("講演やスライドの資料です", "It is a talk's slide deck"), t("スライドが1枚ずつ表示され、講演や発表の題名や「ご清聴ありがとうございました」があります。最初に見える画面は何も求めず、見る人が自分でページを送ります。警告の画面はスライドの中の例です。", "Its slides show one at a time, it names a talk, a conference or slides, and the screen it opens on asks for nothing: the person turns the slides. An alert on a slide is an example the speaker shows.")},
	{"negative.own-tools", Negative, "", t("自分のパソコンの設定で操作する手順です", "It tells you to use your own computer's settings"), t("「設定 > Windows Update を開く」「コマンドプロンプトで次のコマンドを入力」など、あなた自身がパソコンの設定や標準の道具で操作する手順を説明しています。偽の更新画面は、ファイルを渡してきます。", "It walks you through your own computer's settings or tools (open Settings > Windows Update, type a command at the command prompt); a fake update hands you a file instead.")},
	{"negative.trial-terms", Negative, "", t("自分で申し込んだサービスの案内です", "It confirms a sign-up with a real subscription's terms"), t("無料期間・期間中に解約すれば料金はかからないこと・解約の方法・確認メールなど、本物のサービスが申込みのあとに示す条件があります。ワンクリック詐欺は、期限を切って支払いを求め、解約は電話でと言います。", "It states a free trial, that cancelling within it costs nothing, how to cancel yourself and that a confirmation mail was sent; a one-click bill demands a sum by a deadline and has you phone to cancel.")},
	{"negative.if-happens", Negative, "", t("もしものときの案内です", "It tells you what to do if something happens"), t("「カードの紛失・盗難に気づいたら」のように、起きたときにどうするかを案内しています。詐欺は「カードが停止されました」と、起きたことにします。", "It says what to do if your card is lost or stolen; a scam says it has already happened.")},
	{"negative.own-outage", Negative, "", t("サイト自身の障害のお知らせです", "It is the site's own error page"), t("「しばらく時間をおいて、もう一度お試しください」のように、サイト側の障害を知らせ、あとでやり直すよう案内しています。詐欺はあなたの機器に問題があると言い、今すぐ電話させようとします。", "It says the site's own system failed and asks you to try again later; a scam says your device has the problem and wants you to call now.")},
	{"negative.news-voice", Negative, "", t("署名と日付のある記事です", "It is a signed, dated article"), t("筆者と日付のある記事で、あなたの機器については何も言っていません。記事が名前を出す会社は話題であって、記事の声ではありません。", "It is an article with an author and a date that says nothing about your device: a company it names is its subject, not its voice.")},
	{"negative.own-update", Negative, "", t("そのサイト自身のアプリやソフトの更新の案内です", "It asks you to update the site's own app"), t("銀行やゲームの会社が、自分のアプリやソフトの更新を、アプリストアや自分のサイトから案内しています。偽の更新画面は、ブラウザーや動画再生ソフトなど、ほかの会社のソフトが古いと言ってファイルを渡してきます。", "A bank, a game or a software company asks its own customers to update its own app, from the app stores or its own site; a fake update says another company's software (your browser, a video player) is out of date and hands you a file.")},
	{"negative.service-shop", Negative, "", t("修理店が自分のサービスと料金を案内しています", "It is a repair shop's own price list"), t("ウイルス駆除・データ復旧・出張修理などのサービスごとの料金表と、作業前の見積りや無料診断があります。「ウイルスに感染した」などの言葉は、店が直す症状の説明です。偽の警告は料金表や見積りを出さず、今すぐ電話させます。", "It lists its services with a price each (virus removal, data recovery, a home visit) and quotes before it works or diagnoses for free: the alarming words are the symptoms the shop fixes. A fake warning has no price list and no quote; it only tells you to call now.")},
	{"negative.game", Negative, "", t("ゲームのプレイ画面です", "It is a game's play page"), t("ゲームの画面（キャンバス）があり、操作方法やスコア・ステージなどゲームの言葉があります。全画面やキー操作、音、「ウイルス」「警告」などの言葉は、ゲームの中の演出です。偽の警告は遊び方を説明しません。", "It has a game area (a canvas), tells you the controls and speaks of scores, stages and levels: its full screen, keys, sound and words like virus or warning are the game's story. A fake warning never tells you how to play.")},
	{"negative.code-blocks", Negative, "", t("コードの説明があります", "It has code blocks"), t("開発者向けの説明ページの構成です。", "It is laid out like developer documentation.")},
}
