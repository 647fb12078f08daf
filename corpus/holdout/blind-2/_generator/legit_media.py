"""Legitimate pages whose mechanics (camera, microphone, sound, full screen,
pointer lock, key capture, downloads, bot checks) resemble scam mechanics."""
from kit import legit, site, doc, p, li, q, js

# ------------------------------------------------------------------ video calls / telehealth
CAM_ON_CLICK = """document.getElementById('cam').addEventListener('click', async function () {
  try {
    var s = await navigator.mediaDevices.getUserMedia({video: true, audio: true});
    document.getElementById('me').srcObject = s;
    document.getElementById('state').textContent = %s;
  } catch (e) { document.getElementById('state').textContent = %s; }
});"""
CAM_ON_LOAD = """navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(function (s) {
  document.getElementById('me').srcObject = s;
}).catch(function () { document.getElementById('state').textContent = %s; });"""
RING = """var ring = new Audio('/static/sounds/incoming.mp3'); ring.loop = true;
document.getElementById('join').addEventListener('click', function () { ring.pause(); location.href = %s; });
ring.play().catch(function () {});"""

CALLS = [
    # slug, lang, url, brand, title, h1, paragraphs, dial-in line, mode
    ("ja-meet-webex-join", "ja", "https://meetings.webex.com/ja/join/7712345", "Webex", "ミーティングに参加 | Webex",
     "月次定例会議（営業部）", ["開始前にカメラとマイクをテストしてください。", "ブラウザーから参加する場合はアプリのインストールは不要です。"],
     "電話で参加：03-0000-4410　アクセスコード 2614 771 0093", "click"),
    ("ja-telehealth-curon", "ja", "https://app.curon.co/patient/visit/room", "curon", "オンライン診療 待合室 | curon",
     "オンライン診療の待合室", ["医師の準備ができると自動で通話が始まります。このままお待ちください。", "カメラとマイクの使用を許可してください。保険証は画面越しに確認します。"],
     "通信がうまくいかない場合は医療機関へお電話ください：03-0000-7120", "load"),
    ("ja-telehealth-clinics", "ja", "https://clinics.medley.life/online/waiting", "CLINICS", "診察の準備 | CLINICS オンライン診療",
     "診察開始までお待ちください", ["予約時刻：12月8日 10:30 内科　山田クリニック", "診察料はクレジットカードで自動決済されます。"],
     "アプリの使い方：CLINICSサポート 0120-000-518（平日10時〜19時）", "click"),
    ("ja-teams-lobby", "ja", "https://teams.microsoft.com/l/meetup-join/lobby", "Microsoft Teams", "会議に参加 | Microsoft Teams",
     "ロビーで待機中", ["会議の開催者が参加を許可するまでお待ちください。", "Windows 用 Teams アプリで開くこともできます。"],
     "電話会議 (音声のみ) +81 3-0000-5524 日本, 東京 電話会議 ID: 418 220 771#", "ring"),
    ("ja-zoom-webinar", "ja", "https://us06web.zoom.us/w/8312?tk=ja", "Zoom", "ウェビナーに登録済み - Zoom",
     "シニア向けスマホ教室（オンライン）", ["開始10分前から入室できます。", "音声が聞こえない場合はスピーカーの音量を確認してください。"],
     "電話で参加：+81 3 0000 0361（ウェビナーID 831 2277 0190）", "click"),
    ("ja-line-groupcall", "ja", "https://guide.line.me/ja/chats-calls-notifications/calls/group-video-call.html", "LINE みんなで使い方ガイド", "グループビデオ通話 | LINEガイド",
     "グループビデオ通話をはじめる", ["トークルームの受話器アイコンから「ビデオ通話」を選びます。", "はじめて使うときはカメラとマイクへのアクセス許可が求められます。下のボタンで試せます。"],
     "", "click"),
    ("ja-kaigo-online-mensetsu", "ja", "https://www.sompocare.com/visit/online-menkai", "SOMPOケア", "オンライン面会のご案内 | SOMPOケア",
     "ご家族とのオンライン面会", ["ご入居者様との面会をビデオ通話で行えます。1回15分です。", "開始時刻になりましたら下の「面会を始める」を押してください。"],
     "予約の変更はホーム受付 03-0000-2287 まで", "ring"),
    ("ja-kyujin-web-mensetsu", "ja", "https://interview.en-japan.com/room/5521", "エン転職 Web面接", "Web面接ルーム | エン転職",
     "Web面接ルーム（一次面接）", ["面接官が入室するまでしばらくお待ちください。", "イヤホンの使用をおすすめします。"],
     "", "load"),
    ("ja-kyoiku-online-jugyo", "ja", "https://online.manabi.example.ac.jp/class/3", "まなびオンライン", "オンライン授業 3時間目",
     "3年2組　オンライン授業", ["先生が授業を始めるまで待っていてください。", "マイクはミュートにしておきましょう。"],
     "", "click"),
    ("en-meet-google-green", "en", "https://meet.google.com/abc-defg-hij", "Google Meet", "Meet - abc-defg-hij",
     "Ready to join?", ["No one else is here yet.", "Check your audio and video before you join."],
     "Join by phone: +1 555-0100-233 PIN: 884 112 907#", "load"),
    ("en-telehealth-teladoc", "en", "https://member.teladoc.com/visit/waiting", "Teladoc Health", "Your visit | Teladoc Health",
     "Your provider will be with you shortly", ["Please stay on this page. Your camera and microphone must be allowed for the visit.", "Estimated wait: 6 minutes."],
     "Trouble connecting? Call 1-800-555-0142, available 24/7.", "load"),
    ("en-telehealth-mychart", "en", "https://mychart.examplehealth.org/MyChart/Visits/VideoVisit", "MyChart", "Video Visit - MyChart",
     "Begin video visit", ["Test your hardware before your appointment with Dr. Patel.", "Your visit starts at 2:15 PM. You can join up to 30 minutes early."],
     "Need help? Call the MyChart help desk at 1-866-555-0119.", "click"),
    ("en-webex-personal-room", "en", "https://example.webex.com/meet/jsmith", "Webex", "Jane Smith's Personal Room",
     "Jane Smith's Personal Room", ["The host has been notified that you are waiting.", "Use computer audio or call in."],
     "Call-in toll number (US/Canada) +1-408-555-0177, access code 2553 771 904", "ring"),
    ("en-discord-stage", "en", "https://discord.com/channels/44/stage", "Discord", "Town Hall Stage | Discord",
     "Community Town Hall", ["You joined as a listener. Raise your hand to speak.", "Push-to-talk is set to the ` key."],
     "", "ring"),
    ("en-jitsi-room", "en", "https://meet.jit.si/FamilySundayCall", "Jitsi Meet", "Jitsi Meet | FamilySundayCall",
     "Join FamilySundayCall", ["Enter your name to join the meeting.", "Jitsi Meet is free and open source; no account is needed."],
     "Dial-in: +1.512.555.0166 PIN: 2231 8876 21#", "click"),
    ("en-vet-telehealth", "en", "https://app.vetster.com/appointment/room", "Vetster", "Video appointment | Vetster",
     "Your virtual vet visit", ["Please have your pet with you and allow camera access so the vet can see them.", "You will not be charged until the appointment ends."],
     "", "load"),
]


def call_page(slug, lang, url, brand, title, h1, paras, dial, mode):
    ja = lang == "ja"
    ok, bad = ("カメラ・マイクは正常です", "カメラまたはマイクを使用できません。ブラウザーの設定を確認してください。") if ja else (
        "Camera and microphone are working", "We can't reach your camera or microphone. Check your browser settings.")
    cam_b = "カメラとマイクをテスト" if ja else "Test camera and mic"
    join_b = "参加する" if ja else "Join now"
    body = ('<h1>%s</h1>%s<div class="stage"><video id="me" autoplay muted playsinline></video>'
            '<div id="state" class="small"></div></div><button id="cam" class="b2">%s</button> '
            '<button id="join" class="b">%s</button>%s'
            % (q(h1), p(*paras), cam_b, join_b, ("<p class=\"small\">%s</p>" % q(dial)) if dial else ""))
    room = url + ("&" if "?" in url else "?") + "joined=1"
    if mode == "click":
        script = CAM_ON_CLICK % (js(ok), js(bad))
    elif mode == "load":
        script = CAM_ON_LOAD % js(bad) + "\n" + CAM_ON_CLICK % (js(ok), js(bad))
    else:
        script = RING % js(room) + "\n" + CAM_ON_CLICK % (js(ok), js(bad))
    css = ".stage{background:#202124;width:480px;max-width:100%;height:270px;border-radius:8px;margin:12px 0}video{width:100%;height:100%}.small{color:#ccc;font-size:13px;padding:4px}.b2{padding:9px 14px;border:1px solid #999;background:#fff;border-radius:4px}"
    legit(slug, lang, url, "video-call", "%s: %s" % (brand, {"click": "camera+mic on click", "load": "camera+mic on load", "ring": "ringtone loop, camera on click"}[mode])
          + (", dial-in number" if dial else ""), site(lang, title, brand, body, css=css, script=script))


for c in CALLS:
    call_page(*c)

# ------------------------------------------------------------------ camera / mic / location in other use
OTHER_CAM = [
    ("ja-ekyc-bank-koza", "ja", "https://www.sbisumishinbank.co.jp/account/ekyc", "住信SBIネット銀行", "本人確認（スマホで撮影）",
     "<h1>本人確認書類と顔写真の撮影</h1>" + p("口座開設のため、運転免許証またはマイナンバーカードと、ご本人のお顔を撮影します。", "撮影した画像は本人確認の目的以外には使用しません。")
     + '<video id="v" autoplay playsinline width="320"></video><br><button class="b" id="go">カメラを起動する</button>',
     "document.getElementById('go').onclick=function(){navigator.mediaDevices.getUserMedia({video:{facingMode:'user'}}).then(function(s){document.getElementById('v').srcObject=s;});};",
     "eKYC: camera for ID and face, bank account opening"),
    ("ja-weather-genzaichi", "ja", "https://tenki.jp/", "tenki.jp", "現在地の天気 - tenki.jp",
     "<h1>現在地の天気</h1>" + p("位置情報を利用して、いまいる場所の天気と雨雲レーダーを表示します。") + '<button class="b" id="loc">現在地を使う</button><p id="out"></p>',
     "document.getElementById('loc').onclick=function(){navigator.geolocation.getCurrentPosition(function(pos){document.getElementById('out').textContent='緯度 '+pos.coords.latitude.toFixed(2)+' 経度 '+pos.coords.longitude.toFixed(2);},function(){document.getElementById('out').textContent='位置情報を取得できませんでした';});};",
     "Weather: geolocation on click"),
    ("ja-karaoke-online", "ja", "https://www.joysound.com/web/karaoke/online", "JOYSOUND", "おうちカラオケ | JOYSOUND",
     "<h1>マイクで歌って採点</h1>" + p("パソコンのマイクで歌うと、その場で採点します。イヤホンをご使用ください。") + '<button class="b" id="mic">マイクをオンにする</button><canvas id="meter" width="300" height="20"></canvas>',
     "document.getElementById('mic').onclick=async function(){var s=await navigator.mediaDevices.getUserMedia({audio:true});var ac=new AudioContext();var an=ac.createAnalyser();ac.createMediaStreamSource(s).connect(an);};",
     "Karaoke: microphone + AudioContext on click"),
    ("en-proctor-exam", "en", "https://proctor.examity.com/check", "Examity", "System check | Examity",
     "<h1>Before your exam</h1>" + p("Your webcam, microphone and a full-screen window are required for the whole exam.", "Do not leave full screen: the proctor will be notified.")
     + '<button class="b" id="go">Start system check</button>',
     "document.getElementById('go').onclick=async function(){await navigator.mediaDevices.getUserMedia({video:true,audio:true});document.documentElement.requestFullscreen();};",
     "Exam proctoring: camera, mic and full screen on click"),
    ("en-qr-scanner", "en", "https://qrcodescan.in/", "QR Scanner", "Scan QR code online with camera",
     "<h1>Scan a QR code</h1>" + p("Point your camera at the code. Nothing is uploaded; scanning happens in your browser.") + '<video id="v" autoplay playsinline width="320"></video>',
     "navigator.mediaDevices.getUserMedia({video:{facingMode:'environment'}}).then(function(s){document.getElementById('v').srcObject=s;});",
     "QR scanner: camera on load"),
    ("en-store-locator", "en", "https://www.walgreens.com/storelocator/find.jsp", "Walgreens", "Find a Store | Walgreens",
     "<h1>Find a store near you</h1>" + p("Pharmacy open 24 hours at some locations. Call your store for prescription questions.") + '<button class="b" id="loc">Use my location</button>',
     "document.getElementById('loc').onclick=function(){navigator.geolocation.getCurrentPosition(function(){},function(){});};",
     "Store locator: geolocation on click, pharmacy call"),
]
for slug, lang, url, brand, title, body, script, note in OTHER_CAM:
    legit(slug, lang, url, "camera-mic-location", note, site(lang, title, brand, body, script=script))

# ------------------------------------------------------------------ CAPTCHA and bot checks
CF_CHALLENGE = """<div class="cf"><h1>%s</h1><h2>%s</h2>
<div class="widget"><label><input type="checkbox" id="human"> %s</label><span class="brand">CLOUDFLARE<br><small>%s</small></span></div>
<p>%s</p><div class="ray">Ray ID: <code>%s</code> &bull; Performance &amp; security by Cloudflare</div></div>"""
CF_CSS = ".cf{max-width:640px;margin:80px auto;padding:0 20px}.cf h1{font-size:32px}.cf h2{font-weight:400;font-size:20px}.widget{border:1px solid #ccc;background:#fafafa;width:300px;padding:14px;display:flex;justify-content:space-between}.brand{font-size:10px;color:#f48120;text-align:right}.ray{margin-top:60px;font-size:12px;color:#555}"
CF_JS = "document.getElementById('human').addEventListener('change',function(){setTimeout(function(){location.reload();},900);});"

CAPTCHAS = [
    ("ja-cf-ticket", "ja", "https://eplus.jp/sf/detail/0001234", "eplus.jp", "安全な接続を確認しています", "続行する前に、eplus.jp は接続のセキュリティを確認する必要があります。", "人間であることを確認します", "プライバシー・利用規約", "アクセスが集中しています。しばらくお待ちください。", "8e1f02ab9c3d4f11"),
    ("ja-cf-doujin", "ja", "https://www.melonbooks.co.jp/detail/detail.php?product_id=1", "www.melonbooks.co.jp", "しばらくお待ちください…", "www.melonbooks.co.jp の応答を待っています", "人間であることを確認します", "プライバシー・利用規約", "", "8e1f02ab9c3d4f12"),
    ("en-cf-forum", "en", "https://forum.level1techs.com/t/12345", "forum.level1techs.com", "Just a moment...", "Verifying you are human. This may take a few seconds.", "Verify you are human", "Privacy - Terms", "forum.level1techs.com needs to review the security of your connection before proceeding.", "8e1f02ab9c3d4f13"),
    ("en-cf-shop-queue", "en", "https://www.newegg.com/p/N82E1", "www.newegg.com", "Attention Required!", "Checking if the site connection is secure", "Verify you are human", "Privacy - Terms", "Enable JavaScript and cookies to continue.", "8e1f02ab9c3d4f14"),
]
for slug, lang, url, h1, title, h2, cb, tiny, extra, ray in CAPTCHAS:
    legit(slug, lang, url, "captcha", "Cloudflare managed challenge (Turnstile checkbox, Ray ID); reloads on pass",
          doc(lang, title, CF_CHALLENGE % (q(h1), q(h2), q(cb), q(tiny), q(extra), ray), CF_CSS, CF_JS))

HC_GRID = """<form class="login" action="/login" method="post"><h1>%s</h1>
<label>%s<input name="id"></label><label>%s<input name="pw" type="password"></label>
<div class="hc"><label><input type="checkbox" id="hc"> %s</label><span>hCaptcha</span></div>
<div id="grid" hidden><p>%s</p><div class="g">%s</div><button type="button" class="b" id="ok">%s</button></div>
<button class="b">%s</button></form>"""
HC_CSS = ".login{max-width:380px;margin:40px auto}.login label{display:block;margin:8px 0}.login input[name]{width:100%;padding:8px}.hc{border:1px solid #ccc;padding:12px;display:flex;justify-content:space-between;background:#f9f9f9}.g{display:grid;grid-template-columns:repeat(3,80px);gap:4px}.g div{height:80px;background:#cde}"
HC_JS = "document.getElementById('hc').onchange=function(){document.getElementById('grid').hidden=false;};document.getElementById('ok').onclick=function(){document.getElementById('grid').hidden=true;};"
HCS = [
    ("ja-hcaptcha-pixiv", "ja", "https://accounts.pixiv.net/login", "pixiv", "ログイン", "pixiv ID またはメールアドレス", "パスワード", "私は人間です", "バスが写っている画像をすべて選択してください", "確認", "ログイン"),
    ("ja-hcaptcha-5ch", "ja", "https://5ch.net/auth/", "5ちゃんねる", "書き込み認証", "メールアドレス", "パスワード", "私は人間です", "自転車の画像をすべて選んでください", "確認", "認証する"),
    ("en-hcaptcha-discord", "en", "https://discord.com/login", "Discord", "Welcome back!", "Email or phone number", "Password", "I am human", "Please click each image containing a boat", "Verify", "Log In"),
    ("en-recaptcha-ticket", "en", "https://www.recreation.gov/camping/campgrounds/232447", "Recreation.gov", "Reserve your campsite", "Email", "Password", "I'm not a robot", "Select all squares with traffic lights", "Verify", "Continue to reservation"),
]
for slug, lang, url, brand, h1, l1, l2, cb, task, ok, go in HCS:
    cells = "".join("<div></div>" for _ in range(9))
    legit(slug, lang, url, "captcha", "%s login with an hCaptcha/reCAPTCHA checkbox and image grid" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, HC_GRID % (q(h1), q(l1), q(l2), q(cb), q(task), cells, q(ok), q(go)), css=HC_CSS, script=HC_JS))

BANK_AUTH = [
    ("ja-bank-gazou-ninsho-mufg", "ja", "https://direct.bk.mufg.jp/login/captcha", "三菱UFJ銀行", "画像認証",
     "セキュリティ強化のため、画像に表示されている文字を入力してください。", "文字が読みにくい場合は「別の画像を表示」を押してください。"),
    ("ja-bank-gazou-ninsho-yucho", "ja", "https://direct.jp-bank.japanpost.jp/auth/image", "ゆうちょダイレクト", "画像認証（ひらがな）",
     "表示されているひらがな4文字を入力してください。", "不正なログインを防ぐための確認です。ゆうちょ銀行が電話やメールでパスワードを聞くことはありません。"),
    ("ja-bank-gazou-ninsho-rakuten", "ja", "https://fes.rakuten-bank.co.jp/MS/main/RbS?CurrentPageID=CAPTCHA", "楽天銀行", "画像認証のお願い",
     "続けるには、下の画像と同じ数字を入力してください。", "一定回数間違えるとしばらくログインできなくなります。"),
    ("ja-shinkin-tango-ninsho", "ja", "https://www.shinkin.co.jp/ib/login/moji", "しんきん個人インターネットバンキング", "確認用文字の入力",
     "画面に表示された確認用の文字を、同じ順番で入力してください。", "お問い合わせ：インターネットバンキングヘルプデスク 0120-000-327（平日9:00〜17:00）"),
    ("ja-ticket-gazou-pia", "ja", "https://t.pia.jp/pia/auth/captcha", "チケットぴあ", "画像認証",
     "機械による大量購入を防ぐため、画像の文字を入力してください。", "認証後、購入手続き画面へ進みます。制限時間は10分です。"),
    ("en-usps-captcha", "en", "https://tools.usps.com/go/TrackConfirmAction/captcha", "USPS", "Verify you are not a robot",
     "Type the characters you see in the image below to continue tracking.", "USPS will never text you a link asking for payment to redeliver a package."),
]
for slug, lang, url, brand, h1, t1, t2 in BANK_AUTH:
    svg = ('<svg width="180" height="50"><rect width="180" height="50" fill="#eef"/><path d="M0 30 Q90 5 180 35" stroke="#99a" fill="none"/>'
           '<text x="18" y="34" font-size="26" transform="rotate(-4 90 25)" fill="#335">%s</text></svg>' % ("ふくろう" if "ひらがな" in h1 else "7Kx4q"))
    body = ('<h1>%s</h1>%s<div>%s</div><p><input id="c" size="12"> <a href="#" onclick="return false">%s</a></p><button class="b">%s</button>'
            % (q(h1), p(q(t1), q(t2)), svg, "別の画像を表示" if lang == "ja" else "Show another image", "次へ" if lang == "ja" else "Continue"))
    legit(slug, lang, url, "captcha", "%s: image text CAPTCHA before login/next step" % brand, site(lang, "%s | %s" % (h1, brand), brand, body, bar="#a00" if "UFJ" in brand else "#0b3d91"))

AMAZON_STYLE = [
    ("ja-amazon-captcha-ja", "ja", "https://www.amazon.co.jp/errors/validateCaptcha", "amazon.co.jp", "Amazon.co.jp",
     "文字を入力してください", "申し訳ありませんが、お客様がロボットでないことを確認させていただく必要があります。", "ショッピングを続ける"),
    ("en-akamai-denied", "en", "https://www.homedepot.com/p/205", "The Home Depot", "Access Denied",
     "Press & Hold", "Press and hold the button to confirm you are a human (and not a bot).", "Press & Hold"),
]
for slug, lang, url, brand, title, h1, txt, btn in AMAZON_STYLE:
    body = '<div style="max-width:460px;margin:60px auto"><h2>%s</h2><p>%s</p><div style="background:#eee;height:60px;margin:10px 0"></div><input> <button class="b">%s</button></div>' % (q(h1), q(txt), q(btn))
    legit(slug, lang, url, "captcha", "Bot check page: %s" % h1, doc(lang, title, body, ".b{padding:8px 14px}"))
