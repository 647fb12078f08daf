"""Scam pages (2): fake updates, push-permission lures, one-click billing,
prize/survey, fake app installs, fake delivery notices, fake bank logins that
ask for a phone call. Numbers fictional; addresses under example domains."""
from kit import scam, doc, p, li, q, js

SUC = "article:blog.sucuri.net"
PPT = "article:www.proofpoint.com"
TM = "article:www.trendmicro.com"
KOK = "article:www.kokusen.go.jp"
IPA = "article:www.ipa.go.jp"
APJ = "article:www.antiphishing.jp"
MSB = "article:www.malwarebytes.com"
NPA = "article:www.npa.go.jp"
FTC = "article:consumer.ftc.gov"

# ------------------------------------------------------------------ fake updates
AUTO = "setTimeout(function(){var a=document.createElement('a');a.href=%s;a.download=%s;document.body.appendChild(a);a.click();},%d);"
ONCLICK = "document.getElementById('upd').onclick=function(){var a=document.createElement('a');a.href=%s;a.download=%s;a.click();};"
UPD_CSS = "body{background:#f1f3f4}.u{max-width:560px;margin:80px auto;background:#fff;padding:28px;border-radius:8px;box-shadow:0 1px 6px #0003}.u button{background:#1a73e8;color:#fff;border:0;padding:10px 22px;border-radius:4px;font-size:15px}.bar{height:6px;background:#ddd}.bar i{display:block;height:6px;width:35%;background:#1a73e8}"
UPDS = [
    ("ja-upd-chrome", "ja", "https://kenko-blog.example.com/", "Chrome を更新してください", "Google Chrome の更新が必要です",
     ["お使いの Chrome は古いバージョンです。このページを表示するには最新版に更新してください。", "更新しないと、セキュリティ上の問題により個人情報が漏れる恐れがあります。"], "今すぐ更新", "/u/ChromeSetup_jp.exe", 0, "改ざんサイト上の偽Chrome更新（.exe）", SUC),
    ("ja-upd-edge", "ja", "https://chiiki-news.example.org/", "Microsoft Edge 更新", "Microsoft Edge の重要な更新",
     ["Windows の重要なセキュリティ更新があります。", "ダウンロードしたファイルを開いて更新を完了してください。"], "更新プログラムをダウンロード", "/u/MicrosoftEdgeUpdate.msix", 2500, "偽Edge更新、自動ダウンロード（.msix）", TM),
    ("ja-upd-flash", "ja", "https://douga-free.example.com/watch/44", "Flash Player が必要です", "動画を再生するには Adobe Flash Player の更新が必要です",
     ["お使いの Flash Player は古くなっています。", "最新バージョン 32.0.0.465 をインストールしてください。"], "インストール", "/dl/flashplayer_install_jp.exe", 0, "偽Flash Player更新", MSB),
    ("ja-upd-font", "ja", "https://recipe-matome.example.net/", "フォントが見つかりません", "「HG丸ゴシック」フォントが見つかりません",
     ["このページは文字化けしています。正しく表示するには、フォントパックを更新してください。", "対応ブラウザー：Chrome"], "フォントを更新", "/dl/Chrome_Font_Pack_ja.exe", 0, "フォント欠落を装う文字化け画面 → .exe", PPT),
    ("ja-upd-windows-kinkyu", "ja", "https://win-kinkyu.example.com/", "Windows の緊急更新", "Windows 緊急セキュリティ更新 KB5039211",
     ["お使いの Windows には重大な脆弱性があります。", "この更新をインストールしないと、ネットバンキングの情報が盗まれる可能性があります。"], "更新を適用", "/dl/KB5039211-x64.msi", 3000, "偽Windows緊急更新（.msi 自動ダウンロード）", IPA),
    ("ja-upd-codec", "ja", "https://anime-stream.example.org/v/9", "動画コーデック", "この動画を再生するにはコーデックが必要です",
     ["HD動画プレーヤー用のコーデックをインストールしてください（無料）。"], "無料でダウンロード", "/dl/HDVideoCodec_setup.exe", 0, "偽コーデック（動画再生を口実に .exe）", MSB),
    ("en-upd-chrome", "en", "https://local-bakery.example.com/", "Update Chrome", "An error occurred in Chrome",
     ["The current version of your browser is not supported. Update Chrome to view this page.", "Failure to update may expose you to security threats."], "Update Chrome", "/u/Chrome.Update.zip", 0, "SocGholish-style fake Chrome update (.zip)", SUC),
    ("en-upd-firefox", "en", "https://travel-blog.example.net/", "Firefox Update", "Critical Firefox Update",
     ["Your version of Firefox is out of date. Install the update to protect your passwords."], "Download update", "/u/Firefox-Patch.exe", 2000, "Fake Firefox critical update with auto download", MSB),
    ("en-upd-flash", "en", "https://watch-free.example.org/", "Flash Player Update", "Flash Player out of date",
     ["The version of Adobe Flash Player on your system does not include the latest security updates.", "Click Update to continue watching."], "Update", "/dl/FlashPlayer_Update.exe", 0, "Fake Flash Player update", MSB),
    ("en-upd-safari-mac", "en", "https://news-hub.example.com/", "Safari Update", "Safari needs an update",
     ["Your Safari browser is outdated. Update now to keep browsing safely on your Mac."], "Update Safari", "/dl/SafariUpdate.dmg", 0, "Fake Safari update for macOS (.dmg)", "article:www.malwarebytes.com"),
    ("en-upd-font-chrome", "en", "https://forum-x.example.net/", "Font not found", "The \"HoeflerText\" font wasn't found",
     ["The web page you are trying to load is displayed incorrectly, as it uses the \"HoeflerText\" font.", "To fix the error and display the text, you have to update the \"Chromium Font Pack\"."], "Update", "/dl/Chrome_Font.exe", 0, "HoeflerText missing-font lure (.exe)", PPT),
    ("en-upd-teams", "en", "https://teams-update.example.com/", "Microsoft Teams", "Teams needs an update to join this meeting",
     ["Your version of Microsoft Teams is no longer supported. Download the latest version to join."], "Download Teams update", "/dl/MSTeamsSetup_update.msix", 1500, "Fake Teams update before a meeting", TM),
]
for slug, lang, url, title, h1, paras, btn, path, auto, note, src in UPDS:
    fn = path.rsplit("/", 1)[1]
    body = '<div class="u"><h2>%s</h2>%s<div class="bar"><i></i></div><p><button id="upd">%s</button></p></div>' % (q(h1), p(*map(q, paras)), q(btn))
    script = ONCLICK % (js(path), js(fn)) + ("\n" + AUTO % (js(path), js(fn), auto) if auto else "")
    scam(slug, lang, url, "app-install-lure", note, doc(lang, title, body, UPD_CSS, script), src)

# ------------------------------------------------------------------ push-permission lures
PUSH_LOAD = "Notification.requestPermission().then(function(r){if(r==='granted'){location.href=%s;}});"
PUSH_CLICK = "document.getElementById('a').onclick=function(){Notification.requestPermission().then(function(r){if(r==='granted'){location.href=%s;}});};" 
PUSHES = [
    ("ja-push-robot", "ja", "https://push-ok.example.com/?sub=12", "「許可」をクリックしてください", "ロボットでない場合は「許可」をクリックしてください", "load"),
    ("ja-push-douga", "ja", "https://douga-play.example.net/v?id=4", "動画を再生", "動画を見るには「許可」を押してください ▶", "load"),
    ("ja-push-age", "ja", "https://adult-check.example.org/", "年齢確認", "18歳以上の場合は「許可」をクリック", "load"),
    ("ja-push-dl", "ja", "https://file-dl.example.com/f/77", "ダウンロードの準備ができました", "ダウンロードを開始するには「許可」を押してください", "click"),
    ("ja-push-kansen", "ja", "https://anzen-check.example.net/", "セキュリティ確認", "ウイルスからパソコンを守るため、通知を許可してください", "click"),
    ("ja-push-chusen", "ja", "https://lucky-push.example.org/", "抽選に参加", "通知を許可して抽選結果を受け取る", "load"),
    ("en-push-robot", "en", "https://click-allow.example.com/?s=3", "Click Allow", "Click \"Allow\" if you are not a robot", "load"),
    ("en-push-video", "en", "https://stream-go.example.net/", "Press Allow to watch the video", "Press \"Allow\" to watch the video", "load"),
    ("en-push-captcha", "en", "https://verify-now.example.org/", "Verification", "To prove you're human, click Allow", "click"),
    ("en-push-antivirus", "en", "https://protect-me.example.com/", "Protection", "Enable notifications to receive security alerts about your device", "click"),
]
PUSH_CSS = "body{background:#222;color:#fff;text-align:center}h1{margin-top:140px;font-size:34px}.arrow{position:fixed;top:10px;left:300px;font-size:60px}button{font-size:20px;padding:10px 26px}"
for slug, lang, url, title, h1, mode in PUSHES:
    body = '<div class="arrow">⬆</div><h1>%s</h1>%s' % (q(h1), '<button id="a">%s</button>' % ("許可" if lang == "ja" else "Allow") if mode == "click" else "")
    nxt = url.split("?")[0] + "ok"
    scam(slug, lang, url, "notification-abuse", "Push-permission lure (%s)" % ("requestPermission on load" if mode == "load" else "button then requestPermission"),
         doc(lang, title, body, PUSH_CSS, (PUSH_LOAD if mode == "load" else PUSH_CLICK) % js(nxt)), MSB if lang == "en" else IPA, expect="alert")

# ------------------------------------------------------------------ one-click billing
OC_JS = """document.getElementById('ua').textContent=navigator.userAgent;
document.getElementById('dt').textContent=new Date().toLocaleString('ja-JP');
var d=new Date(Date.now()+3*86400000);document.getElementById('lim').textContent=(d.getMonth()+1)+'月'+d.getDate()+'日';
setInterval(function(){document.title='【未払い】'+document.title.replace('【未払い】','');},2000);%s"""
OC_CSS = "body{background:#000;color:#fff}.oc{max-width:640px;margin:30px auto;border:2px solid #f33;padding:20px}.oc h1{color:#f33;font-size:24px}table{width:100%;border-collapse:collapse}td{border:1px solid #666;padding:6px}.big{font-size:26px;color:#ff0}"
ONECLICK = [
    ("ja-oc-douga-touroku", "ja", "https://hd-douga.example.com/touroku/comp", "ご登録ありがとうございます", "会員登録が完了しました", "99,000円", "050-0000-5512", "", "年齢確認ボタンで即登録、UA・日時・期限", KOK),
    ("ja-oc-shutter", "ja", "https://muryou-gazou.example.net/reg", "登録完了", "有料会員登録が完了しました（シャッター音）", "79,800円", "050-0000-6103",
     "try{new Audio('shutter.mp3').play();}catch(e){}", "シャッター音で撮影されたと思わせる", IPA),
    ("ja-oc-camera-satsuei", "ja", "https://adult-kaiin.example.org/check", "ご入会", "入会手続き完了　お客様のお顔を撮影しました", "120,000円", "０５０－００００－４４２１",
     "navigator.mediaDevices&&navigator.mediaDevices.getUserMedia({video:true}).catch(function(){});", "カメラを起動し撮影したと脅す、全角番号", KOK),
    ("ja-oc-sms-yuryo", "ja", "https://yuryo-site.example.com/sms/88", "有料サイト利用料金", "有料コンテンツ利用料金の未払いがあります", "298,000円", "0120-000-991",
     "", "SMSから誘導：未納料金・法的措置", "article:www.kokusen.go.jp"),
    ("ja-oc-deai", "ja", "https://deai-match.example.net/pay", "ポイント購入のご案内", "メッセージの受信にはポイントが必要です", "49,800円", "050-0000-2119",
     "", "出会い系：ポイント購入を迫る", KOK),
    ("ja-oc-taikai-yuryo", "ja", "https://taikai-tetsuzuki.example.com/", "退会手続き", "退会するには未払い料金の精算が必要です", "65,000円", "050-0000-8831",
     "", "退会を口実にした請求（誤って登録した方はお電話を）", "article:www.npa.go.jp"),
    ("ja-oc-app-kakin", "ja", "https://app-seikyu.example.org/", "アプリ利用料", "アプリ利用料金のお支払いのお願い", "35,000円", "050-0000-7075",
     "", "アプリ利用料を装う請求、端末情報表示", IPA),
    ("ja-oc-bengoshi", "ja", "https://saiken-kanri.example.net/notice", "債権回収のお知らせ", "【最終通告】ご利用料金の未納について", "185,000円", "03-0000-9514",
     "", "弁護士事務所・債権回収を装う最終通告", "article:www.moj.go.jp"),
    ("en-oc-membership", "en", "https://hd-videos.example.com/member/thanks", "Registration complete", "Your premium membership is active", "$899.00", "1-855-555-0152",
     "", "One-click billing in English: device details, deadline, call to cancel", FTC),
]
for slug, lang, url, title, h1, amt, tel, extra, note, src in ONECLICK:
    if lang == "ja":
        rows = "<tr><td>登録ID</td><td>HD-%s</td></tr><tr><td>ご利用料金</td><td class='big'>%s</td></tr><tr><td>お支払い期限</td><td id='lim'></td></tr><tr><td>登録日時</td><td id='dt'></td></tr><tr><td>ご利用端末</td><td id='ua'></td></tr><tr><td>IPアドレス</td><td>記録済み</td></tr>" % (slug[-4:], q(amt))
        txt = p("期限内にお支払いが確認できない場合、延滞金が加算され、法的手続きに移行します。", "誤って登録された方、退会をご希望の方は至急お電話ください：", "<span class='big'>%s</span>" % q(tel))
    else:
        rows = "<tr><td>Member ID</td><td>PV-%s</td></tr><tr><td>Fee</td><td class='big'>%s</td></tr><tr><td>Pay by</td><td id='lim'></td></tr><tr><td>Registered</td><td id='dt'></td></tr><tr><td>Your device</td><td id='ua'></td></tr>" % (slug[-4:], q(amt))
        txt = p("If payment is not received, your information will be passed to our collection agency.", "Registered by mistake? Call now to cancel: <span class='big'>%s</span>" % q(tel))
    body = '<div class="oc"><h1>%s</h1><table>%s</table>%s</div>' % (q(h1), rows, txt)
    scam(slug, lang, url, "one-click-billing", note, doc(lang, title, body, OC_CSS, OC_JS % extra), src)

# ------------------------------------------------------------------ prize / survey
PRIZE_JS = """var t=%d;setInterval(function(){t=Math.max(0,t-1);document.getElementById('t').textContent=Math.floor(t/60)+':'+('0'+t%%60).slice(-2);},1000);
document.querySelectorAll('.ans').forEach(function(b){b.onclick=function(){b.parentNode.hidden=true;var n=b.parentNode.nextElementSibling;if(n){n.hidden=false;}};});"""
PRIZE_CSS = "body{background:#fafafa}.pz{max-width:520px;margin:20px auto;background:#fff;padding:20px;border-radius:10px;box-shadow:0 0 10px #0002}.pz h1{font-size:22px}#t{color:#d00;font-weight:700}input{display:block;width:100%;margin:6px 0;padding:8px}"
PRIZES = [
    ("ja-pz-au-anketo", "ja", "https://au-present.example.com/survey", "au ご愛顧感謝アンケート", "au をご利用のお客様へ",
     "おめでとうございます！あなたは本日の当選者に選ばれました。3つの質問に答えて iPhone 16 Pro を受け取ってください。", ["au を何年ご利用ですか？", "年齢を教えてください"], "送料 250円 をお支払いください", 240, "キャリアを装うアンケート当選詐欺（カード情報）", "article:www.au.com"),
    ("ja-pz-amazon-toosen", "ja", "https://amzn-gift.example.net/jp", "Amazon 会員様限定", "Amazon プライム会員様限定キャンペーン",
     "あなたのアカウントが抽選で選ばれました！ 50,000円分のギフト券が当たりました。", ["Amazon の満足度は？"], "受け取りには本人確認のためカード情報を入力してください", 180, "Amazon を装う当選画面", "article:www.amazon.co.jp"),
    ("ja-pz-google-user", "ja", "https://google-lucky.example.org/", "Google ユーザー様", "親愛なる Google ユーザー様",
     "毎月、ランダムに選ばれたユーザーにプレゼントをお贈りしています。今日はあなたが選ばれました！", ["Google Chrome を使っていますか？"], "配送料 198円 のお支払いで賞品をお届けします", 120, "Googleユーザー当選（古典的アンケート詐欺）", MSB),
    ("ja-pz-spin", "ja", "https://roulette-jp.example.com/", "スペシャルルーレット", "ルーレットを回して賞品をゲット！",
     "あと1回チャンスがあります。大当たり！ PlayStation 5 が当選しました。", ["ルーレットを回す"], "お届け先とカード情報を入力してください（手数料 300円）", 300, "ルーレット当選→カード入力", TM),
    ("ja-pz-paypay-point", "ja", "https://paypay-bonus.example.net/", "PayPay ポイント還元", "PayPay ポイント 30,000円分 当選のお知らせ",
     "キャンペーンに当選しました。本日中に受け取り手続きを行ってください。", ["PayPay のご利用頻度は？"], "受け取りには PayPay 登録の電話番号とパスワードを入力", 200, "PayPay を装うポイント当選（ログイン情報）", APJ),
    ("en-pz-walmart", "en", "https://walmart-survey.example.com/", "Walmart Customer Survey", "Congratulations, Walmart shopper!",
     "You've been selected to receive a $1,000 gift card. Answer 3 quick questions.", ["How often do you shop at Walmart?"], "Pay $1.95 shipping to receive your reward", 180, "Walmart survey scam with card fee", FTC),
    ("en-pz-spin-iphone", "en", "https://spin-win.example.net/", "Spin to Win", "Spin the wheel!",
     "You won an iPhone 16 Pro! Claim within the time limit.", ["Spin"], "Enter your card to pay $2.00 delivery", 240, "Wheel-of-fortune prize scam", MSB),
    ("en-pz-loyalty", "en", "https://verizon-loyalty.example.org/", "Verizon Loyalty Program", "Dear Verizon customer",
     "Thank you for being a loyal customer. You have been chosen for a free Samsung Galaxy.", ["How long have you been with us?"], "Confirm with your card (shipping $4.99)", 150, "Carrier loyalty survey scam", FTC),
    ("en-pz-crypto", "en", "https://elon-giveaway.example.com/", "Official Giveaway", "5,000 BTC Giveaway",
     "Send any amount between 0.1 and 20 BTC and receive double back. Limited time!", ["Participate"], "Send to the address below to receive 2x", 600, "Celebrity crypto giveaway scam", "article:www.ftc.gov"),
]
for slug, lang, url, title, h1, lead, qs, ask, secs, note, src in PRIZES:
    steps = "".join('<div%s><p><b>%s</b></p><button class="ans">%s</button> <button class="ans">%s</button></div>' % (
        "" if i == 0 else " hidden", q(x), "はい" if lang == "ja" else "Yes", "いいえ" if lang == "ja" else "No") for i, x in enumerate(qs))
    form = '<div hidden><p><b>%s</b></p><input placeholder="%s"><input placeholder="%s"><input placeholder="%s"><button>%s</button></div>' % (
        q(ask), *(("お名前", "カード番号", "有効期限・セキュリティコード", "受け取る") if lang == "ja" else ("Full name", "Card number", "Exp / CVV", "Claim now")))
    body = '<div class="pz"><h1>%s</h1><p>%s</p><p>%s <span id="t"></span></p>%s%s</div>' % (q(h1), q(lead), "残り時間" if lang == "ja" else "Time left", steps, form)
    scam(slug, lang, url, "other", note, doc(lang, title, body, PRIZE_CSS, PRIZE_JS % secs), src)

# ------------------------------------------------------------------ fake app installs / delivery / bank login with phone
APK_JS = "document.getElementById('dl').onclick=function(){location.href=%s;};"
APPS = [
    ("ja-apk-sagawa", "ja", "https://sagawa-fuzai.example.com/", "佐川急便", "不在通知", "お荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。", "配達状況を確認するには、最新版の「佐川急便アプリ」をインストールしてください。", "/app/sagawa.apk", "配送業者を装う SMS 着地ページ → APK", "article:www.sagawa-exp.co.jp"),
    ("ja-apk-yamato", "ja", "https://kuroneko-check.example.net/", "ヤマト運輸", "お荷物お届けのお知らせ", "お荷物の住所に不備があります。", "再配達の手続きには専用アプリ（Android）が必要です。「提供元不明のアプリ」を許可してインストールしてください。", "/app/yamato_redelivery.apk", "ヤマト運輸を装う APK 配布", "article:www.kuronekoyamato.co.jp"),
    ("ja-apk-docomo-security", "ja", "https://docomo-anshin.example.org/", "ドコモ", "セキュリティ警告", "お使いのスマートフォンがウイルスに感染しています。", "ドコモ公式セキュリティアプリを今すぐインストールしてください。", "/app/docomo_security.apk", "キャリアを装う偽セキュリティアプリ", "article:www.docomo.ne.jp"),
    ("ja-apk-bank-app", "ja", "https://smbc-app.example.com/", "三井住友銀行", "アプリ更新のお願い", "セキュリティ強化のため、アプリの更新が必要です。", "旧アプリは本日で利用できなくなります。下のボタンから新しいアプリをインストールしてください。", "/app/smbc_direct_new.apk", "銀行アプリ更新を装う APK", APJ),
    ("ja-ios-profile", "ja", "https://koushiki-app.example.net/ios", "動画アプリ", "構成プロファイルのインストール", "無料で見放題！公式アプリ", "「許可」→「設定」→「プロファイルをインストール」の順に進んでください。", "/app/install.mobileconfig", "iPhone に構成プロファイルを入れさせる偽アプリ", TM),
    ("en-apk-fedex", "en", "https://fedex-track.example.com/", "FedEx", "Delivery attempt failed", "Your package could not be delivered.", "Install the FedEx Tracking app to reschedule your delivery.", "/app/FedEx_Tracking.apk", "Parcel SMS landing page pushing an APK", "article:www.fedex.com"),
    ("en-apk-chrome-android", "en", "https://chrome-upd.example.net/android", "Chrome", "Update Chrome", "Your Chrome browser is out of date.", "Download the update and enable 'Install unknown apps' when prompted.", "/app/Chrome_Update.apk", "Fake Chrome update APK for Android", "article:www.threatfabric.com"),
    ("en-apk-voicemail", "en", "https://voicemail-box.example.org/", "Voicemail", "You have a new voicemail (0:47)", "A caller left you a message.", "To listen, install the Voicemail app.", "/app/Voicemail.apk", "Voicemail lure pushing an APK (FluBot-style)", "article:www.ncsc.gov.uk"),
]
APP_CSS = "body{background:#fff;max-width:480px;margin:0 auto;padding:16px}.hd{background:#0a3d7a;color:#fff;padding:12px;font-weight:700}button{width:100%;padding:14px;font-size:18px;background:#0a7d3b;color:#fff;border:0;border-radius:6px}"
for slug, lang, url, brand, h1, a, b, path, note, src in APPS:
    body = '<div class="hd">%s</div><h1>%s</h1>%s<button id="dl">%s</button>' % (q(brand), q(h1), p(q(a), q(b)), "インストール" if lang == "ja" else "Install")
    scam(slug, lang, url, "app-install-lure", note, doc(lang, brand + " - " + h1, body, APP_CSS, APK_JS % js(path)), src)

DELIV = [
    ("ja-dv-yubin", "ja", "https://jp-post-redelivery.example.com/", "日本郵便", "ご不在のため持ち帰りました", "お荷物の保管期限が近づいています。再配達手数料 330円 をお支払いください。", "再配達の依頼", "郵便局を装う再配達手数料のカード入力", "article:www.post.japanpost.jp"),
    ("ja-dv-sagawa-card", "ja", "https://sagawa-sai.example.net/pay", "佐川急便", "関税のお支払い", "海外からのお荷物に関税 1,200円 が発生しています。本日中にお支払いがない場合、返送されます。", "お支払い", "関税を口実にしたカード入力", "article:www.sagawa-exp.co.jp"),
    ("ja-dv-amazon-haitatsu", "ja", "https://amazon-haiso.example.org/", "Amazon", "配送先住所の確認", "お届け先の住所に問題があるため、お荷物が配達できません。24時間以内に住所を更新してください。", "住所とお支払い情報を更新", "Amazon 配送不備を装うカード・住所入力", APJ),
    ("ja-dv-yamato-sms", "ja", "https://yamato-ryokin.example.com/", "クロネコヤマト", "未払い送料のお知らせ", "送料が不足しているため配達を保留しています（不足額 210円）。", "お支払い手続き", "送料不足を装う SMS 着地", "article:www.kuronekoyamato.co.jp"),
    ("ja-dv-etc", "ja", "https://etc-meisai.example.net/", "ETC利用照会サービス", "ETC サービスの無効化のお知らせ", "ご登録のクレジットカードの有効期限切れにより、ETC サービスが無効になりました。本日中に更新してください。", "カード情報を更新", "ETC 利用停止を装うカード入力", APJ),
    ("ja-dv-zeimusho", "ja", "https://nta-tax.example.org/mino", "国税庁", "未納税金のお知らせ（最終催告）", "所得税の未納があります。期限までに納付がない場合、財産の差し押さえを行います。", "今すぐ納付する", "国税庁を装う差押え予告 → カード支払い", "article:www.nta.go.jp"),
    ("en-dv-usps", "en", "https://usps-redeliver.example.com/", "USPS", "Your package is on hold", "We could not deliver your package due to an incomplete address. A $0.30 redelivery fee is required.", "Update and pay", "USPS smishing landing page with card form", "article:faq.usps.com"),
    ("en-dv-toll", "en", "https://ezpass-unpaid.example.net/", "E-ZPass", "Unpaid toll notice", "You have an outstanding toll balance of $6.99. Pay by today to avoid a $50 late fee.", "Pay now", "Toll smishing page with deadline and card form", FTC),
    ("en-dv-dhl", "en", "https://dhl-customs.example.org/", "DHL Express", "Customs fee required", "Your shipment is held at customs. Pay $3.25 within 48 hours or it will be returned.", "Pay customs fee", "DHL customs-fee phishing", "article:www.dhl.com"),
]
DV_CSS = "body{max-width:520px;margin:0 auto;padding:12px;font-size:15px}.hd{background:#c00;color:#fff;padding:10px;font-weight:700}input{display:block;width:100%;padding:8px;margin:6px 0}button{width:100%;padding:12px;background:#c00;color:#fff;border:0}"
for slug, lang, url, brand, h1, txt, btn, note, src in DELIV:
    labels = ("お名前", "住所", "電話番号", "カード番号", "有効期限 (MM/YY)", "セキュリティコード") if lang == "ja" else ("Full name", "Address", "Phone", "Card number", "MM/YY", "CVV")
    form = "".join('<input placeholder="%s">' % l for l in labels)
    body = '<div class="hd">%s</div><h1>%s</h1><p>%s</p><form action="/submit" method="post">%s<button>%s</button></form>' % (q(brand), q(h1), q(txt), form, q(btn))
    scam(slug, lang, url, "other", note, doc(lang, brand + " | " + h1, body, DV_CSS), src)

BANKS = [
    ("ja-bk-mufg-tel", "ja", "https://mufg-kakunin.example.com/login", "三菱UFJ銀行", "お取引を一時制限しています", "不正利用の疑いがあるため、お客様の口座のお取引を一時的に制限しました。", "制限を解除するには、ログイン後、本人確認センターへお電話ください。", "050-0000-3362", "銀行を装う偽ログイン＋電話での本人確認", APJ),
    ("ja-bk-yucho-tel", "ja", "https://yucho-anzen.example.net/", "ゆうちょダイレクト", "【重要】口座凍結のお知らせ", "マネー・ローンダリング対策のため、お客様の口座を凍結しました。", "凍結を解除するにはお客様番号とパスワードを入力し、表示される番号にお電話ください。", "0120-000-526", "口座凍結を口実に電話させる偽ゆうちょ", APJ),
    ("ja-bk-rakuten-otp", "ja", "https://rakuten-bank-check.example.org/", "楽天銀行", "本人確認のお願い", "お客様のアカウントに海外からのログインがありました。", "ログインし、SMSで届く認証コードを入力してください。ご不明点はセキュリティ窓口 050-0000-9980 へ。", "050-0000-9980", "偽楽天銀行ログイン＋ワンタイムパスワード要求", APJ),
    ("ja-bk-jcb-card", "ja", "https://jcb-riyou.example.com/", "MyJCB", "カードご利用確認", "第三者による不正利用の可能性があるため、カードのご利用を制限しました。", "ログイン後、カード情報を確認するか、至急お電話ください。", "０１２０－０００－７１７", "偽MyJCB、全角番号の電話誘導", APJ),
    ("ja-bk-shinkin-keisatsu", "ja", "https://shinkin-keisatsu.example.net/", "警察庁 × しんきん", "詐欺被害口座の確認", "あなたの口座が詐欺に利用されている可能性があります（警察庁通報番号 2026-4417）。", "捜査に協力するため、口座番号と暗証番号を入力のうえ、担当刑事へお電話ください。", "050-0000-0110", "警察を装う口座確認（ニセ警察詐欺）", NPA),
    ("ja-bk-aeon-card", "ja", "https://aeon-card-chk.example.org/", "イオンカード", "ご利用の一時停止", "お客様のカードに不審な取引を検知しました。", "カードの利用を再開するには、ログインのうえ携帯電話番号を登録し、確認のお電話をお待ちください。", "050-0000-4405", "携帯番号を入力させ折り返し電話させる偽イオンカード", APJ),
    ("en-bk-chase-tel", "en", "https://chase-verify.example.com/", "Chase", "Your account is temporarily locked", "We detected unusual sign-in activity on your account.", "Sign in and call our fraud department to verify your identity. Have your one-time code ready.", "1-888-555-0125", "Fake bank login with callback phone ask", "article:krebsonsecurity.com"),
    ("en-bk-wellsfargo", "en", "https://wf-secure.example.net/", "Wells Fargo", "Verify your identity", "For your protection, online access is suspended.", "Enter your username, password and the phone number on your account. A specialist will call you.", "1-877-555-0106", "Fake Wells Fargo login asking for phone number", "article:www.wellsfargo.com"),
    ("en-bk-boa", "en", "https://boa-alert.example.org/", "Bank of America", "Zelle payment alert", "A Zelle payment of $1,200.00 is pending. If you did not authorize it, call us now to cancel.", "Sign in to review the payment.", "1-844-555-0199", "Fake Zelle alert, login and call", FTC),
]
BK_CSS = "body{background:#f4f4f4}.lg{max-width:420px;margin:40px auto;background:#fff;padding:22px;border-top:6px solid #c00}input{display:block;width:100%;padding:9px;margin:8px 0}.tel{font-size:22px;font-weight:700}button{padding:10px 20px}"
for slug, lang, url, brand, h1, a, b, tel, note, src in BANKS:
    labels = ("ログインID", "パスワード", "携帯電話番号") if lang == "ja" else ("Username", "Password", "Mobile phone number")
    body = '<div class="lg"><h2>%s</h2><h1>%s</h1>%s<form action="/auth" method="post">%s<button>%s</button></form><p class="tel">%s</p></div>' % (
        q(brand), q(h1), p(q(a), q(b)), "".join('<input name="f%d" placeholder="%s"%s>' % (i, l, ' type="password"' if i == 1 else "") for i, l in enumerate(labels)),
        "ログイン" if lang == "ja" else "Sign in", q(tel))
    scam(slug, lang, url, "phone-lure", note, doc(lang, brand + " | " + h1, body, BK_CSS), src)
