"""Legitimate look-alikes, part B: remote support vendors, kiosks/slides, hotlines, bills, government, delivery."""
from kit import add, site_page, esc, ul, links, bare_page

L = "legit"


def lg(slug, url, cat, lang, note, html, expect="allow"):
    host = url.split("/")[2]
    add(slug, L, expect, url, cat, lang, note, f"site:{host}", "/" + url.split("/", 3)[3], html)


def host(url):
    return url.split("/")[2]


# ---------------------------------------------------------------- remote support vendors
RS = [
    ("ja-rs-ntteast", "ja", "NTT東日本", "https://flets.com/remote/start.html", "#0065b3",
     "リモートサポートサービス 接続ページ",
     "オペレーターからお伝えした6桁の接続番号を入力し、「接続」を押してください。サポート用のプログラム（RemoteSupport.exe）がダウンロードされます。実行すると、オペレーターがお客さまの画面を見ながら操作をご案内します。",
     "0120-000-116", "受付時間 9:00～21:00（年末年始を除く）・月額550円（税込）の有料サービスです",
     "当社からお電話で突然リモート接続をお願いすることはありません。画面に表示された電話番号に電話するよう求める警告はサポート詐欺です。", "RemoteSupport.exe"),
    ("ja-rs-au-smart", "ja", "au", "https://www.au.com/support/service/smartsupport/remote/", "#eb5505",
     "auスマートサポート 遠隔操作サービス",
     "会員さま専用のサービスです。お電話でオペレーターとお話ししながら、専用アプリ「auスマートサポート遠隔」でスマートフォン・パソコンの画面を共有します。",
     "0120-000-959", "年中無休 9:00～20:00・会員料金 月額418円",
     "遠隔操作の開始時は、画面に表示される4桁の番号をお客さまご自身でオペレーターにお伝えいただきます。", "auSmartSupportRemote.exe"),
    ("ja-rs-121ware", "ja", "NEC LAVIE公式サイト", "https://www.nec-lavie.jp/support/remote/", "#1414a0",
     "LAVIE リモートサポートサービス",
     "パソコンの操作やトラブルを、専門スタッフがインターネット経由でお客さまのパソコンを遠隔操作して解決します。ご利用には「121コンタクトセンター」へのお電話と、受付番号が必要です。",
     "0120-000-121", "受付時間 9:00～19:00・1回 3,300円（税込）",
     "NECが画面上の警告でお電話をお願いすることはありません。", "LAVIE_RemoteSupport.exe"),
    ("ja-rs-fmv", "ja", "富士通 FMVサポート", "https://www.fmworld.net/support/remote/connect.html", "#e60012",
     "FMV リモートサポート 接続",
     "サポート窓口の担当者からご案内した「受付番号」を入力してください。担当者との接続が終わると、プログラムは自動的に削除されます。",
     "0120-000-950", "受付時間 9:00～17:00（土日祝を除く）",
     "担当者がお客さまのパスワードやカード番号を画面上で入力することはありません。", "FMVRemote.exe"),
    ("ja-rs-teamviewer-ja", "ja", "TeamViewer", "https://www.teamviewer.com/ja/download/quicksupport/", "#0e8ee9",
     "TeamViewer QuickSupport ダウンロード",
     "QuickSupport は、サポート担当者があなたのデバイスに接続できるようにする小さなアプリです。インストールは不要。起動すると ID とパスワードが表示されます。",
     "", "個人の非営利利用は無料",
     "知らない人から電話やメッセージで QuickSupport の起動を求められた場合は応じないでください。TeamViewer を名乗る電話サポートは詐欺です。", "TeamViewerQS.exe"),
    ("en-rs-anydesk", "en", "AnyDesk", "https://anydesk.com/en/downloads/windows", "#ef443b",
     "Download AnyDesk for Windows",
     "Your download will begin automatically. Run AnyDesk and share the address on your screen with the person you want to connect with.",
     "", "Free for personal use · Version 9.0.2 · 5 MB",
     "Only share your AnyDesk address with people you know and trust. AnyDesk will never call you unprompted to offer support or refunds.", "AnyDesk.exe"),
    ("en-rs-splashtop", "en", "Splashtop", "https://www.splashtop.com/sos", "#0c4da2",
     "Splashtop SOS — enter your session code",
     "Your technician gave you a 9-digit session code. Download and run the SOS app, then read the code on your screen to the technician.",
     "", "Attended support · runs without installation",
     "Splashtop does not provide support to consumers by phone. If someone called you unexpectedly, hang up.", "SplashtopSOS.exe"),
    ("en-rs-geeksquad", "en", "Best Buy", "https://www.bestbuy.com/site/services/geek-squad/remote-support", "#0046be",
     "Geek Squad Remote Support",
     "Get help from a Geek Squad Agent online. Start a chat, and your Agent will send you a link to download the remote-session software. You'll see a code to confirm the connection.",
     "1-800-555-0143", "Available 24/7 with a Best Buy Totaltech membership",
     "Geek Squad will never call you about an auto-renewal or refund, or ask you to buy gift cards. Scammers use our name in fake invoices.", "GeekSquadRemote.exe"),
    ("en-rs-goto", "en", "GoTo Resolve", "https://www.gotoresolve.com/join", "#0f1f3d",
     "Join a support session",
     "Enter the 9-digit code your support agent gave you. We'll download a small app to connect you securely.",
     "", "Session codes expire after 20 minutes",
     "Never share a code with someone who contacted you first.", "GoToResolveApplet.exe"),
]


def remote_support():
    for slug, lang, site, url, brand, title, intro, tel, hours, warn, exe in RS:
        ja = lang == "ja"
        code = '<input id="code" inputmode="numeric" maxlength="9" style="font-size:24px;width:200px;letter-spacing:4px;padding:6px"> '
        main = (f"<h1>{esc(title)}</h1><p>{esc(intro)}</p>"
                f'<div class="card"><label>{"接続番号" if ja else "Session code"}<br>{code}</label><button class="btn" id="conn">{"接続" if ja else "Connect"}</button>'
                f'<p class="note">{"または" if ja else "or"} <a href="{exe}" download>{esc(exe)}</a> {"をダウンロード" if ja else ""}</p></div>'
                + (f'<h2>{"お問い合わせ" if ja else "Call us"}</h2><p class="tel">{tel}</p>' if tel else "")
                + f"<p>{esc(hours)}</p>"
                + f'<div class="card" style="border-color:#e0a000;background:#fffaf0"><strong>{"ご注意ください" if ja else "Be careful"}</strong><p>{esc(warn)}</p></div>'
                + f'<h2>{"接続の流れ" if ja else "How it works"}</h2>'
                + ("<ol><li>お電話で担当者に状況をお伝えください</li><li>担当者が接続番号をご案内します</li><li>プログラムを実行し「許可」を押すと画面共有が始まります</li><li>終了後はプログラムを閉じると接続は切れます</li></ol>" if ja else
                   "<ol><li>Tell the agent what's wrong</li><li>Get a code from the agent</li><li>Run the app and click Allow to share your screen</li><li>Close the app to end the session at any time</li></ol>"))
        js = f"document.getElementById('conn').addEventListener('click',function(){{var c=document.getElementById('code').value;if(c.length>=6){{location.href='{exe}'}}}});"
        lg(slug, url, "remote-support-vendor", lang, f"{site}: remote support start page (session code, support app download{', hotline' if tel else ''})",
           site_page(slug, lang, site, title, main, brand, scripts=js))


# ---------------------------------------------------------------- slides and kiosks
KIOSK_JS = """
document.getElementById('start').addEventListener('click',function(){var d=document.documentElement;d.requestFullscreen&&d.requestFullscreen().then(function(){
%(kl)s}).catch(function(){});%(extra)s});
document.addEventListener('contextmenu',function(e){if(document.fullscreenElement)e.preventDefault()});
var i=0,s=document.querySelectorAll('.slide');function show(n){s.forEach(function(x,k){x.style.display=k===n?'block':'none'})}show(0);
document.addEventListener('keydown',function(e){if(e.key==='ArrowRight'||e.key===' '){i=Math.min(i+1,s.length-1);show(i)}if(e.key==='ArrowLeft'){i=Math.max(i-1,0);show(i)}});
"""
KIOSK = [
    ("ja-kiosk-keishicho-slides", "ja", "警視庁", "https://www.keishicho.metro.tokyo.lg.jp/kurashi/cyber/kouza/slide.html", "#1a2e6e", True,
     "サイバー防犯講話スライド（高齢者向け）",
     ["パソコンに「ウイルスに感染しました」と出たら？", "「警告！お使いのPCはロックされています」「今すぐサポートに電話してください 050-XXXX-XXXX」— これはニセの警告です",
      "ピーピーと音が鳴っても、電話をかけないでください。Escキーを長押し、またはCtrl+Alt+Deleteでブラウザを閉じます", "「警察です。あなたの口座が犯罪に使われています」— 警察がLINEで逮捕状を見せることはありません", "困ったら #9110 または 188 へ"], ""),
    ("ja-kiosk-hospital", "ja", "市立総合病院", "https://www.general-hospital.example/kiosk/reception.html", "#008b8b", True,
     "再来受付機",
     ["診察券をかざしてください", "本日の予約：内科 10:30", "受付番号 0241 — 2階 内科待合へお進みください", "お支払いは自動精算機をご利用ください"], ""),
    ("ja-kiosk-airport", "ja", "成田国際空港", "https://www.narita-airport.jp/signage/departures", "#003f87", True,
     "出発便案内サイネージ",
     ["出発 Departures 14:10 JL 407 フランクフルト 搭乗中", "14:25 NH 9 シカゴ 定刻", "14:40 ZG 23 ホノルル 遅延 15:20", "保安検査場の待ち時間：約15分"], "setInterval(function(){i=(i+1)%s.length;show(i)},6000);"),
    ("ja-kiosk-univ-lecture", "ja", "京都大学 OCW", "https://ocw.kyoto-u.ac.jp/course/security-2026/slides/05", "#00205b", False,
     "情報セキュリティ 第5回：ソーシャルエンジニアリング",
     ["今日のテーマ：人をだます攻撃", "偽のセキュリティ警告：「トロイの木馬に感染」「お使いのコンピューターはブロックされました」", "ClickFix：「ロボットでないことを確認するには Win+R を押して Ctrl+V」— 絶対に実行しない",
      "演習：次のURLは本物？ 偽物？", "まとめ：画面の指示より、自分で調べた公式窓口"], ""),
    ("en-kiosk-museum", "en", "The Field Museum", "https://www.fieldmuseum.org/kiosk/evolving-planet", "#3a3a3a", True,
     "Evolving Planet — touch to begin",
     ["Touch anywhere to explore 4 billion years of life", "Timeline: The Cambrian explosion", "Meet SUE the T. rex", "Thank you for visiting"], ""),
    ("en-kiosk-gslides", "en", "Google Slides", "https://docs.google.com/presentation/d/1AAAexampleDeck/present", "#f4b400", False,
     "Senior Center Tech Night: Staying Safe Online",
     ["Staying safe online — Maple Grove Senior Center", "Pop-ups that say \"VIRUS DETECTED — call Microsoft at 1-888-555-0199\" are fake", "Real companies never ask you to pay in gift cards",
      "If your screen seems stuck: hold Esc, or press Ctrl+Alt+Del and close the browser", "Questions? Ask Pat at the front desk"], ""),
]


def kiosks():
    for slug, lang, site, url, brand, kl, title, slides, extra in KIOSK:
        ja = lang == "ja"
        body = "".join(f'<section class="slide" style="display:none;min-height:300px;padding:40px;background:#fff;border:1px solid #ccc;font-size:28px">{esc(t)}</section>' for t in slides)
        main = (f"<h1>{esc(title)}</h1>{body}<p><button class=\"btn\" id=\"start\">{'全画面で表示' if ja else 'Start presentation'}</button> "
                f'<span class="note">{"←→キーでページ送り" if ja else "Use arrow keys to move between slides"}</span></p>')
        js = KIOSK_JS % dict(kl="if(navigator.keyboard&&navigator.keyboard.lock)navigator.keyboard.lock(['Escape']);" if kl else "", extra=extra)
        note = f"{site}: {'kiosk/signage' if kl else 'slide deck'} in full screen on click{' with keyboard.lock(Escape) and no context menu' if kl else ''}"
        if "keishicho" in slug or "lecture" in slug or "gslides" in slug:
            note += "; quotes scam wording"
        lg(slug, url, "slides-kiosk", lang, note, site_page(slug, lang, site, title, main, brand, scripts=js))


# ---------------------------------------------------------------- bank / card / carrier hotlines
HOT = [
    # slug, lang, site, url, brand, cat, title, lead, rows(list of (label, number, hours)), body paras
    ("ja-hot-smbc-card", "ja", "三井住友カード", "https://www.smbc-card.com/mem/fusei/index.jsp", "#006b3f", "bank-hotline",
     "カードの紛失・盗難・不正利用のご連絡",
     "カードを紛失された場合、盗難にあわれた場合、身に覚えのないご利用がある場合は、至急ご連絡ください。24時間・365日受け付けています。",
     [("紛失・盗難受付デスク", "0120-000-919", "24時間・年中無休"), ("海外から", "+81-3-0000-1010", "コレクトコール可")],
     ["ご連絡いただいた時点でカードのご利用を停止します。", "当社からSMSやメールで「カードを停止しました」とお知らせし、リンク先でカード番号や暗証番号を入力させることはありません。"]),
    ("ja-hot-jcb", "ja", "JCB", "https://www.jcb.co.jp/faq/lost.html", "#0e4c92", "bank-hotline",
     "カードの不正利用が心配な方へ",
     "身に覚えのないご請求がある場合は、MyJCBのご利用明細をご確認のうえ、JCB紛失盗難受付デスクまでご連絡ください。",
     [("JCB紛失盗難受付デスク", "0120-000-794", "24時間・365日"), ("MyJCB 不正利用の調査依頼", "", "Webで受付")],
     ["調査のため、ご利用日・金額・加盟店名をお伺いします。", "JCBの社員が電話で暗証番号やセキュリティコードをお聞きすることはありません。"]),
    ("ja-hot-yucho", "ja", "ゆうちょ銀行", "https://www.jp-bank.japanpost.jp/crime/sagi/", "#008000", "bank-hotline",
     "振り込め詐欺・不正送金にご注意ください",
     "ゆうちょダイレクトで身に覚えのない送金があった場合や、詐欺の被害にあわれた場合は、すぐにご連絡ください。",
     [("ゆうちょダイレクト 不正送金ダイヤル", "0120-000-108", "24時間受付"), ("ゆうちょコールセンター", "0120-000-886", "平日 8:30～21:00 / 土日休日 9:00～17:00")],
     ["警察官や銀行員を名乗る人物が「口座が犯罪に利用されている」「資産を保護する」と言ってお金を振り込ませることはありません。", "ATMで還付金を受け取ることはできません。"]),
    ("ja-hot-rakuten-card", "ja", "楽天カード", "https://www.rakuten-card.co.jp/security/fusei/", "#bf0000", "bank-hotline",
     "不正利用の疑いでカードを一時停止した場合",
     "楽天カードでは、不正利用の可能性がある取引を検知した場合、お客様の安全のためカードのご利用を一時的に停止し、ご登録の電話番号へお電話をおかけすることがあります。",
     [("楽天カード 不正検知専用ダイヤル", "0120-000-526", "9:30～17:30（年中無休）"), ("紛失・盗難", "0120-000-910", "24時間")],
     ["当社からのお電話で、カードの暗証番号やパスワードをお伺いすることはありません。", "お電話が心配な場合は、カード裏面の電話番号へおかけ直しください。"]),
    ("ja-hot-aeon", "ja", "イオンカード", "https://www.aeon.co.jp/support/lost/", "#b60081", "bank-hotline",
     "【重要】カードの利用を停止しました（不正利用の可能性）",
     "第三者による不正利用の可能性があるため、お客様のカードのご利用を一時停止しています。本人確認のため、イオンカード会員専用ダイヤルへご連絡ください。",
     [("イオンカード 紛失盗難センター", "0120-000-223", "24時間・年中無休"), ("インフォメーションセンター", "0570-000-310", "9:00～18:00")],
     ["このページはイオンウォレットにログインした状態で表示されるお知らせです。", "SMSのリンクからこのページが開いた場合は、アプリから改めてログインしてご確認ください。"]),
    ("ja-hot-docomo-lost", "ja", "NTTドコモ", "https://www.docomo.ne.jp/support/loss/", "#cc0033", "carrier-hotline",
     "携帯電話の紛失・盗難のとき",
     "ケータイを紛失したら、まずは回線の利用中断とおまかせロックを。ドコモ以外の携帯電話・固定電話からもお手続きいただけます。",
     [("紛失・盗難などのお問い合わせ", "0120-000-524", "24時間受付"), ("海外から", "+81-3-0000-5100", "24時間")],
     ["おまかせロックは、遠隔操作で画面をロックし、おサイフケータイの機能も停止します。", "ドコモを名乗るSMSで「アカウントが停止されました」と届いたら、リンクは開かず My docomo アプリからご確認ください。"]),
    ("ja-hot-softbank-fraud", "ja", "ソフトバンク", "https://www.softbank.jp/mobile/support/security/takeover/", "#333", "carrier-hotline",
     "不正な機種変更・乗っ取りが疑われるとき",
     "「機種変更の手続きが完了しました」という身に覚えのない通知があった場合、SIMの不正な再発行（SIMスワップ）の可能性があります。至急お問い合わせください。",
     [("ソフトバンク 紛失・盗難／不正利用", "0800-000-8802", "24時間受付（通話料無料）")],
     ["電話番号の利用を停止し、オンライン手続きのロックを行います。", "銀行・証券口座のパスワード変更もあわせて行ってください。"]),
    ("en-hot-chase", "en", "Chase", "https://www.chase.com/digital/resources/privacy-security/fraud", "#117aca", "bank-hotline",
     "Report fraud or a lost card",
     "If you think someone used your account or card without permission, call us right away. We're here 24/7.",
     [("Personal banking", "1-800-555-0110", "24/7"), ("Credit cards", "1-800-555-0111", "24/7"), ("Outside the U.S.", "1-302-555-0112", "collect")],
     ["We'll lock your card and send a new one.", "Chase will never ask you to move money to 'protect' it or to pay a fee with gift cards. If you get a call like that, hang up and call the number on the back of your card."]),
    ("en-hot-amex", "en", "American Express", "https://www.americanexpress.com/us/customer-service/fraud.html", "#006fcf", "bank-hotline",
     "Suspicious activity on your account?",
     "We've detected unusual activity and temporarily paused your card. Review the charges below or call us now. Card members: call the number on the back of your card.",
     [("Fraud Protection Center", "1-800-555-0167", "24 hours")],
     ["We will text or email you about suspicious charges, but we will never ask for your PIN or full card number in a text.", "You can also review charges in the Amex app."]),
    ("en-hot-verizon", "en", "Verizon", "https://www.verizon.com/support/lost-stolen-device/", "#ee0000", "carrier-hotline",
     "Report a lost or stolen device",
     "Suspend service right away to prevent unauthorized use. You can also lock your SIM and block the device.",
     [("Verizon customer service", "1-800-555-0122", "Mon–Sun 7 am – 10 pm"), ("Lost/stolen (24/7)", "1-800-555-0123", "")],
     ["You can suspend service for up to 90 days with no charges.", "If you see a port-out request you didn't make, call us immediately."]),
    ("en-hot-barclays", "en", "Barclays", "https://www.barclays.co.uk/help/security/report-fraud/", "#00aeef", "bank-hotline",
     "Report fraud — call us now",
     "If you've been scammed or think you've shared your details with someone you shouldn't have, call us immediately.",
     [("UK", "0800 000 0159", "24/7"), ("Abroad", "+44 20 0000 0159", "24/7")],
     ["We'll never ask you to move your money to a 'safe account'.", "We'll never ask for your full PIN or passcode, or to download software so we can see your screen."]),
]


def hotlines():
    for slug, lang, site, url, brand, cat, title, lead, rows, paras in HOT:
        ja = lang == "ja"
        def telp(b):
            return f'<a href="tel:{b.replace(" ", "")}">{esc(b)}</a>' if b else ""
        tbl = "".join(f'<div class="card"><strong>{esc(a)}</strong><p class="tel">{telp(b)}</p><p class="note">{esc(c)}</p></div>' for a, b, c in rows)
        main = (f"<h1>{esc(title)}</h1><p><strong>{esc(lead)}</strong></p>{tbl}" + "".join(f"<p>{esc(p)}</p>" for p in paras)
                + f'<h2>{"よくあるご質問" if ja else "FAQ"}</h2>'
                + ul(["不正利用された金額は補償されますか？", "カードの再発行にはどのくらいかかりますか？", "家族カードも停止されますか？"] if ja else
                     ["Will I be responsible for fraudulent charges?", "How long until my replacement card arrives?", "Can I keep using my mobile wallet?"]))
        lg(slug, url, cat, lang, f"{site}: lost/fraud hotline page ({'至急, 24時間' if ja else 'call now, 24/7'})", site_page(slug, lang, site, title, main, brand))


# ---------------------------------------------------------------- bills and payment deadlines
BILL = [
    # slug, lang, site, url, brand, title, amount, due, lead, paras
    ("ja-bill-nttfinance", "ja", "NTTファイナンス", "https://www.ntt-finance.co.jp/billing/mihara/", "#0066cc",
     "お支払いが確認できていないお客さまへ", "8,932円", "2026年12月18日（金）",
     "11月ご請求分のお支払いが確認できておりません。お支払い期限までに、お送りした払込票でコンビニエンスストア等でお支払いください。",
     ["期限を過ぎた場合、ご利用のサービスが停止されることがあります。", "NTTファイナンスがSMSで「未払い料金があります」とURLを送り、クレジットカード情報を入力させることはありません。", "お問い合わせ：NTTファイナンス 料金お問い合わせセンター 0120-000-109（9:00～17:00）"]),
    ("ja-bill-tepco", "ja", "東京電力エナジーパートナー", "https://www.kurashi.tepco.co.jp/pf/ja/billing/overdue", "#e60012",
     "電気料金のお支払いについて（送電停止予告）", "12,480円", "2026年12月15日",
     "検針票・請求書でご案内した電気料金が、お支払い期日を過ぎても確認できておりません。お支払いがない場合、送電を停止させていただくことがあります。",
     ["すでにお支払いいただいた場合は、行き違いですのでご容赦ください。", "お支払い方法：払込票（コンビニ・金融機関）、くらしTEPCO web でのクレジットカード払い", "当社が電話で電子マネーやプリペイドカードでの支払いを求めることはありません。"]),
    ("ja-bill-nhk", "ja", "NHK受信料の窓口", "https://www.nhk-cs.jp/jushinryo/mibarai/", "#0076d1",
     "受信料のお支払いが遅れている方へ", "13,650円（6か月分）", "2027年1月31日",
     "お支払いが確認できない期間の受信料について、お知らせしています。期限を過ぎると割増金の対象となる場合があります。",
     ["お支払いは口座振替・クレジットカード・継続振込（払込用紙）からお選びいただけます。", "NHKを名乗るSMSやメールで、受信料の支払いを求めてリンクに誘導することはありません。", "受信料の窓口 0570-000-044（9:00～18:00）"]),
    ("ja-bill-docomo-stop", "ja", "NTTドコモ", "https://www.docomo.ne.jp/charge/payment/delay/", "#cc0033",
     "ご利用料金のお支払いが確認できない場合（利用停止）", "7,128円", "2026年12月22日",
     "お支払い期日を過ぎてもご利用料金のお支払いが確認できない場合、ご利用を停止させていただくことがあります。利用停止後も基本料金はかかります。",
     ["My docomo から、クレジットカードやd払いでお支払いいただけます。", "お支払い後、ご利用の再開まで最大で1時間程度かかります。", "ドコモの請求を装ったSMS（「ご利用料金が未払いです」）にご注意ください。"]),
    ("ja-bill-nenkin", "ja", "日本年金機構", "https://www.nenkin.go.jp/service/kokunen/hokenryo/tokusoku.html", "#00508c",
     "国民年金保険料の督促について", "16,980円 × 未納月数", "督促状に記載の指定期限",
     "国民年金保険料の未納が続く方には、督促状（特別催告状）をお送りしています。指定期限までに納付がない場合、延滞金がかかり、財産の差押えを行う場合があります。",
     ["納付が難しい場合は、免除・納付猶予制度があります。お近くの年金事務所にご相談ください。", "日本年金機構がSMSで保険料の支払いを求めたり、ATMの操作を案内したりすることはありません。", "ねんきん加入者ダイヤル 0570-000-965"]),
    ("ja-bill-yokohama-zei", "ja", "横浜市", "https://www.city.yokohama.lg.jp/kurashi/koseki-zei-hoken/zei/nozei/tokusoku.html", "#0b318f",
     "市税を納期限までに納めなかったとき（督促・滞納処分）", "（督促状に記載）", "督促状発送日から10日以内",
     "納期限までに市税が納付されない場合、納期限後20日以内に督促状を送付します。督促状を発した日から起算して10日を経過しても完納されない場合、法律に基づき財産を差し押さえることがあります。",
     ["延滞金は納期限の翌日から納付の日までの日数に応じてかかります。", "スマートフォン決済アプリ（PayPay・楽天ペイ等）や、地方税お支払サイトでも納付できます。", "市役所職員がATMでの還付手続きを案内することはありません。"]),
    ("ja-bill-pay-easy", "ja", "Pay-easy（ペイジー）", "https://www.pay-easy.jp/howto/atm.html", "#f39800",
     "ペイジーで払込み（ATM・ネットバンキング）", "払込書に記載", "払込書に記載の期限",
     "ペイジーマークのある払込書や請求画面に表示される「収納機関番号」「お客様番号」「確認番号」を使って、ATMやネットバンキングからお支払いいただけます。",
     ["税金・公共料金・携帯電話料金などのお支払いに利用できます。", "電話で指示されながらATMを操作してはいけません。還付金をATMで受け取ることはできません。"]),
    ("en-bill-xfinity", "en", "Xfinity", "https://www.xfinity.com/support/articles/past-due-balance", "#7a0bc0",
     "Your account is past due", "$184.37", "December 16, 2026",
     "Your balance is past due. Make a payment by the due date to avoid service interruption and a late fee.",
     ["Pay online, in the Xfinity app, or by phone at 1-800-555-0136.", "We'll never ask you to pay with a gift card, wire transfer or cryptocurrency.", "Need more time? Set up a payment arrangement."]),
    ("en-bill-pge", "en", "PG&E", "https://www.pge.com/en/account/billing-and-assistance/past-due.html", "#0d5b9e",
     "Final notice: service disconnection", "$326.14", "December 19, 2026",
     "We have not received payment for your past-due balance. To avoid disconnection, pay your balance or contact us about payment plans and assistance programs.",
     ["PG&E will never call to demand immediate payment with a prepaid card or threaten disconnection within the hour.", "Check your balance by signing in at pge.com or calling 1-800-555-0174."]),
    ("en-bill-ezpass", "en", "E-ZPass New York", "https://www.e-zpassny.com/vector/violations/violNoticeInquiry.do", "#5a2d82",
     "Pay a toll bill or violation", "$6.75", "Due date shown on your notice",
     "Enter the violation number or toll bill number printed on the notice you received by mail, and your license plate number.",
     ["E-ZPass does not send text messages asking for payment of unpaid tolls. Do not click links in such texts.", "Late fees apply after the due date."]),
    ("en-bill-netflix-hold", "en", "Netflix", "https://www.netflix.com/YourAccount/paymentHold", "#e50914",
     "Your account is on hold", "$15.49", "Update to keep watching",
     "We're having trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
     ["Signed in as pat•••@example.com", "Netflix will never ask you to enter payment details from a link in a text message. Go to netflix.com/account directly."]),
]


def bills():
    for slug, lang, site, url, brand, title, amount, due, lead, paras in BILL:
        ja = lang == "ja"
        tbl = (f'<table class="t"><tr><th>{"ご請求金額" if ja else "Amount due"}</th><td style="font-size:20px;color:#c00"><strong>{esc(amount)}</strong></td></tr>'
               f'<tr><th>{"お支払い期限" if ja else "Due"}</th><td>{esc(due)}</td></tr></table>')
        btn = "お支払い方法を見る" if ja else "Pay now"
        main = (f"<h1>{esc(title)}</h1><p>{esc(lead)}</p>{tbl}<p><a class=\"btn\" href=\"#pay\">{btn}</a></p>"
                + "".join(f"<p>{esc(p)}</p>" for p in paras))
        js = ""
        if "netflix" in slug or "xfinity" in slug:
            main += ('<form id="pay" class="card" onsubmit="return false"><label>Card number<br><input autocomplete="cc-number" size="22"></label><br>'
                     '<label>Expiry <input autocomplete="cc-exp" size="6"></label> <label>CVV <input autocomplete="cc-csc" size="4"></label><br><button class="btn">Update payment</button></form>')
        lg(slug, url, "bill-payment", lang, f"{site}: overdue/payment-deadline page (amount, deadline, stop warning)", site_page(slug, lang, site, title, main, brand, scripts=js))


# ---------------------------------------------------------------- government
GOV = [
    ("ja-gov-kensatsu", "ja", "検察庁", "https://www.kensatsu.go.jp/kakuchou/supreme/sagi_chui.html", "#3d3d8f",
     "検察庁や検察官を名乗る不審な電話・SNSにご注意ください",
     ["最近、検察庁や検察官を名乗り、「あなたの口座がマネーロンダリングに使われている」「逮捕状が出ている」などと言ってお金をだまし取ろうとする事案が発生しています。",
      "検察官がSNSやビデオ通話で逮捕状を示したり、捜査を理由に現金の振込みを求めたりすることはありません。",
      "犯人は、検察庁のホームページに似せた偽サイトで「事件番号」や「逮捕状」を表示させることがあります。検察庁のホームページのアドレスは www.kensatsu.go.jp です。",
      "不審な電話があったときは、最寄りの警察署または警察相談専用電話（#9110）にご相談ください。"]),
    ("ja-gov-nta-kanpu", "ja", "国税庁", "https://www.nta.go.jp/taxes/shiraberu/shinkoku/kanpu/", "#003f8e",
     "還付金の受取について",
     ["所得税の還付金は、申告書に記載された預貯金口座へ振り込みます。還付金の振込みまでは、e-Taxで提出した場合1か月～1か月半程度です。",
      "税務署が電話やSMSで還付金の手続きを求め、ATMの操作をお願いすることはありません。",
      "国税庁を装ったSMSやメール（「未納税金のお知らせ」「差押え最終通知」など）に記載されたURLにはアクセスしないでください。"]),
    ("ja-gov-mynaportal", "ja", "マイナポータル", "https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_Login.form", "#1a4a8a",
     "ログイン",
     ["マイナンバーカードを読み取ってログインします。スマートフォンの場合はマイナポータルアプリ、パソコンの場合はICカードリーダーまたはスマートフォンの二次元コード読み取りをご利用ください。",
      "利用者証明用電子証明書の暗証番号（数字4桁）を入力します。3回連続で間違えるとロックされます。",
      "マイナポータルを装い、「マイナポイントの申請」「マイナ保険証の登録」などの名目で暗証番号やカード情報を入力させる偽サイトにご注意ください。"]),
    ("en-gov-irs-wmr", "en", "IRS", "https://www.irs.gov/wheres-my-refund", "#00599c",
     "Where's My Refund?",
     ["Check your federal tax refund status. You'll need your Social Security number or ITIN, your filing status and your exact refund amount.",
      "The IRS doesn't initiate contact by text message or social media to request personal or financial information.",
      "Refund information is updated once a day, usually overnight."]),
    ("en-gov-ssa-scam", "en", "Social Security Administration", "https://www.ssa.gov/scam/", "#112e51",
     "Protect yourself from scams",
     ["Scammers pretend to be government employees. They may threaten you and demand immediate payment to avoid arrest or other legal action.",
      "Social Security will never threaten you with arrest, suspend your Social Security number, or demand payment by gift card, wire transfer, cryptocurrency or cash by mail.",
      "If you owe money to us, we will mail you a letter with payment options and appeal rights."]),
]


def government():
    for slug, lang, site, url, brand, title, paras in GOV:
        ja = lang == "ja"
        main = f"<h1>{esc(title)}</h1>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
        if "mynaportal" in slug:
            main += ('<div class="card"><button class="btn">スマートフォンでログイン</button> <button class="btn sub">ICカードリーダーでログイン</button>'
                     '<p><label>暗証番号（4桁）<br><input type="password" inputmode="numeric" maxlength="4"></label></p></div>')
        if "irs" in slug:
            main += ('<form class="card" onsubmit="return false"><label>SSN or ITIN<br><input></label><br><label>Tax year <select><option>2025</option></select></label><br>'
                     '<label>Refund amount<br><input></label><br><button class="btn">Submit</button></form>')
        lg(slug, url, "government", lang, f"{site}: official page on refunds / logins / impersonation scams", site_page(slug, lang, site, title, main, brand))


# ---------------------------------------------------------------- delivery tracking
DEL = [
    ("ja-del-sagawa", "ja", "佐川急便", "https://k2k.sagawa-exp.co.jp/p/sagawa/web/okurijoinput.jsp", "#0b3f8f",
     "お問い合わせサービス（荷物追跡）", "お問い合わせ送り状No.", "3601-0000-4412",
     [("12/06 14:12", "集荷", "東京営業所"), ("12/07 05:40", "輸送中", "中継センター"), ("12/07 11:03", "配達中", "横浜営業所"), ("12/07 15:20", "ご不在", "不在連絡票を投函しました")],
     "再配達のご依頼は、不在連絡票に記載の営業所へのお電話またはWebで承ります。佐川急便からSMSで再配達のURLを送ることはありません。"),
    ("ja-del-amazon", "ja", "Amazon.co.jp", "https://www.amazon.co.jp/gp/your-account/ship-track", "#ff9900",
     "配送状況", "注文番号", "249-0000000-1234567",
     [("12月7日", "配送中", "デリバリーステーション"), ("12月7日 13:05", "配達できませんでした", "お客様がご不在のため"), ("12月8日", "再配達予定", "午前中")],
     "Amazonが配送料金の再支払いを求めるSMSを送ることはありません。"),
    ("ja-del-yodobashi", "ja", "ヨドバシ・ドット・コム", "https://order.yodobashi.com/yc/orderhistory/delivery.html", "#c00",
     "ご注文の配達状況", "ご注文番号", "1234567890",
     [("12/06", "出荷しました", "ヨドバシエクストリーム"), ("12/07 10:12", "配達中", ""), ("12/07 17:30", "ご不在のため持ち戻り", "")],
     "再配達はマイページから日時をご指定ください。"),
    ("en-del-fedex", "en", "FedEx", "https://www.fedex.com/fedextrack/?trknbr=770000001234", "#4d148c",
     "Tracking", "Tracking ID", "7700 0000 1234",
     [("Dec 6 4:02 PM", "Picked up", "MEMPHIS, TN"), ("Dec 7 7:10 AM", "On FedEx vehicle for delivery", "SEATTLE, WA"), ("Dec 7 2:41 PM", "Delivery exception", "Customer not available or business closed")],
     "FedEx does not request payment or personal information by unsolicited text or email."),
    ("en-del-royalmail", "en", "Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/QJ000000000GB", "#da202a",
     "Track your item", "Reference", "QJ 0000 0000 0GB",
     [("07-12-2026", "We've got it", "Swindon Mail Centre"), ("07-12-2026", "Sorry we missed you", "Item held at your local Customer Service Point")],
     "If a fee is due, you'll get a grey card through your door. We'd never text you asking for payment with a link to a website."),
]


def delivery():
    for slug, lang, site, url, brand, title, lab, num, events, note in DEL:
        ja = lang == "ja"
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in events)
        main = (f"<h1>{esc(title)}</h1><form class=\"card\" onsubmit=\"return false\"><label>{esc(lab)}<br><input value=\"{esc(num)}\" size=\"24\"></label> <button class=\"btn\">{'検索' if ja else 'Track'}</button></form>"
                f'<table class="t"><tr><th>{"日時" if ja else "Date"}</th><th>{"状況" if ja else "Status"}</th><th>{"担当" if ja else "Location"}</th></tr>{rows}</table>'
                f'<p><a class="btn" href="#redeliver">{"再配達を依頼する" if ja else "Schedule redelivery"}</a></p><p class="note">{esc(note)}</p>')
        lg(slug, url, "delivery-tracking", lang, f"{site}: tracking page with 'missed you' status and redelivery button", site_page(slug, lang, site, title, main, brand))


def build():
    remote_support()
    kiosks()
    hotlines()
    bills()
    government()
    delivery()
