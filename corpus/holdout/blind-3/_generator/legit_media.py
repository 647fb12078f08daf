"""Legitimate pages (1): video calls, telehealth and eKYC camera/mic, CAPTCHA and
bank image checks, games with full screen / pointer lock / keyboard lock / sound,
remote-support vendors, kiosks and slide decks."""
from kit import legit, site, doc, p, li, a, q, js, table, faq, seed

# ------------------------------------------------------------------ video calls / telehealth / eKYC
GUM = """var st=null;function startMedia(){navigator.mediaDevices.getUserMedia({video:%s,audio:true}).then(function(s){st=s;
var v=document.getElementById('preview');v.srcObject=s;v.play();document.getElementById('devstate').textContent=%s;}).catch(function(e){
document.getElementById('devstate').textContent=%s+e.name;});}
function listDevices(){if(!navigator.mediaDevices.enumerateDevices)return;navigator.mediaDevices.enumerateDevices().then(function(ds){
var sel=document.getElementById('cam');ds.filter(function(d){return d.kind==='videoinput';}).forEach(function(d,i){var o=document.createElement('option');o.textContent=d.label||('Camera '+(i+1));sel.appendChild(o);});});}
listDevices();"""
RING = """var ring=new Audio('sounds/ringtone.mp3');ring.loop=true;
function incoming(){ring.play().catch(function(){});document.getElementById('incoming').hidden=false;}
document.getElementById('answer').addEventListener('click',function(){ring.pause();startMedia();document.getElementById('incoming').hidden=true;});"""

CALLS = [
    # slug, url, brand, title, h1, intro, when(load/click), dial, ring, color, note-brand, extra rows
    ("ja-vc-vcube", "https://meeting.vcube.com/room/join/48213", "V-CUBE ミーティング", "会議室に入室 | V-CUBE ミーティング",
     "営業定例（第3週）に入室します", ["入室前にカメラとマイクの状態を確認してください。映像は相手に送信される前にここで確認できます。",
     "社外ネットワークから参加される場合、プロキシの設定によっては音声が途切れることがあります。"], "click", "電話で参加：03-0000-4410（会議ID 482 13 / PIN 7781#）", False, "#e60039", "V-CUBE",
     [("主催者", "営業企画部 山本"), ("開始", "2026年12月8日（火）10:00"), ("所要時間", "60分")]),
    ("ja-vc-bellface", "https://app.bell-face.com/guest/connect", "bellFace", "接続ページ | bellFace",
     "担当者との商談に接続します", ["担当者からお電話でお伝えした4桁の接続ナンバーを入力してください。", "このあとカメラとマイクの使用許可を求められます。映像をオフにしたままでも商談は可能です。"],
     "click", "接続でお困りの方：0120-000-391（平日 9:00〜18:00）", False, "#1b79c8", "bellFace", [("接続ナンバー", '<input size="6" value="5190" aria-label="接続ナンバー">')]),
    ("ja-vc-line-doctor", "https://doctor.line.me/patient/consultation/waiting", "LINEドクター", "診察待合室 | LINEドクター",
     "オンライン診療の待合室", ["医師の準備ができると、着信音が鳴ってビデオ通話が始まります。この画面を閉じずにお待ちください。", "保険証は診察の前にアップロードしてください。お薬は近くの薬局で受け取れます。"],
     "load", "", True, "#06c755", "LINEドクター", [("医療機関", "さくら内科クリニック"), ("予約時間", "12月8日 19:30"), ("診療科", "内科")]),
    ("ja-vc-sokuyaku", "https://sokuyaku.jp/online/room/2207", "SOKUYAKU", "オンライン服薬指導 | SOKUYAKU",
     "薬剤師によるオンライン服薬指導", ["薬剤師がビデオ通話でお薬の飲み方を説明します。カメラとマイクを許可してください。", "通話がつながらない場合は、薬局からお電話することがあります。"],
     "click", "サポート窓口：050-0000-2417（10:00〜19:00）", True, "#00a0a0", "SOKUYAKU", [("薬局", "みどり薬局 駅前店"), ("予約", "12月9日 11:00")]),
    ("ja-vc-hellowork-online", "https://www.hellowork.mhlw.go.jp/online/soudan/room", "ハローワーク オンライン職業相談", "オンライン職業相談 | ハローワーク",
     "オンライン職業相談に参加する", ["相談員とビデオ通話で職業相談ができます。ご自宅から参加される場合は、静かな場所をご用意ください。", "カメラの使用を許可すると、ご本人確認のため相談員に映像が表示されます。"],
     "click", "つながらないときは担当窓口：03-0000-5521（平日 8:30〜17:15）", False, "#00529b", "ハローワーク", [("予約番号", "HW-20261208-013"), ("相談員", "職業相談部門")]),
    ("ja-ekyc-rakuten-sec", "https://www.rakuten-sec.co.jp/web/account/ekyc/", "楽天証券", "スマホで本人確認 | 楽天証券",
     "スマホでかんたん本人確認（eKYC）", ["マイナンバーカードまたは運転免許証と、ご本人の顔をカメラで撮影します。", "撮影は画面の案内に従って、顔を左右に動かしてください。撮影した画像は本人確認のみに使用します。"],
     "click", "口座開設専用ダイヤル：0120-000-188（平日 8:30〜17:00）", False, "#bf0000", "楽天証券", [("必要なもの", "マイナンバーカード / 運転免許証"), ("所要時間", "約5分")]),
    ("ja-ekyc-paypay-bank", "https://www.paypay-bank.co.jp/account/open/ekyc.html", "PayPay銀行", "口座開設 本人確認 | PayPay銀行",
     "本人確認書類と顔写真を撮影してください", ["口座開設の本人確認は、スマホのカメラで最短当日に完了します。", "当行がSMSやメールで暗証番号を聞くことはありません。"],
     "load", "カスタマーセンター：0570-000-356", False, "#e8002d", "PayPay銀行", [("ステップ", "1. 書類の表面 2. 書類の厚み 3. 顔写真")]),
    ("ja-karaoke-dam", "https://www.clubdam.com/app/webkaraoke/", "DAM★とも", "Webカラオケ | DAM★とも",
     "ブラウザでカラオケ録音", ["マイクを許可すると、伴奏にあわせて歌声を録音できます。ヘッドホンのご使用をおすすめします。", "録音した歌は「マイページ」から公開・非公開を選べます。"],
     "click", "", False, "#d7000f", "DAM★とも", [("曲", "春の歌（練習用）"), ("キー", "原曲")]),
    ("en-vc-whereby", "https://whereby.com/family-room-412", "Whereby", "family-room-412 | Whereby",
     "Join family-room-412", ["Check your camera and microphone before you go in. Nobody sees you until you click Join.", "Guests don't need an account or an app."],
     "click", "", False, "#4b2bd8", "Whereby", [("Host", "Maria G."), ("Room", "family-room-412")]),
    ("en-vc-doxy", "https://doxy.me/drpatel/checkin", "doxy.me", "Dr. Patel's waiting room | doxy.me",
     "Welcome to Dr. Patel's waiting room", ["Please enter your name to check in. Your provider will start the call when ready.", "Allow camera and microphone when your browser asks."],
     "load", "Trouble connecting? Call the clinic: 1-888-555-0142", True, "#2196f3", "doxy.me", [("Provider", "Dr. A. Patel, Family Medicine")]),
    ("en-vc-amwell", "https://patients.amwell.com/visit/waiting", "Amwell", "Your visit | Amwell",
     "Your doctor will be with you shortly", ["You are number 2 in line. Estimated wait: 6 minutes.", "Keep this tab open. We'll ring when the doctor joins."],
     "click", "Technical support: 1-844-555-0177 (24/7)", True, "#0071bc", "Amwell", [("Visit type", "Urgent care"), ("Pharmacy", "Main St Pharmacy")]),
    ("en-vc-goto", "https://meet.goto.com/338412597", "GoTo Meeting", "Weekly sync | GoTo Meeting",
     "Weekly sync", ["Choose how to join audio: computer or phone.", "Your camera stays off until you turn it on."],
     "click", "Dial in: United States +1 (571) 555-0138, Access Code 338-412-597", False, "#f68d2e", "GoTo Meeting", [("Organizer", "Platform team")]),
    ("en-ekyc-revolut", "https://app.revolut.com/verify/selfie", "Revolut", "Verify your identity | Revolut",
     "Take a selfie to verify it's you", ["We'll compare your selfie with the photo on your ID. Make sure your face is well lit.", "Revolut will never call you and ask you to move money to a 'safe account'."],
     "load", "", False, "#191c1f", "Revolut", [("Document", "Driver's license (front and back)")]),
    ("en-vc-ringcentral", "https://v.ringcentral.com/join/0731198822", "RingCentral Video", "Join meeting | RingCentral Video",
     "Join the all-hands", ["Preview your video and pick your devices.", "Having trouble? Use the dial-in numbers below."],
     "load", "Dial-in: +1 (650) 555-0164, meeting ID 073 119 8822", False, "#ff7a00", "RingCentral", [("Host", "People Ops")]),
]


def lobby(slug, url, brand, title, h1, intro, when, dial, ring, color, nb, rows):
    lang = slug[:2]
    ja = lang == "ja"
    video = "true"
    on = "カメラとマイクを使用中" if ja else "Camera and mic are on"
    err = "デバイスを使用できません: " if ja else "Could not start devices: "
    body = ("<h1>%s</h1>\n%s\n<div class=\"box\" style=\"display:flex;gap:18px;flex-wrap:wrap\">"
            "<video id=\"preview\" muted playsinline style=\"width:360px;height:220px;background:#111;border-radius:6px\"></video>"
            "<div><p id=\"devstate\">%s</p><label>%s <select id=\"cam\"></select></label><br><label>%s <select><option>%s</option></select></label>"
            "<p><button class=\"btn\" id=\"start\" type=\"button\">%s</button> <button class=\"btn sub\" type=\"button\">%s</button></p></div></div>\n"
            "%s\n%s\n%s"
            % (q(h1), p(*map(q, intro)), "カメラはまだオフです" if ja else "Camera is off",
               "カメラ" if ja else "Camera", "マイク" if ja else "Microphone", "既定のマイク" if ja else "Default microphone",
               "カメラとマイクをオンにする" if ja else "Turn on camera and mic", "入室する" if ja else "Join now",
               table(rows), ('<div class="info"><strong>%s</strong><br>%s</div>' % ("電話で参加・お問い合わせ" if ja else "Join by phone / support", q(dial))) if dial else "",
               '<div id="incoming" hidden class="box"><strong>%s</strong> <button class="btn" id="answer" type="button">%s</button></div>'
               % ("呼び出し中…" if ja else "Incoming call…", "応答する" if ja else "Answer") if ring else ""))
    body += faq(lang, [("カメラが映らない", "ブラウザのアドレスバー左の鍵マークから、カメラの許可を確認してください。"),
                       ("音声が聞こえない", "スピーカーの選択とパソコンの音量を確認してください。"),
                       ("スマートフォンから参加できますか", "はい。最新のブラウザでこのページを開いてください。")] if ja else
               [("My camera is black", "Check the site permissions in the address bar and close other apps using the camera."),
                ("I can't hear anyone", "Pick the right speaker and check your system volume."),
                ("Can I join from my phone?", "Yes, open this link in a current mobile browser.")])
    script = GUM % (video, js(on), js(err)) + "\ndocument.getElementById('start').addEventListener('click',startMedia);\n"
    if when == "load":
        script += "addEventListener('load',startMedia);\n"
    if ring:
        script += RING + "\nsetTimeout(incoming,4000);\n"
    side = [("ヘルプ" if ja else "Help", ["接続テスト", "推奨環境", "音声のトラブル", "プライバシー"] if ja else ["Test your connection", "System requirements", "Audio problems", "Privacy"])]
    cat = "camera-mic-location" if ("ekyc" in slug or "karaoke" in slug) else "video-call"
    mech = []
    mech.append("camera+mic on %s" % when)
    if ring:
        mech.append("ringtone loop")
    if dial:
        mech.append("phone number")
    legit(slug, lang, url, cat, "%s: %s" % (nb, ", ".join(mech)),
          site(lang, title, brand, body, nav=[("ホーム" if ja else "Home", "/"), ("ヘルプ" if ja else "Help", "/help")],
               crumbs=[h1], side=side, color=color, script=script, section="call"))


for row in CALLS:
    lobby(*row)

# ------------------------------------------------------------------ CAPTCHA, Cloudflare, bank image checks
CF_JS = """var n=0,t=setInterval(function(){n++;document.getElementById('dots').textContent='.'.repeat(n%%4);if(n>8){clearInterval(t);
document.getElementById('cfbox').hidden=false;}},400);
document.getElementById('cfchk').addEventListener('change',function(){document.getElementById('cfmsg').textContent=%s;
setTimeout(function(){location.reload();},1500);});"""


def cloudflare(slug, url, host, lang):
    ja = lang == "ja"
    ray = "%x" % (seed(slug) * 7919)
    body = ('<div style="max-width:720px;margin:60px auto;padding:0 20px">'
            '<h1 style="font-size:32px;font-weight:500">%s</h1><h2 style="font-size:22px;font-weight:400;border:0;padding:0">%s<span id="dots"></span></h2>'
            '<div id="cfbox" hidden style="border:1px solid #ddd;border-radius:4px;padding:14px;width:300px;display:flex;gap:10px;align-items:center">'
            '<input type="checkbox" id="cfchk"><label for="cfchk">%s</label><span style="margin-left:auto;font-size:10px;color:#666">Cloudflare</span></div>'
            '<p id="cfmsg"></p><p>%s</p>'
            '<div style="border-top:1px solid #ddd;margin-top:80px;padding-top:10px;font-size:12px;color:#666;text-align:center">'
            'Ray ID: <code>%s</code> &bull; %s <a href="https://www.cloudflare.com/">Cloudflare</a></div></div>'
            % (q(host), "接続のセキュリティを確認しています" if ja else "Verifying you are human. This may take a few seconds",
               "人間であることを確認します" if ja else "Verify you are human",
               q("%s は続行する前に接続のセキュリティを確認する必要があります。" % host if ja else "%s needs to review the security of your connection before proceeding." % host),
               ray, "パフォーマンスとセキュリティ:" if ja else "Performance &amp; security by"))
    return doc(lang, "しばらくお待ちください…" if ja else "Just a moment...", body,
               "body{background:#fff;color:#313131}", CF_JS % js("成功しました。リダイレクトしています…" if ja else "Success! Redirecting..."))


CF = [("ja-cf-suruga-ya", "https://www.suruga-ya.jp/product/detail/128000341", "www.suruga-ya.jp", "駿河屋"),
      ("ja-cf-dlsite", "https://www.dlsite.com/home/work/=/product_id/RJ01000001.html", "www.dlsite.com", "DLsite"),
      ("ja-cf-booth", "https://booth.pm/ja/items/4410021", "booth.pm", "BOOTH"),
      ("en-cf-etsy-like", "https://www.craigslist.org/about/sites", "www.craigslist.org", "craigslist"),
      ("en-cf-glassdoor", "https://www.glassdoor.com/Reviews/index.htm", "www.glassdoor.com", "Glassdoor")]
for slug, url, host, name in CF:
    legit(slug, slug[:2], url, "captcha", "%s: Cloudflare challenge (checkbox, Ray ID), reloads on pass" % name, cloudflare(slug, url, host, slug[:2]))

GRID_JS = """var sel={};document.querySelectorAll('.grid button').forEach(function(b,i){b.addEventListener('click',function(){sel[i]=!sel[i];b.style.outline=sel[i]?'4px solid #1a73e8':'none';});});
document.getElementById('robot').addEventListener('click',function(){document.getElementById('challenge').hidden=false;});
document.getElementById('verify').addEventListener('click',function(){document.getElementById('challenge').hidden=true;document.getElementById('robot').checked=true;document.getElementById('go').disabled=false;});"""
CAPS = [
    ("ja-hcap-nicovideo", "https://account.nicovideo.jp/login", "ニコニコ", "ログイン - niconico", "#252525",
     "メールアドレスまたは電話番号", "信号機が写っている画像をすべて選択してください", "hCaptcha"),
    ("ja-hcap-mercari-shops", "https://mercari-shops.com/seller/signin", "メルカリShops", "ショップ管理画面ログイン", "#ff333f",
     "メールアドレス", "自転車が写っている画像をすべて選択してください", "reCAPTCHA"),
    ("en-hcap-epicgames", "https://www.epicgames.com/id/login", "Epic Games", "Sign in | Epic Games", "#2a2a2a",
     "Email address", "Please click each image containing a boat", "hCaptcha"),
    ("en-hcap-ticketweb", "https://www.ticketweb.com/checkout/verify", "TicketWeb", "Checkout | TicketWeb", "#0a66c2",
     "Email", "Select all images with crosswalks", "reCAPTCHA"),
]
for slug, url, brand, title, color, field, prompt, kind in CAPS:
    lang = slug[:2]
    ja = lang == "ja"
    tiles = "".join('<button type="button" style="width:90px;height:90px;background:hsl(%d,35%%,55%%);border:0"></button>' % ((seed(slug) + i * 37) % 360) for i in range(9))
    body = ('<div style="max-width:420px;margin:30px auto" class="box"><h1 style="font-size:22px">%s</h1>'
            '<form action="/login" method="post"><p><label>%s<br><input name="id" style="width:100%%;padding:8px"></label></p>'
            '<p><label>%s<br><input type="password" name="pw" style="width:100%%;padding:8px"></label></p>'
            '<div style="border:1px solid #d3d3d3;background:#f9f9f9;padding:12px;display:flex;align-items:center;gap:10px">'
            '<input type="checkbox" id="robot"><label for="robot">%s</label><span style="margin-left:auto;font-size:10px">%s</span></div>'
            '<div id="challenge" hidden style="border:1px solid #ccc;padding:8px;margin-top:8px;background:#fff"><div style="background:#1a73e8;color:#fff;padding:10px">%s</div>'
            '<div class="grid" style="display:grid;grid-template-columns:repeat(3,90px);gap:4px;margin:6px 0">%s</div><button type="button" class="btn" id="verify">%s</button></div>'
            '<p><button class="btn" id="go" disabled>%s</button></p></form><p style="font-size:12px">%s</p></div>'
            % (q("ログイン" if ja else "Sign in"), q(field), "パスワード" if ja else "Password",
               "私はロボットではありません" if ja else "I am human", kind, q(prompt), tiles, "確認" if ja else "Verify",
               "ログイン" if ja else "Sign in", "パスワードをお忘れの方" if ja else "Forgot your password?"))
    legit(slug, lang, url, "captcha", "%s login with a %s checkbox and image grid" % (brand, kind),
          site(lang, title, brand, body, nav=[("トップ" if ja else "Home", "/")], crumbs=["ログイン" if ja else "Sign in"], color=color, script=GRID_JS))

BANKIMG = [
    ("ja-imgauth-resona", "https://www.resonabank.co.jp/kojin/ib/login/imgauth.html", "りそな銀行", "#007a3d",
     "画像認証", "表示されている文字を入力してください。不正なログインを防ぐための確認です。", "りそなマイゲート"),
    ("ja-imgauth-chibabank", "https://www.chibabank.co.jp/kojin/ib/login/kakunin/", "千葉銀行", "#0067b3",
     "合言葉・画像の確認", "ログイン時に、あらかじめ登録した画像が表示されていることを確認してください。登録画像が表示されない場合はログインしないでください。", "ちばぎんインターネットバンキング"),
]
for slug, url, brand, color, h1, lead, svc in BANKIMG:
    code = "%05d" % (seed(slug) % 100000)
    svg = ('<svg width="200" height="60" role="img" aria-label="画像認証"><rect width="200" height="60" fill="#eef"/>'
           '<path d="M0 30 Q50 5 100 30 T200 30" stroke="#99a" fill="none"/><text x="20" y="42" font-size="30" font-family="monospace" transform="rotate(-3 100 30)" fill="#334">%s</text></svg>' % code)
    body = ('<h1>%s</h1>%s<div class="box"><p>%s</p><p><label>表示された文字 <input size="8" id="cap"></label> '
            '<button class="btn sub" type="button" id="reload">画像を変更</button></p><p><button class="btn">次へ</button></p></div>'
            '<div class="warn">当行を装った不審なメール・SMSにご注意ください。当行が電話やメールでパスワードやワンタイムパスワードを聞くことはありません。</div>'
            '<h2>ログインできない場合</h2>%s<p>%sヘルプデスク：0120-000-%03d（平日 9:00〜21:00、土日祝 9:00〜17:00）</p>'
            % (q(h1), p(q(lead)), svg, li("ログインパスワードを規定回数以上間違えるとロックされます。", "ロックの解除は、ログイン画面の「ロック解除」から手続きできます。", "推奨環境外のブラウザでは正しく表示されない場合があります。"), q(svc), seed(slug) % 1000))
    legit(slug, "ja", url, "captcha", "%s: 画像認証 before internet-banking login, hotline" % brand,
          site("ja", "%s | %s" % (h1, svc), brand, body, nav=[("個人のお客さま", "/kojin/"), ("法人のお客さま", "/hojin/"), ("店舗・ATM", "/tenpo/")],
               crumbs=[svc, h1], color=color, script="document.getElementById('reload').addEventListener('click',function(){location.reload();});"))

# ------------------------------------------------------------------ games
FS = "function fs(){var e=document.getElementById('stage');(e.requestFullscreen||e.webkitRequestFullscreen).call(e);}"
PL = "document.getElementById('stage').addEventListener('click',function(){this.requestPointerLock&&this.requestPointerLock();});"
KL = "function kl(){if(navigator.keyboard&&navigator.keyboard.lock){navigator.keyboard.lock(['Escape','KeyW','KeyA','KeyS','KeyD']);}}"
SND = """var ac;function beep(f){ac=ac||new AudioContext();var o=ac.createOscillator(),g=ac.createGain();o.frequency.value=f;g.gain.value=.08;o.connect(g);g.connect(ac.destination);o.start();o.stop(ac.currentTime+.12);}"""
GAMES = [
    ("ja-game-dmm", "https://games.dmm.com/detail/kancolle-like", "DMM GAMES", "ブラウザゲーム | DMM GAMES", "#0a0a0a",
     "艦隊戦略シミュレーション（ブラウザ版）", "全画面表示ボタンで画面いっぱいに表示できます。BGMと効果音が鳴ります。", "fs", ["fullscreen", "sound"]),
    ("ja-game-tenhou", "https://tenhou.net/3/", "天鳳", "天鳳 - オンライン対戦麻雀", "#006400",
     "オンライン対戦麻雀", "対局開始時に効果音が鳴ります。F11 またはボタンで全画面にできます。", "fs", ["fullscreen", "sound"]),
    ("ja-game-e-typing", "https://www.e-typing.ne.jp/app/jsa_std/typing.asp", "e-typing", "腕試しレベルチェック | e-typing", "#ff6600",
     "タイピング腕試しレベルチェック", "スペースキーでスタート。入力中はキー操作をゲームが受け取ります（Esc でやり直し）。", "kl", ["keyboard capture", "sound"]),
    ("ja-game-plicy", "https://plicy.net/GamePlay/15523", "PLiCy", "ゲームをプレイ | PLiCy", "#36a",
     "迷宮探索アクション（フリーゲーム）", "クリックでマウスが画面に固定されます。Esc キーで解除できます。", "pl", ["pointer lock", "fullscreen", "sound"]),
    ("ja-game-shogidojo", "https://www.shogidojo.net/shogi24/web/play", "将棋倶楽部24", "対局室 | 将棋倶楽部24", "#8b5a2b",
     "対局室（Web版）", "対局が始まると駒音と秒読みの音声が流れます。", "snd", ["sound", "countdown voice"]),
    ("ja-game-nintendo-ring", "https://www.nintendo.co.jp/software/webgame/mario-typing/", "Nintendo", "Webで遊べるタイピング | Nintendo", "#e60012",
     "Webで遊べるミニゲーム", "ゲーム中はキーボードの Esc 以外を使います。全画面で遊ぶと快適です。", "fskl", ["fullscreen", "keyboard lock", "sound"]),
    ("ja-game-gameatsu-fps", "https://www.freegames.example.jp/fps/arena", "フリーゲーム広場", "アリーナFPS | フリーゲーム広場", "#333",
     "アリーナFPS（ブラウザで遊べる）", "クリックでマウスを固定、全画面・キーボードロックでWASD移動を快適にします。", "all", ["fullscreen", "pointer lock", "keyboard lock", "sound"]),
    ("en-game-chess", "https://www.chess.com/play/computer", "Chess.com", "Play Chess vs the Computer - Chess.com", "#312e2b",
     "Play vs Computer", "Move sounds are on. Use the full-screen button for a bigger board.", "fs", ["fullscreen", "sound"]),
    ("en-game-shellshock", "https://shellshock.io/", "Shell Shockers", "Shell Shockers | Multiplayer egg shooter", "#2b7a0b",
     "Shell Shockers", "Click to play: the game takes your mouse (press Esc to release) and goes full screen.", "all", ["fullscreen", "pointer lock", "keyboard lock", "sound"]),
    ("en-game-geoguessr", "https://www.geoguessr.com/game/practice", "GeoGuessr", "Practice | GeoGuessr", "#1a1446",
     "Practice round", "Drag to look around. Timer sounds play in the last 10 seconds.", "fs", ["fullscreen", "sound", "timer"]),
    ("en-game-coolmath", "https://www.coolmathgames.com/0-run-3", "Coolmath Games", "Run 3 - Play it online at Coolmath Games", "#3b2a7a",
     "Run 3", "Use the arrow keys. Full screen and sound can be turned on in the menu.", "fskl", ["fullscreen", "keyboard lock", "sound"]),
    ("en-game-miniclip-pool", "https://www.miniclip.com/games/8-ball-pool", "Miniclip", "8 Ball Pool | Miniclip", "#ff9c00",
     "8 Ball Pool", "Aim with the mouse; pointer lock keeps the cue steady. Ball sounds on.", "pl", ["pointer lock", "sound"]),
]
for slug, url, brand, title, color, h1, how, mech, tags in GAMES:
    lang = slug[:2]
    ja = lang == "ja"
    js_ = FS + KL + SND
    if mech in ("pl", "all"):
        js_ += PL
    click = {"fs": "fs();beep(660);", "kl": "kl();beep(440);", "pl": "beep(520);", "snd": "beep(880);setInterval(function(){beep(1000);},1000);",
             "fskl": "fs();kl();beep(600);", "all": "fs();kl();beep(700);"}[mech]
    js_ += "\ndocument.getElementById('play').addEventListener('click',function(){%s document.getElementById('overlay').hidden=true;});" % click
    js_ += "\nvar c=document.getElementById('cv'),x=c.getContext('2d'),t=0;function loop(){t++;x.fillStyle='#123';x.fillRect(0,0,640,360);x.fillStyle='#fc3';x.beginPath();x.arc(320+Math.sin(t/30)*200,180,18,0,7);x.fill();requestAnimationFrame(loop);}loop();"
    body = ('<h1>%s</h1><div id="stage" style="position:relative;width:640px;max-width:100%%;background:#000">'
            '<canvas id="cv" width="640" height="360"></canvas><div id="overlay" style="position:absolute;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.6)">'
            '<button class="btn" id="play" type="button">%s</button></div></div>%s'
            '<h2>%s</h2>%s<h2>%s</h2>%s'
            % (q(h1), "プレイ開始" if ja else "Play", p(q(how)), "遊び方" if ja else "How to play",
               li(*(["マウスまたはキーボードで操作します。", "Esc キーで一時停止・全画面の解除ができます。", "音量はゲーム内の設定で変更できます。"] if ja else
                    ["Mouse or keyboard controls.", "Press Esc to pause or leave full screen.", "Change volume in the settings menu."])),
               "ランキング" if ja else "Leaderboard",
               table([("1", "player_%d" % (seed(slug) % 900 + 100)), ("2", "nekomaru"), ("3", "tsubasa77")] if ja else [("1", "eggmaster"), ("2", "yolkpro"), ("3", "sunny_side")])))
    legit(slug, lang, url, "game", "%s: %s on click" % (brand, ", ".join(tags)), repo="site:venge.io" if "example" in url else None, text=
          site(lang, title, brand, body, nav=[("ゲーム一覧" if ja else "Games", "/games"), ("ランキング" if ja else "Top", "/top")],
               crumbs=[h1], color=color, script=js_, section="game"))

# ------------------------------------------------------------------ remote-support vendors
RS = [
    ("ja-rs-islonline", "https://www.islonline.com/ja/start/", "ISL Online", "サポートを受ける | ISL Online", "#e4032e",
     "オペレーターから伝えられたセッションコードを入力", "担当者がお電話でお伝えする6桁のコードを入力すると、画面共有が始まります。お客様が許可しない限り操作はできません。",
     "ISLLightClient.exe", "セッションコード", "0120-000-846（ISL Online 日本総代理店 サポート 平日9:00〜17:30）"),
    ("ja-rs-rview", "https://www.rsupport.com/ja-jp/remoteview/", "RemoteView", "RemoteView | RSUPPORT", "#0070c0",
     "リモートサポート用エージェントのダウンロード", "社内PCを外出先から操作するためのエージェントです。インストール後、管理者が発行したアクセスコードを入力します。",
     "RemoteViewAgent_Setup.exe", "アクセスコード", "03-0000-7720（RSUPPORT 株式会社 平日10:00〜18:00）"),
    ("ja-rs-zoho-assist", "https://www.zoho.com/jp/assist/join/", "Zoho Assist", "セッションに参加 | Zoho Assist", "#e42527",
     "リモートサポートセッションに参加", "サポート担当者から伝えられたセッションキーを入力してください。ダウンロードされる小さなプログラムを実行すると接続されます。",
     "ZA_Connect.exe", "セッションキー", "0120-000-571（ゾーホージャパン）"),
    ("ja-rs-biccamera", "https://www.biccamera.com/bc/c/service/pcsupport/remote.jsp", "ビックカメラ", "遠隔サポート | ビックカメラ PCサポート", "#e60012",
     "ビックカメラ 遠隔サポートサービス", "有料会員の方は、担当者がお電話で案内したあと、下の「接続用ソフト」をダウンロードしてください。担当者からご連絡することはありません（必ずお客様からお電話ください）。",
     "BicRemoteSupport.exe", "受付番号", "0120-000-116（ビックカメラ PCサポートセンター 10:00〜19:00）"),
    ("ja-rs-quickassist-help", "https://support.microsoft.com/ja-jp/windows/quick-assist-help", "Microsoft サポート", "クイック アシストを使用する", "#0067b8",
     "クイック アシストで画面を共有する", "知っている人にだけ画面を共有してください。Microsoft から突然電話がかかってきて、クイック アシストを開くように求めることはありません。",
     "", "セキュリティ コード", ""),
    ("en-rs-chrome-remote", "https://remotedesktop.google.com/support", "Chrome Remote Desktop", "Remote support - Chrome Remote Desktop", "#1a73e8",
     "Get support", "Generate a one-time access code and share it only with someone you trust. The code expires after 5 minutes.",
     "chromeremotedesktophost.msi", "Access code", ""),
    ("en-rs-logmein-rescue", "https://secure.logmeinrescue.com/customer/code.aspx", "LogMeIn Rescue", "Enter your PIN | LogMeIn Rescue", "#1e3c64",
     "Enter the 6-digit code from your technician", "Your technician will give you a code over the phone. Running the applet lets them view your screen once you approve.",
     "Support-LogMeInRescue.exe", "6-digit code", "1-877-555-0103 (LogMeIn support)"),
    ("en-rs-beyondtrust", "https://support.example-company.com/", "Example Co. IT Help Desk", "IT Help Desk - Remote Support Portal", "#ff5500",
     "Remote Support Portal", "Our help desk uses BeyondTrust. Enter the session key the technician reads to you, or pick your technician from the list.",
     "bomgar-scc-win64.exe", "Session key", "IT Service Desk: 1-800-555-0189 (24/7)"),
    ("en-rs-ubreakifix", "https://www.ubreakifix.com/remote-support", "uBreakiFix by Asurion", "Remote tech support | uBreakiFix", "#d40f2e",
     "Remote tech support", "Book an appointment, then our expert sends you a link to connect. We never contact you first about a 'virus'.",
     "AsurionConnect.exe", "Appointment number", "1-877-555-0144"),
]
for slug, url, brand, title, color, h1, lead, exe, codel, tel in RS:
    lang = slug[:2]
    ja = lang == "ja"
    code = "%03d %03d" % (seed(slug) % 1000, seed(slug[::-1]) % 1000)
    body = ("<h1>%s</h1>%s<div class=\"box\"><label>%s <input id=\"code\" size=\"10\" placeholder=\"%s\"></label> "
            "<button class=\"btn\" id=\"go\" type=\"button\">%s</button><p id=\"st\"></p></div>" % (
                q(h1), p(q(lead)), q(codel), code, "接続" if ja else "Connect"))
    if exe:
        body += '<p>%s <a href="downloads/%s" download>%s</a></p>' % ("ダウンロードが始まらない場合:" if ja else "If the download does not start:", q(exe), q(exe))
    if "quickassist" in slug:
        body += li("Ctrl + Windows + Q でクイック アシストを起動します。", "「サポートを受ける」にヘルパーから伝えられた 6 桁のコードを入力します。", "画面の共有を許可する前に、相手が本当に知っている人か確認してください。", tag="ol")
    if "chrome-remote" in slug:
        body += '<div class="box"><h2 style="border:0;padding:0">Share this screen</h2><p>Your code: <strong style="font-size:24px" id="acc">%s %s %s</strong></p><p>Expires in <span id="exp">5:00</span></p></div>' % (
            seed(slug) % 1000, seed(slug) % 997, seed(slug) % 991)
    body += ('<div class="warn">%s</div>' % q(
        "知らない人や、突然電話やポップアップで連絡してきた相手にコードを教えないでください。" if ja else
        "Never give this code to someone who contacted you unexpectedly by phone, pop-up or e-mail."))
    if tel:
        body += '<h2>%s</h2><p class="tel">%s</p>' % ("お問い合わせ" if ja else "Contact", q(tel))
    script = ("document.getElementById('go').addEventListener('click',function(){document.getElementById('st').textContent=%s;%s});"
              % (js("接続しています…" if ja else "Connecting…"), ("location.href='downloads/%s';" % exe) if exe else ""))
    if "chrome-remote" in slug:
        script += "var s=300;setInterval(function(){if(s>0){s--;document.getElementById('exp').textContent=Math.floor(s/60)+':'+('0'+s%60).slice(-2);}},1000);"
    legit(slug, lang, url, "remote-support-vendor", "%s: session/access code, support download%s" % (brand, ", hotline" if tel else ""), repo="site:www.beyondtrust.com" if "beyondtrust" in slug else None, text=
          site(lang, title, brand, body, nav=[("製品" if ja else "Products", "/products"), ("サポート" if ja else "Support", "/support")],
               crumbs=["サポート" if ja else "Support", h1], color=color, script=script, section="support"))

# ------------------------------------------------------------------ kiosks and slide decks
KIOSK_JS = """function enter(){var d=document.documentElement;(d.requestFullscreen||d.webkitRequestFullscreen).call(d);
if(navigator.keyboard&&navigator.keyboard.lock)navigator.keyboard.lock(['Escape']);}
document.getElementById('start').addEventListener('click',enter);
addEventListener('contextmenu',function(e){e.preventDefault();});
var idle;function reset(){clearTimeout(idle);idle=setTimeout(function(){location.hash='top';},90000);}addEventListener('pointerdown',reset);reset();"""
KIOSKS = [
    ("ja-kiosk-library-opac", "https://opac.lib.city.kawasaki.jp/kiosk/", "川崎市立図書館", "館内OPAC（蔵書検索端末）",
     "館内蔵書検索端末", ["この端末は図書館の蔵書検索専用です。", "検索結果の請求記号をメモしてください。レシート印刷もできます。"], "#2d6a4f"),
    ("ja-kiosk-hospital-uketsuke", "https://kiosk.hospital.example.jp/saishin/", "市立総合病院", "再来受付機",
     "再来受付機", ["診察券をかざすか、診察券番号を入力してください。", "ご不明な点は総合案内にお声がけください（内線 100）。"], "#005b96"),
    ("ja-kiosk-eki-kanko", "https://kanko.city.kanazawa.ishikawa.jp/signage/", "金沢市観光協会", "観光案内デジタルサイネージ",
     "観光案内タッチパネル", ["画面にタッチして観光スポットを探せます。", "多言語に対応しています（English / 中文 / 한국어）。"], "#a0522d"),
    ("en-kiosk-museum", "https://kiosk.getty.edu/gallery-guide/", "Getty Center", "Gallery Guide Kiosk",
     "Gallery Guide", ["Touch to explore today's exhibitions.", "This screen resets after 90 seconds of inactivity."], "#000"),
]
for slug, url, brand, title, h1, paras, color in KIOSKS:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>%s<p><button class="btn" id="start" type="button" style="font-size:22px;padding:18px 40px">%s</button></p>'
            '<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:12px">%s</div>'
            % (q(h1), p(*map(q, paras)), "タッチしてはじめる" if ja else "Touch to start",
               "".join('<a class="box" href="#" style="font-size:20px;text-align:center">%s</a>' % q(x) for x in
                       (["資料をさがす", "新着図書", "予約の確認", "館内マップ", "イベント", "利用案内"] if ja else ["Exhibitions", "Map", "Dining", "Tours", "Kids", "Accessibility"]))))
    legit(slug, lang, url, "slides-kiosk", "%s: kiosk, full screen + keyboard.lock(['Escape']) on touch, no context menu" % brand,
          site(lang, title, brand, body, color=color, script=KIOSK_JS, crumbs=[h1], section="kiosk",
               css="body{user-select:none}"))

SLIDES = [
    ("ja-slides-keisatsu-kenshu", "https://www.police.pref.saitama.lg.jp/kensyu/slides/support-sagi.html", "埼玉県警察", "高齢者向け防犯講座スライド",
     ["サポート詐欺に気をつけましょう", "画面に「ウイルスに感染しました」「今すぐ 0120-XXX-XXX に電話してください」と出ても電話しないでください。",
      "大きな警告音が鳴っても、パソコンが壊れたわけではありません。", "Esc キーを長押し、または Ctrl+Alt+Delete でブラウザを終了しましょう。",
      "困ったら #9110（警察相談専用電話）へ。"], "#003f8e"),
    ("ja-slides-nisc-kouza", "https://www.nisc.go.jp/security-site/slides/clickfix.html", "内閣サイバーセキュリティセンター", "偽のCAPTCHAに注意（講座用スライド）",
     ["「私はロボットではありません」の後に…", "「Windows キー + R を押して、Ctrl + V、Enter」と指示されたら攻撃です。", "本物の認証が、キーボード操作でコマンドを実行させることはありません。",
      "実行してしまったら、ネットワークから切断して管理者に連絡してください。"], "#1d3b6f"),
    ("en-slides-aarp-free", "https://www.fraudwatch.example.org/presentations/tech-support", "Fraud Watch Volunteers", "Tech support scams - presentation",
     ["Tech support scams", "A pop-up says 'Your computer is infected. Call Microsoft at 1-8XX-XXX-XXXX'.", "Real companies do not put phone numbers in error messages.",
      "If you called and gave remote access: disconnect from the internet and call your bank."], "#c8102e"),
]
SL_JS = """var i=0,s=document.querySelectorAll('.slide');function show(){s.forEach(function(e,k){e.hidden=k!==i;});document.getElementById('pg').textContent=(i+1)+' / '+s.length;}
addEventListener('keydown',function(e){if(e.key==='ArrowRight'||e.key===' '){i=Math.min(i+1,s.length-1);show();}if(e.key==='ArrowLeft'){i=Math.max(i-1,0);show();}});
document.getElementById('fsb').addEventListener('click',function(){document.getElementById('deck').requestFullscreen();});
var chime=new Audio('sounds/chime.mp3');document.getElementById('deck').addEventListener('click',function(){chime.play().catch(function(){});});show();"""
for slug, url, brand, title, slides, color in SLIDES:
    lang = slug[:2]
    ja = lang == "ja"
    deck = "".join('<section class="slide" style="min-height:320px;background:#fff;border:1px solid #ccc;padding:40px;font-size:26px">%s</section>' % (
        ("<h2 style='font-size:36px;border:0'>%s</h2>" % q(x)) if k == 0 else q(x)) for k, x in enumerate(slides))
    body = ('<h1>%s</h1><div id="deck" style="background:#333;padding:20px">%s</div><p><button class="btn" id="fsb" type="button">%s</button> <span id="pg"></span></p>%s'
            % (q(title), deck, "全画面で表示" if ja else "Present full screen",
               p(q("→キーで次へ、←キーで前へ。講座で自由にお使いください。" if ja else "Use the arrow keys. Free to use in community talks."))))
    legit(slug, lang, url, "slides-kiosk", "%s: slide deck quoting scam wording, full screen on click" % brand,
          site(lang, title, brand, body, color=color, script=SL_JS, crumbs=[title], section="slides"))
