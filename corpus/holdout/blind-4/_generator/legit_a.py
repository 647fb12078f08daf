"""Legitimate look-alikes, part A: video calls, camera/location, CAPTCHAs, downloads, updates, games."""
from kit import add, site_page, esc, ul, links, hnum

L = "legit"


def lg(slug, url, cat, lang, note, repo, path, html):
    add(slug, L, "allow", url, cat, lang, note, repo, path, html)


# ---------------------------------------------------------------- video calls
MEDIA_JS = """
var st=document.getElementById('camstate');
function startMedia(){if(!navigator.mediaDevices){st.textContent='%(nodev)s';return}
navigator.mediaDevices.getUserMedia({video:true,audio:true}).then(function(s){var v=document.getElementById('preview');v.srcObject=s;v.play();st.textContent='%(ok)s'})
.catch(function(){st.textContent='%(ng)s'})}
%(trigger)s
"""
RING_JS = """
var ac=null;function ring(){try{ac=new (window.AudioContext||window.webkitAudioContext)();var o=ac.createOscillator(),g=ac.createGain();o.frequency.value=480;g.gain.value=0.06;o.connect(g);g.connect(ac.destination);o.start();setTimeout(function(){o.stop()},1800)}catch(e){}}
document.getElementById('ringtest').addEventListener('click',ring);
"""

VIDEO = [
    # slug, lang, site, host/path, brand, title, intro, steps, extra, onload, ring
    ("ja-vc-clinics", "ja", "CLINICS オンライン診療", "https://clinics.medley.life/online/room/prepare", "#d6336c",
     "オンライン診療の準備（カメラ・マイクの確認）",
     "診察の開始時刻になると、医療機関から呼び出しがあります。事前にカメラとマイクが使えるか確認してください。ブラウザに「カメラとマイクの使用を許可しますか」と表示されたら「許可」を選んでください。",
     ["予約時間の5分前までにこのページを開いてください", "明るい場所で、顔が画面に映るようにしてください", "診察料はアプリに登録したクレジットカードで後日お支払いいただきます", "通話がつながらないときは医療機関へお電話ください（医療機関の電話番号は予約詳細に記載されています）"],
     "医師の呼び出しを待っています…", False, True),
    ("ja-vc-curon", "ja", "curon（クロン）", "https://curon.co/patient/meeting/check", "#00a29a",
     "ビデオ通話のテスト",
     "クロンでは、スマートフォンやパソコンのカメラを使って医師の診察を受けられます。下のボタンを押してカメラとマイクのテストを行ってください。",
     ["「テストを開始」を押します", "ブラウザの確認画面で「許可」を押します", "ご自分の映像が表示され、声に合わせて緑のバーが動けば準備完了です"],
     "テスト通話は録画・保存されません。", False, False),
    ("ja-vc-smbc-consult", "ja", "三井住友銀行", "https://www.smbc.co.jp/kojin/online-soudan/entry.html", "#004831",
     "オンライン相談（ビデオ通話）の入室",
     "ご予約いただいたオンライン相談に入室します。ご本人確認のため、担当者が予約番号とお名前を確認します。銀行がビデオ通話で暗証番号やパスワードをおたずねすることはありません。",
     ["予約番号（8桁）を入力して「入室する」を押してください", "カメラとマイクの利用を許可してください（カメラをオフにしてご相談いただくこともできます）", "画面共有は担当者が資料をお見せするときだけ使用します"],
     "入室すると担当者の準備ができるまで待合室でお待ちいただきます。", False, False),
    ("ja-vc-city-madoguchi", "ja", "札幌市 オンライン窓口", "https://www.city.sapporo.jp/online-madoguchi/video.html", "#2a6db0",
     "オンライン窓口（ビデオ相談）をご利用の方へ",
     "区役所の窓口に来庁せずに、ご自宅からビデオ通話で手続きの相談ができます。接続すると、カメラとマイクの使用許可を求める表示が出ます。",
     ["相談は予約制です（平日8時45分～17時15分）", "個人番号カードの暗証番号を画面上でお伝えいただくことはありません", "接続できない場合は各区役所 戸籍住民課へお問い合わせください"],
     "職員の接続をお待ちください。", True, False),
    ("ja-vc-sbi-advisor", "ja", "SBI証券", "https://www.sbisec.co.jp/ETGate/video-consult", "#0068b7",
     "ビデオ通話で資産運用相談",
     "SBI証券のアドバイザーとビデオ通話で相談できます（無料）。相談中に当社からソフトのインストールやパスワードの入力をお願いすることはありません。",
     ["予約したお時間になったら「入室」を押してください", "音声が聞こえない場合はスピーカーテストをお試しください", "相談内容は品質向上のため録画することがあります（事前にお知らせします）"],
     "呼び出し音が鳴ります。", False, True),
    ("en-vc-zoom-web", "en", "Zoom", "https://app.zoom.us/wc/join/83120004417", "#0b5cff",
     "Join meeting from your browser",
     "Your meeting is about to begin. Check your camera and microphone before you join. Your browser will ask for permission to use them.",
     ["Enter your name as it should appear in the meeting", "Choose Join with Computer Audio", "If the host has enabled a waiting room you will be admitted shortly"],
     "Waiting for the host to start this meeting…", True, False),
    ("en-vc-teams-web", "en", "Microsoft Teams", "https://teams.microsoft.com/v2/light-meetings/launch", "#5b5fc7",
     "Choose your video and audio options",
     "You're joining a Microsoft Teams meeting on the web. Allow the browser to use your microphone and camera so others can see and hear you, or join with them turned off.",
     ["Type your name", "Turn your camera on or off", "Select Join now"],
     "Someone in the meeting should let you in soon.", True, False),
    ("en-vc-jitsi", "en", "Jitsi Meet", "https://meet.jit.si/WeeklyBookClubThursday", "#1c2b4a",
     "Join WeeklyBookClubThursday",
     "Meetings are end-to-end encrypted where supported. Jitsi Meet needs to use your microphone and camera; you can change the devices any time from the settings menu.",
     ["Pick a display name", "Test your microphone", "Press Join meeting"],
     "", True, False),
    ("en-vc-webex", "en", "Webex", "https://web.webex.com/meet/dr.hollis", "#07c160",
     "Dr. Hollis's Personal Room",
     "Your telehealth visit with Dr. Hollis uses Webex. Before you join, run the audio and video test. Your appointment will not be billed until the doctor admits you.",
     ["Start the test below", "Allow access to camera and microphone", "Wait in the lobby until the doctor admits you"],
     "The host will let you in soon.", False, True),
]


def video_calls():
    for slug, lang, site, url, brand, title, intro, steps, extra, onload, ringflag in VIDEO:
        ja = lang == "ja"
        btn = "テストを開始" if ja else "Test camera and microphone"
        main = (f"<h1>{esc(title)}</h1><p>{esc(intro)}</p>"
                f'<div class="card" style="display:flex;gap:20px;flex-wrap:wrap"><video id="preview" muted playsinline style="width:320px;height:200px;background:#111;border-radius:8px"></video>'
                f'<div><p id="camstate" class="note">{"カメラ未接続" if ja else "Camera off"}</p>'
                f'<button class="btn" id="camtest">{btn}</button> '
                + (f'<button class="btn sub" id="ringtest">{"呼び出し音を確認" if ja else "Test ringtone"}</button>' if ringflag else "")
                + f'<p class="note">{esc(extra)}</p></div></div>'
                f'<h2>{"ご利用の流れ" if ja else "Before you join"}</h2>{ul([esc(s) for s in steps], None).replace("<ul>", "<ol>").replace("</ul>", "</ol>")}'
                f'<h2>{"うまくいかないとき" if ja else "Troubleshooting"}</h2>'
                + ("<p>アドレスバーの鍵マークからカメラとマイクの許可を確認してください。別のアプリ（他のビデオ会議など）がカメラを使っていると映像が表示されません。</p>" if ja else
                   "<p>Click the camera icon in the address bar to check permissions. Close other apps that may be using the camera. Supported browsers: Chrome, Edge, Firefox and Safari (latest two versions).</p>"))
        trig = ("window.addEventListener('load',startMedia);document.getElementById('camtest').addEventListener('click',startMedia);" if onload
                else "document.getElementById('camtest').addEventListener('click',startMedia);")
        js = MEDIA_JS % dict(nodev="このブラウザではカメラを使えません" if ja else "Camera not supported",
                             ok="カメラとマイクが使えます" if ja else "Camera and microphone ready",
                             ng="許可されませんでした。アドレスバーの設定をご確認ください" if ja else "Permission was not granted. Check the address bar settings.",
                             trigger=trig) + (RING_JS if ringflag else "")
        host = url.split("/")[2]
        lg(slug, url, "video-call", lang, f"{site}: pre-join page asking for camera and microphone ({'on load' if onload else 'on click'}){', ringtone test' if ringflag else ''}",
           f"site:{host}", "/" + url.split("/", 3)[3], site_page(slug, lang, site, title, main, brand, scripts=js, ptype="meeting"))


# ---------------------------------------------------------------- camera / location
CAMLOC = [
    ("ja-ekyc-jibun", "ja", "auじぶん銀行", "https://www.jibunbank.co.jp/account/ekyc/", "#eb5505", "camera",
     "スマホでかんたん本人確認（eKYC）",
     "口座開設のお手続きで、本人確認書類とお顔をスマートフォンのカメラで撮影します。撮影した画像は本人確認にのみ利用します。",
     ["運転免許証またはマイナンバーカードをご用意ください", "書類の表面・裏面・厚みを撮影します", "最後にお顔を正面から撮影し、首を左右に振っていただきます"]),
    ("ja-ekyc-mercari", "ja", "メルカリ", "https://jp.mercari.com/mypage/identification/start", "#ff0211", "camera",
     "本人確認を始める",
     "メルペイのあと払いや売上金の振込申請には本人確認が必要です。カメラへのアクセスを許可して、本人確認書類と顔写真を撮影してください。",
     ["撮影は1回につき約3分です", "ぼやけや光の反射がないように撮影してください", "審査結果はアプリのお知らせでお伝えします"]),
    ("ja-geo-tenki", "ja", "tenki.jp", "https://tenki.jp/locationsearch/", "#1a73c8", "geo",
     "現在地の天気を表示",
     "現在地を使うと、お住まいの地域のピンポイント天気と雨雲の動きを表示します。位置情報は天気の表示だけに使い、保存しません。",
     ["「現在地の天気を見る」を押してください", "ブラウザの確認で「許可」を選んでください", "許可しない場合は、地名や郵便番号で検索できます"]),
    ("ja-geo-lawson", "ja", "ローソン", "https://www.e-map.ne.jp/p/lawson/nearby", "#0068b7", "geo",
     "近くの店舗を探す",
     "現在地から近いローソンの店舗を地図で表示します。ATMや受取ロッカー、営業時間で絞り込みもできます。",
     ["位置情報の利用を許可すると、近い順に店舗を表示します", "住所・駅名からも検索できます"]),
    ("en-ekyc-wise", "en", "Wise", "https://wise.com/verification/selfie", "#163300", "camera",
     "Verify your identity",
     "To keep your account safe, we need a photo of your ID and a short selfie video. We'll ask your browser for camera access. This usually takes 2 minutes.",
     ["Have your passport or driving licence ready", "Find a well-lit spot", "Follow the on-screen prompts to turn your head slowly"]),
    ("en-geo-starbucks", "en", "Starbucks", "https://www.starbucks.com/store-locator", "#00704a", "geo",
     "Find a store",
     "Use your current location to see Starbucks stores nearby, their hours and whether they offer drive-thru or mobile order.",
     ["Allow location access when asked", "Or enter a city, ZIP code or address"]),
]

CAM_JS = """
document.getElementById('go').addEventListener('click',function(){var s=document.getElementById('st');
%s})
"""
CAM_CAMERA = "navigator.mediaDevices.getUserMedia({video:{facingMode:'user'}}).then(function(m){document.getElementById('pv').srcObject=m;s.textContent='OK'}).catch(function(){s.textContent='NG'});"
CAM_GEO = "navigator.geolocation.getCurrentPosition(function(p){s.textContent=p.coords.latitude.toFixed(3)+', '+p.coords.longitude.toFixed(3)},function(){s.textContent='—'});"


def camloc():
    for slug, lang, site, url, brand, kind, title, intro, steps in CAMLOC:
        ja = lang == "ja"
        b = ("撮影を始める" if kind == "camera" else "現在地の天気を見る" if "tenki" in slug else "現在地から探す") if ja else \
            ("Start verification" if kind == "camera" else "Use my location")
        main = (f"<h1>{esc(title)}</h1><p>{esc(intro)}</p><ol>" + "".join(f"<li>{esc(s)}</li>" for s in steps) + "</ol>"
                + (f'<video id="pv" muted playsinline style="width:280px;height:210px;background:#222;border-radius:10px"></video>' if kind == "camera" else '<div style="height:220px;background:#dfe9e4;border-radius:8px" id="map"></div>')
                + f'<p><button class="btn" id="go">{b}</button> <span id="st" class="note"></span></p>'
                + ("<p class=\"note\">当社の社員がお客さまに電話やSMSで撮影をお願いすることはありません。</p>" if ja and kind == "camera" else ""))
        js = CAM_JS % (CAM_CAMERA if kind == "camera" else CAM_GEO)
        host = url.split("/")[2]
        lg(slug, url, "camera-mic-location", lang, f"{site}: {'eKYC camera capture' if kind=='camera' else 'geolocation on click'}",
           f"site:{host}", "/" + url.split("/", 3)[3], site_page(slug, lang, site, title, main, brand, scripts=js))


# ---------------------------------------------------------------- CAPTCHAs
def cf_challenge(slug, lang, host, path, sitename, kind):
    ja = lang == "ja"
    ray = "%x" % (hnum(slug) % (1 << 60))
    ray = "8f" + ray[:14]
    if kind == "turnstile":
        title = "しばらくお待ちください…" if ja else "Just a moment..."
        body = (f'<div class="c"><h1>{esc(host)}</h1><h2>{"接続が安全であることを確認しています" if ja else "Verifying you are human. This may take a few seconds."}</h2>'
                f'<div class="ts"><label><input type="checkbox" id="cb"> {"人間であることを確認します" if ja else "Verify you are human"}</label><span class="cf">CLOUDFLARE<br><small>{"プライバシー" if ja else "Privacy"} • {"利用規約" if ja else "Terms"}</small></span></div>'
                f'<p>{esc(host)} {"は続行する前に接続のセキュリティを確認する必要があります。" if ja else "needs to review the security of your connection before proceeding."}</p>'
                f'<p id="ok" style="display:none">{"確認に成功しました。リダイレクトしています…" if ja else "Verification successful. Waiting for " + esc(host) + " to respond..."}</p>'
                f'<footer>Ray ID: <code>{ray}</code> · {"パフォーマンスとセキュリティ" if ja else "Performance &amp; security by"} Cloudflare</footer></div>')
        js = "document.getElementById('cb').addEventListener('change',function(){document.getElementById('ok').style.display='block';setTimeout(function(){location.reload()},2500)});"
    elif kind == "akamai":
        title = "Access Denied" if not ja else "アクセスが制限されています"
        body = (f'<div class="c"><h1>{"アクセスが一時的に制限されています" if ja else "Please verify you are a human"}</h1>'
                f'<p>{"短時間に多くのアクセスがあったため、確認をお願いしています。下のボタンを長押ししてください。" if ja else "Access to this page has been denied because we believe you are using automation tools to browse the website. Press and hold the button."}</p>'
                f'<button id="hold" style="padding:14px 40px;font-size:16px">{"長押しして確認" if ja else "Press &amp; Hold"}</button>'
                f'<p class="small">Reference ID: {ray}-{ray[:6]}</p></div>')
        js = "var t;var h=document.getElementById('hold');h.addEventListener('mousedown',function(){t=setTimeout(function(){location.reload()},3000)});h.addEventListener('mouseup',function(){clearTimeout(t)});"
    else:  # google sorry
        title = "Google"
        body = ('<div class="c" style="text-align:left"><h1 style="font-family:serif;color:#4285f4">Google</h1><hr>'
                + ("<p>ネットワークから通常と異なるトラフィックが検出されました。</p><p>このページについて: 通常と異なるトラフィックがお使いのコンピュータ ネットワークから検出されました。このページは、ロボットではなくご本人が送信したリクエストであることを確認するためのものです。</p>" if ja else
                   "<p>Our systems have detected unusual traffic from your computer network. This page checks to see if it's really you sending the requests, and not a robot.</p>")
                + '<div class="rc"><label><input type="checkbox" id="cb"> ' + ("私はロボットではありません" if ja else "I'm not a robot") + '</label><span>reCAPTCHA<br><small>' + ("プライバシー - 利用規約" if ja else "Privacy - Terms") + '</small></span></div>'
                + f'<p class="small">IP address: 203.0.113.{len(slug)}<br>Time: 2026-12-07T22:41:09Z<br>URL: https://{host}{esc(path)}</p></div>')
        js = "document.getElementById('cb').addEventListener('change',function(){setTimeout(function(){location.reload()},1500)});"
    style = ("body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#313131}.c{max-width:640px;margin:80px auto;padding:0 20px}h1{font-size:34px;font-weight:500}"
             "h2{font-size:20px;font-weight:400}.ts,.rc{display:flex;justify-content:space-between;align-items:center;border:1px solid #d9d9d9;background:#fafafa;width:300px;padding:14px;margin:20px 0}"
             ".cf{font-size:10px;color:#f38020;text-align:right}footer{margin-top:60px;font-size:12px;color:#777}.small{font-size:12px;color:#666}")
    return __import__("kit").bare_page(lang, title, body, style, js)


CAPTCHA = [
    # slug, lang, host, path, site, kind
    ("ja-cap-pixiv", "ja", "accounts.pixiv.net", "/login", "pixiv", "turnstile"),
    ("ja-cap-kakaku", "ja", "kakaku.com", "/item/K0001612345/", "価格.com", "turnstile"),
    ("ja-cap-google-sorry", "ja", "www.google.co.jp", "/sorry/index", "Google", "sorry"),
    ("en-cap-reddit", "en", "www.reddit.com", "/r/techsupport/", "Reddit", "turnstile"),
    ("en-cap-zillow", "en", "www.zillow.com", "/homedetails/", "Zillow", "akamai"),
    ("en-cap-google-sorry", "en", "www.google.com", "/sorry/index", "Google", "sorry"),
    ("ja-cap-suumo", "ja", "suumo.jp", "/chintai/tokyo/", "SUUMO", "akamai"),
]

GRID = [
    ("ja-cap-lawticket", "ja", "ローソンチケット", "https://l-tike.com/order/captcha", "#0068b7",
     "画像認証", "不正な大量購入（転売目的の自動購入）を防ぐため、画像認証を行っています。表示された画像のうち「信号機」が写っているものをすべて選んでください。", "信号機"),
    ("ja-cap-eplus", "ja", "イープラス", "https://eplus.jp/sf/entry/verify", "#e60012",
     "抽選申込み前の確認", "ボットによる申込みを防ぐため、以下の認証にご協力ください。「自転車」が写っている画像をすべて選択し、［確認］を押してください。", "自転車"),
    ("ja-cap-yahuoku", "ja", "Yahoo!オークション", "https://auctions.yahoo.co.jp/bid/confirm", "#ff0033",
     "入札前の確認", "短時間に多くの入札があったため、確認をお願いしています。表示された文字を入力してください。", None),
    ("en-cap-discord", "en", "Discord", "https://discord.com/login", "#5865f2",
     "Wait! Are you human?", "Please confirm you're not a robot. Select all images with a boat.", "boat"),
    ("en-cap-ticketmaster", "en", "Ticketmaster", "https://www.ticketmaster.com/event/verify", "#026cdf",
     "Let's make sure you're a fan", "To protect fans from bots, complete this quick check before you join the queue. Select all squares with motorcycles.", "motorcycles"),
]


def captchas():
    for slug, lang, host, path, site, kind in CAPTCHA:
        lg(slug, "https://" + host + path, "captcha", lang, f"{site}: {kind} bot check (checkbox / hold / reload, no command)",
           f"site:{host}", path, cf_challenge(slug, lang, host, path, site, kind))
    for slug, lang, site, url, brand, title, intro, obj in GRID:
        ja = lang == "ja"
        if obj:
            cells = "".join(f'<div class="g" data-i="{i}" style="background:hsl({(i*47)%360},25%,{55+(i%3)*8}%)"></div>' for i in range(9))
            widget = (f'<div class="cap"><div class="hd">{esc(obj)}{"の画像をすべて選択してください" if ja else " — select all images"}</div>'
                      f'<div class="grid">{cells}</div><button class="btn" id="verify">{"確認" if ja else "Verify"}</button> <button class="btn sub" id="reload">↻</button></div>')
        else:
            widget = ('<div class="cap"><div class="img" style="font:italic 32px serif;letter-spacing:8px;background:#eee;padding:10px">k7Rm4</div>'
                      '<input id="ans" placeholder="画像の文字"> <button class="btn" id="verify">確認</button><button class="btn sub" id="reload">別の画像</button></div>')
        main = f"<h1>{esc(title)}</h1><p>{esc(intro)}</p>{widget}<p class=\"note\">{'認証に3回失敗すると、しばらく時間をおいてからのお手続きとなります。' if ja else 'Having trouble? Try the audio challenge or refresh the images.'}</p>"
        js = ("document.querySelectorAll('.g').forEach(function(g){g.addEventListener('click',function(){g.classList.toggle('on')})});"
              "document.getElementById('verify').addEventListener('click',function(){this.textContent='…'});document.getElementById('reload').addEventListener('click',function(){location.reload()});")
        extra = ".cap{border:1px solid #ccc;width:340px;padding:10px;background:#fff}.hd{background:#4a90e2;color:#fff;padding:10px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:4px;margin:6px 0}.g{height:96px;cursor:pointer}.g.on{outline:4px solid #4a90e2}"
        host = url.split("/")[2]
        lg(slug, url, "captcha", lang, f"{site}: image CAPTCHA before purchase/login", f"site:{host}", "/" + url.split("/", 3)[3],
           site_page(slug, lang, site, title, main, brand, scripts=js, extra_css=extra))


# ---------------------------------------------------------------- software downloads
DL = [
    # slug, lang, site, url, brand, product, file, version, auto, notes
    ("ja-dl-cubepdf", "ja", "CubeSoft", "https://www.cube-soft.jp/cubepdf/download.php", "#3c8dbc", "CubePDF", "cubepdf-4.2.0-x64.exe", "4.2.0", True,
     ["Windows 11 / 10 に対応しています", "インストール時に「このアプリがデバイスに変更を加えることを許可しますか？」と表示されたら「はい」を押してください", "旧バージョンは過去のリリースページからダウンロードできます"]),
    ("ja-dl-lhaplus", "ja", "窓の杜", "https://forest.watch.impress.co.jp/library/software/lhaplus/download_10842.html", "#6fb92c", "Lhaplus", "lpls174.exe", "1.74", True,
     ["窓の杜からダウンロードします。数秒後にダウンロードが始まります", "ダウンロードが始まらない場合は「こちら」をクリックしてください", "ウイルスチェック済み（窓の杜編集部）"]),
    ("ja-dl-canon-ij", "ja", "キヤノン", "https://canon.jp/support/software/os/select/ij-driver", "#cc0000", "IJ プリンタードライバー（TS8730 series）", "ts8730-win-mp-1_0-ea34_2.exe", "Ver.1.01", False,
     ["お使いのOS：Windows 11（64bit）", "ダウンロードしたファイルをダブルクリックすると、インストーラーが起動します", "ご不明な点はキヤノンお客様相談センター（050-0000-4106）へ"]),
    ("ja-dl-etax", "ja", "国税庁 e-Tax", "https://www.e-tax.nta.go.jp/e-taxsoft/download.htm", "#003f8e", "e-Taxソフト（共通プログラム）", "e-taxsoft-setup.exe", "令和8年版", False,
     ["e-Taxソフトは Windows 専用です", "インストールの前に、他のアプリケーションをすべて終了してください", "事前準備セットアップもあわせてインストールしてください"]),
    ("ja-dl-jpki", "ja", "公的個人認証サービス ポータルサイト", "https://www.jpki.go.jp/download/win.html", "#1f5aa6", "JPKI利用者ソフト", "JPKIAppli_setup.msi", "3.6", False,
     ["マイナンバーカードとICカードリーダライタが必要です", "インストールには管理者権限が必要です", "ダウンロードしたファイルを実行し、画面の指示に従ってください"]),
    ("ja-dl-line-pc", "ja", "LINE", "https://line.me/ja/download", "#06c755", "LINE for Windows", "LineInst.exe", "9.4", False,
     ["Windows 10 以降", "Microsoft Store からもインストールできます", "ログインにはスマートフォンのLINEアプリでの本人確認が必要です"]),
    ("en-dl-vlc", "en", "VideoLAN", "https://www.videolan.org/vlc/download-windows.html", "#ff8800", "VLC media player", "vlc-3.0.21-win64.exe", "3.0.21", True,
     ["Your download will start shortly…", "If not, click here. Display checksum", "VLC is free and open source software"]),
    ("en-dl-7zip", "en", "7-Zip", "https://www.7-zip.org/download.html", "#333399", "7-Zip", "7z2408-x64.exe", "24.08", False,
     ["64-bit Windows x64", "Download it from SourceForge or this site", "License: GNU LGPL"]),
    ("en-dl-zoom", "en", "Zoom", "https://zoom.us/download", "#0b5cff", "Zoom Workplace desktop app", "ZoomInstallerFull.exe", "6.3.0", True,
     ["The download should start automatically. If it doesn't, download here.", "Double-click ZoomInstallerFull.exe to install", "Also available: Outlook plugin, Zoom Rooms"]),
    ("en-dl-teams", "en", "Microsoft", "https://www.microsoft.com/en-us/microsoft-teams/download-app", "#5b5fc7", "Microsoft Teams", "MSTeamsSetup.exe", "25.1", False,
     ["Download for desktop", "Works on Windows 10 and 11", "Sign in with your work, school or personal account"]),
    ("en-dl-hp-smart", "en", "HP", "https://123.hp.com/us/en/devices/setup", "#0096d6", "HP Smart", "HPSmartSetup.exe", "152.4", False,
     ["Set up your printer with HP Smart", "Connect to Wi-Fi and print", "Need help? Chat with HP virtual agent"]),
    ("en-dl-malwarebytes", "en", "Malwarebytes", "https://www.malwarebytes.com/mwb-download/thankyou", "#0d3ecc", "Malwarebytes for Windows", "MBSetup.exe", "5.2", True,
     ["Thanks for downloading Malwarebytes!", "Your download should begin automatically", "Step 1: Open the MBSetup file. Step 2: Click Yes on the User Account Control. Step 3: Follow the instructions"]),
]


def downloads():
    for slug, lang, site, url, brand, prod, fn, ver, auto, notes in DL:
        ja = lang == "ja"
        main = (f'<h1>{esc(prod)} {"ダウンロード" if ja else "download"}</h1>'
                f'<div class="card"><p><strong>{esc(prod)}</strong> {"バージョン" if ja else "Version"} {esc(ver)} ・ {"Windows 用" if ja else "for Windows"}</p>'
                f'<a class="btn" id="dl" href="{esc(fn)}" download>{"ダウンロード" if ja else "Download"} ({esc(fn)})</a>'
                f'<p class="note">SHA-256: {"%064x" % (hnum(fn) * 7919 % (1 << 255))}</p></div>'
                f"{ul([esc(n) for n in notes])}"
                f'<h2>{"動作環境" if ja else "System requirements"}</h2>'
                + ('<table class="t"><tr><th>OS</th><td>Windows 11 / 10（64ビット）</td></tr><tr><th>CPU</th><td>1GHz以上</td></tr><tr><th>メモリ</th><td>4GB以上</td></tr><tr><th>空き容量</th><td>500MB以上</td></tr></table>' if ja else
                   '<table class="t"><tr><th>OS</th><td>Windows 11, 10 (64-bit)</td></tr><tr><th>Processor</th><td>1 GHz or faster</td></tr><tr><th>Memory</th><td>4 GB RAM</td></tr><tr><th>Disk</th><td>500 MB</td></tr></table>')
                + f'<h2>{"更新履歴" if ja else "Release notes"}</h2>'
                + ul([f"{esc(ver)}: " + ("不具合を修正しました" if ja else "Bug fixes and stability improvements"),
                      ("前バージョン: 一部の環境で起動が遅い問題を修正" if ja else "Previous: improved startup time")]))
        js = (f"setTimeout(function(){{var a=document.createElement('a');a.href='{fn}';a.download='';document.body.appendChild(a);a.click()}},2500);" if auto else "")
        host = url.split("/")[2]
        lg(slug, url, "software-download", lang, f"{site}: {prod} download page for Windows{' that starts the download itself' if auto else ''}",
           f"site:{host}", "/" + url.split("/", 3)[3], site_page(slug, lang, site, f"{prod}", main, brand, scripts=js, ptype="download"))


# ---------------------------------------------------------------- real update pages
UPD = [
    ("ja-upd-ms-winupdate", "ja", "Microsoft サポート", "https://support.microsoft.com/ja-jp/windows/windows-update", "#0067b8",
     "Windows Update: よくある質問",
     ["Windows Update は、Windows とそのほかのマイクロソフト製品を最新の状態に保つためのものです。更新プログラムには、セキュリティの修正が含まれます。",
      "更新プログラムを確認するには、［スタート］ > ［設定］ > ［Windows Update］ > ［更新プログラムのチェック］を選択します。",
      "Microsoft がWebページのポップアップやお電話で更新をお願いすることはありません。更新は必ず［設定］から行ってください。"],
     "設定を開く", "ms-settings:windowsupdate"),
    ("ja-upd-chrome-help", "ja", "Google Chrome ヘルプ", "https://support.google.com/chrome/answer/95414?hl=ja", "#1a73e8",
     "Google Chrome を更新する",
     ["Chrome は通常、ブラウザを閉じて再度開くとバックグラウンドで自動的に更新されます。",
      "保留中の更新があると、右上の「更新」ボタンが緑・黄・赤で表示されます（公開から 2 日・4 日・7 日）。",
      "パソコンで Chrome を開き、右上のその他アイコン > ［ヘルプ］ > ［Google Chrome について］で確認できます。"],
     "Chrome について", "chrome://settings/help"),
    ("ja-upd-vb", "ja", "トレンドマイクロ", "https://helpcenter.trendmicro.com/ja-jp/article/tmka-20123", "#d71920",
     "ウイルスバスター クラウド 最新版へのバージョンアップ方法",
     ["ウイルスバスター クラウドは、新しいバージョンが公開されると自動的にバージョンアップされます。",
      "手動で確認するには、メイン画面の［アップデート］を押してください。",
      "最新版へのバージョンアップは無料です。トレンドマイクロがポップアップで電話を求めたり、遠隔操作ソフトのインストールを求めることはありません。"],
     "最新版をダウンロード", "TrendMicro_VB_Installer.exe"),
    ("ja-upd-smbc-browser", "ja", "三井住友銀行", "https://www.smbc.co.jp/kojin/direct/kankyo/", "#004831",
     "ご利用のブラウザはサポート対象外です",
     ["ご利用のブラウザ（Internet Explorer 11）はSMBCダイレクトの推奨環境ではありません。",
      "安全にご利用いただくため、Microsoft Edge、Google Chrome、Firefox、Safari の最新版をご利用ください。",
      "ブラウザの更新は各ブラウザの提供元のサイトまたは設定画面から行ってください。当行がブラウザのファイルを配布することはありません。"],
     "推奨環境を見る", "#kankyo"),
    ("en-upd-zoom-support", "en", "Zoom Support", "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0061222", "#0b5cff",
     "Upgrading Zoom Workplace to the latest version",
     ["We recommend updating the desktop app whenever a new version is released. Zoom's minimum version policy may require you to update before you can join meetings.",
      "To check for updates: sign in to the Zoom desktop app, click your profile picture, then click Check for Updates.",
      "You can also download the latest version from zoom.us/download."],
     "Download Center", "https://zoom.us/download"),
    ("en-upd-adobe-reader", "en", "Adobe", "https://helpx.adobe.com/acrobat/kb/update-acrobat-reader.html", "#eb1000",
     "Update Acrobat Reader",
     ["Acrobat Reader updates are installed automatically by default.",
      "To update manually, open Acrobat Reader and choose Menu > Help > Check for updates.",
      "If you're asked to install an update to view a PDF on a website you don't recognize, don't. Use the Help menu instead."],
     "Check for updates", "#help"),
    ("en-upd-firefox-outdated", "en", "Mozilla", "https://www.mozilla.org/en-US/firefox/update/", "#ff7139",
     "Your Firefox is out of date",
     ["You're using an older version of Firefox that may be missing important security fixes.",
      "Firefox updates automatically. To check, open the menu, click Help, then About Firefox. Firefox will check for updates and download them.",
      "Restart Firefox to finish the update."],
     "Download Firefox", "Firefox%20Installer.exe"),
    ("en-upd-java", "en", "Java", "https://www.java.com/en/download/help/java_update.html", "#e76f00",
     "What is Java Update and how do I change the update schedule?",
     ["Java Update is a feature that keeps your Windows computer up-to-date with the latest Java releases.",
      "When new updates are available you will see a notification in the system tray. Click it to see the Update Available window.",
      "Only download Java from java.com."],
     "Java downloads", "#dl"),
]


def updates():
    for slug, lang, site, url, brand, title, paras, btn, href in UPD:
        ja = lang == "ja"
        banner = ""
        if "outdated" in slug or "browser" in slug:
            banner = f'<div style="background:#fff4ce;border:1px solid #e0b000;padding:12px 16px;border-radius:6px;margin:10px 0"><strong>{"ブラウザの更新をお願いします" if ja else "Update your browser"}</strong> — {esc(paras[0])}</div>'
        main = (f"<h1>{esc(title)}</h1>{banner}" + "".join(f"<p>{esc(p)}</p>" for p in paras)
                + f'<p><a class="btn" href="{esc(href)}">{esc(btn)}</a></p>'
                + f'<h2>{"このページは役に立ちましたか？" if ja else "Was this information helpful?"}</h2><p><button class="btn sub">{"はい" if ja else "Yes"}</button> <button class="btn sub">{"いいえ" if ja else "No"}</button></p>')
        host = url.split("/")[2]
        lg(slug, url, "software-update", lang, f"{site}: real update help / outdated-browser notice", f"site:{host}", "/" + url.split("/", 3)[3],
           site_page(slug, lang, site, title, main, brand, ptype="help"))


# ---------------------------------------------------------------- games
GAME_JS = """
var cv=document.getElementById('cv'),cx=cv.getContext('2d'),ac=null,t=0,run=false;
function draw(){t++;cx.fillStyle='%(bg)s';cx.fillRect(0,0,cv.width,cv.height);cx.fillStyle='%(fg)s';cx.font='bold 28px sans-serif';cx.fillText('%(hud)s',20,40);
for(var i=0;i<12;i++){cx.fillRect((i*83+t*3)%%cv.width,120+Math.sin((t+i*20)/15)*60,16,16)}if(run)requestAnimationFrame(draw)}
function beep(f){try{ac=ac||new AudioContext();var o=ac.createOscillator(),g=ac.createGain();o.frequency.value=f;g.gain.value=0.05;o.connect(g);g.connect(ac.destination);o.start();o.stop(ac.currentTime+0.2)}catch(e){}}
document.getElementById('play').addEventListener('click',function(){run=true;draw();beep(660);
var el=document.getElementById('stage');%(fs)s});
document.addEventListener('keydown',function(e){if(run&&['ArrowUp','ArrowDown','Space',' '].indexOf(e.key)>=0){e.preventDefault();beep(330)}});
%(extra)s
"""
GAMES = [
    # slug, lang, site, url, brand, title, desc, hud, fs(list), extra, bg, fg
    ("ja-game-jantama", "ja", "雀魂 -じゃんたま-", "https://game.mahjongsoul.com/index.html", "#6a3d9a", "雀魂 -じゃんたま- ブラウザ版",
     "ブラウザで遊べる本格オンライン麻雀。全画面表示にすると牌が見やすくなります。BGMと効果音が流れます。", "東一局 0本場", ["fs"], "", "#0d3d2a", "#f5e6b3"),
    ("ja-game-unityroom", "ja", "unityroom", "https://unityroom.com/games/hyakki-escape", "#222", "百鬼脱出 - unityroom",
     "夜の学校から脱出するホラーアクション。マウスで視点を動かします（クリックでマウスを固定、Escで解除）。大きな音が出ます。", "残り時間 03:00", ["fs", "pl"], "", "#111", "#c00"),
    ("ja-game-freem", "ja", "ふりーむ！", "https://www.freem.ne.jp/win/game/31234", "#f08300", "ブラウザでプレイ：ウイルスバスターズ！",
     "パソコンの中に侵入したウイルスを退治するシューティング。「警告！ウイルス感染率 87%」が100%になるとゲームオーバー。全画面推奨。", "警告！ウイルス感染率 87%", ["fs", "kl"], "", "#001a33", "#ff3b3b"),
    ("ja-game-yahoo-shogi", "ja", "Yahoo!ゲーム", "https://games.yahoo.co.jp/game/shogi/play", "#ff0033", "かんたん将棋",
     "コンピュータと対局できます。持ち時間が切れると負けになります。対局中にページを離れると確認が表示されます。", "持ち時間 10:00", [], "window.addEventListener('beforeunload',function(e){if(run){e.preventDefault();e.returnValue=''}});", "#e8c27a", "#3b2a10"),
    ("ja-game-typing", "ja", "寿司打", "https://sushida.net/play.html", "#b5121b", "寿司打 ～タイピング練習～",
     "流れてくるお寿司のお題を制限時間内にタイピング。効果音あり。スペースキーでスタートします。", "残り 60秒  お皿 0枚", ["fs"], "", "#fdf1dc", "#7a1b0c"),
    ("en-game-krunker", "en", "Krunker.io", "https://krunker.io/", "#ff4a4a", "Krunker.io — browser FPS",
     "Fast-paced first-person shooter in your browser. Click to play: the game locks your mouse pointer and goes full screen. Press Esc to release.", "HP 100  AMMO 30", ["fs", "pl", "kl"], "", "#1a2433", "#ffcc00"),
    ("en-game-slither", "en", "slither.io", "https://slither.io/", "#5c7a2b", "slither.io",
     "Play against other people online! Can you become the longest slither? Sound on.", "Your length: 10", [], "", "#161c22", "#7cfc00"),
    ("en-game-lichess", "en", "lichess.org", "https://lichess.org/training", "#629924", "Puzzle training",
     "Find the best move for white. Leaving a running game shows a confirmation.", "Your turn", [], "window.addEventListener('beforeunload',function(e){if(run){e.preventDefault();e.returnValue=''}});", "#f0d9b5", "#222"),
    ("en-game-itch-horror", "en", "itch.io", "https://nightshiftdev.itch.io/system-failure", "#fa5c5c", "SYSTEM FAILURE — a short horror game",
     "You are the night technician. The terminal shows CRITICAL ERROR messages and alarms blare as the facility locks down. Contains flashing lights and loud sounds. Best in full screen.", "CRITICAL ERROR 0x0000DEAD — CONTAINMENT BREACH", ["fs", "pl", "kl"],
     "setInterval(function(){if(run)beep(880)},1200);", "#000", "#ff2020"),
    ("en-game-poki", "en", "Poki", "https://poki.com/en/g/subway-surfers", "#002b50", "Subway Surfers — Play on Poki",
     "Dash as fast as you can and dodge the oncoming trains. Use the arrow keys. Full screen button in the corner.", "SCORE 000000", ["fs"], "", "#4aa3df", "#fff"),
]


def games():
    for slug, lang, site, url, brand, title, desc, hud, fs, extra, bg, fg in GAMES:
        ja = lang == "ja"
        parts = []
        if "fs" in fs:
            parts.append("if(el.requestFullscreen)el.requestFullscreen().then(function(){%s}).catch(function(){});" %
                         ("if(navigator.keyboard&&navigator.keyboard.lock)navigator.keyboard.lock(['Escape','KeyW','KeyA','KeyS','KeyD']);" if "kl" in fs else ""))
        if "pl" in fs:
            parts.append("if(cv.requestPointerLock){var pr=cv.requestPointerLock();if(pr&&pr.catch)pr.catch(function(){})}")
        js = GAME_JS % dict(bg=bg, fg=fg, hud=hud.replace("'", ""), fs="".join(parts), extra=extra)
        main = (f"<h1>{esc(title)}</h1>"
                f'<div id="stage" style="background:#000;padding:0"><canvas id="cv" width="800" height="450" style="width:100%;display:block"></canvas></div>'
                f'<p><button class="btn" id="play">{"プレイ開始" if ja else "Play"}</button></p><p>{esc(desc)}</p>'
                f'<h2>{"操作方法" if ja else "Controls"}</h2>'
                + ul(["矢印キー：移動", "スペース：決定", "Esc：全画面を終了"] if ja else ["Arrow keys / WASD: move", "Space: action", "Esc: exit full screen"])
                + f'<h2>{"みんなの評価" if ja else "Comments"}</h2>'
                + ul(["★★★★☆ 操作が気持ちいい", "★★★★★ 全画面でやると迫力ある", "★★★☆☆ 音量に注意"] if ja else ["great for a break at work", "the full screen mode is a must", "sound is loud, turn it down first"]))
        host = url.split("/")[2]
        lg(slug, url, "game", lang, f"{site}: browser game ({', '.join(fs) or 'canvas+sound'} after a click)", f"site:{host}",
           "/" + url.split("/", 3)[3], site_page(slug, lang, site, title, main, brand, scripts=js, ptype="game"))


def build():
    video_calls()
    camloc()
    captchas()
    downloads()
    updates()
    games()
