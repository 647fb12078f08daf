"""Scams, part A: lockers and fake alerts, phone lures (incl. fake police/prosecutors), remote-access lures."""
from kit import add, esc, ul, bare_page, site_page, rng, scam_wrap, kit_pad

S = "scam"


def sc(slug, url, cat, lang, note, repo, path, html, expect="block"):
    add(slug, S, expect, url, cat, lang, note, repo, path, html)


# --------------------------------------------------------------- locker mechanics (composable)
MECH = {
    "fs": """function goFs(){var d=document.documentElement;if(!document.fullscreenElement&&d.requestFullscreen){d.requestFullscreen().then(function(){
if(navigator.keyboard&&navigator.keyboard.lock)navigator.keyboard.lock()}).catch(function(){})}}
document.addEventListener('click',goFs,true);document.addEventListener('keydown',goFs,true);""",
    "refs": "document.addEventListener('fullscreenchange',function(){if(!document.fullscreenElement)setTimeout(goFs,50)});",
    "pl": "document.addEventListener('click',function(){if(document.body.requestPointerLock){var r=document.body.requestPointerLock();if(r&&r.catch)r.catch(function(){})}});",
    "cursor": "document.body.style.cursor='none';var fc=document.createElement('div');fc.style.cssText='position:fixed;width:14px;height:20px;background:#fff;clip-path:polygon(0 0,0 100%,35% 70%,100% 70%);z-index:99999;pointer-events:none';document.body.appendChild(fc);document.addEventListener('mousemove',function(e){fc.style.left=(e.clientX+60)+'px';fc.style.top=(e.clientY+40)+'px'});",
    "hist": "for(var h=0;h<60;h++){history.pushState({h:h},'',location.href)}window.addEventListener('popstate',function(){history.pushState(null,'',location.href)});",
    "bu": "window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='%(bu)s';return '%(bu)s'});",
    "audio": """var ac;function alarm(){try{ac=ac||new (window.AudioContext||window.webkitAudioContext)();var o=ac.createOscillator(),g=ac.createGain();o.type='square';o.frequency.value=%(hz)s;g.gain.value=0.2;o.connect(g);g.connect(ac.destination);o.start();o.stop(ac.currentTime+0.6)}catch(e){}}
document.addEventListener('click',function(){alarm();setInterval(alarm,900)},{once:true});""",
    "speech": "document.addEventListener('click',function(){try{var u=new SpeechSynthesisUtterance('%(say)s');u.lang='%(sl)s';u.rate=0.9;speechSynthesis.speak(u);setInterval(function(){speechSynthesis.speak(u)},15000)}catch(e){}},{once:true});",
    "alert": "setTimeout(function(){for(var a=0;a<3;a++){alert('%(al)s')}},1200);",
    "vib": "document.addEventListener('click',function(){navigator.vibrate&&navigator.vibrate([500,200,500,200,500])});",
    "keys": "document.addEventListener('keydown',function(e){if(e.key==='F12'||e.key==='Escape'||(e.ctrlKey&&(e.key==='w'||e.key==='u'||e.key==='r'))||e.key==='F5'){e.preventDefault();e.stopPropagation();return false}},true);document.addEventListener('contextmenu',function(e){e.preventDefault()});",
    "open": "document.addEventListener('click',function(){for(var w=0;w<4;w++){window.open(location.href,'_blank','width=420,height=300,left='+(w*60)+',top='+(w*40))}},{once:true});",
    "print": "setTimeout(function p(){window.print();setTimeout(p,1500)},2000);",
    "scan": """var pr=document.getElementById('prog'),n=0,lst=document.getElementById('found');var bad=%(bad)s;var tm=setInterval(function(){n+=3;if(pr)pr.style.width=Math.min(n,100)+'%%';
if(n%%15===0&&bad.length&&lst){var li=document.createElement('li');li.textContent=bad.shift();lst.appendChild(li)}if(n>=100){clearInterval(tm);var m=document.getElementById('modal');if(m)m.style.display='block'}},120);""",
    "timer": """var left=%(secs)s;setInterval(function(){left=Math.max(0,left-1);var e=document.getElementById('tmr');if(e)e.textContent=Math.floor(left/60)+':'+String(left%%60).padStart(2,'0')},1000);""",
}


def mech_js(flags, **kw):
    kw.setdefault("bu", "")
    kw.setdefault("hz", "880")
    return "\n".join(MECH[f] % kw if "%(" in MECH[f] else MECH[f].replace("%%", "%") for f in flags)


LOCK_CSS = ("body{margin:0;font-family:'Segoe UI','Yu Gothic UI',Meiryo,sans-serif;overflow:hidden;user-select:none}"
            ".desk{position:fixed;inset:0;background:%(bg)s}.win{position:absolute;background:#fff;color:#111;box-shadow:0 8px 30px rgba(0,0,0,.5);border:1px solid #888}"
            ".bar{background:%(bar)s;color:#fff;padding:6px 10px;font-size:13px;display:flex;justify-content:space-between}.bar b{font-weight:400}"
            ".in{padding:14px 18px;font-size:14px}.big{font-size:22px;font-weight:700;color:%(warn)s}.ph{font-size:26px;font-weight:700;color:#c00;letter-spacing:1px}"
            ".btns{text-align:right;padding:10px}.btns button{padding:6px 22px;margin-left:6px}#prog{height:14px;background:#2b9a3a;width:0}.pbar{border:1px solid #999;height:16px;margin:8px 0}"
            "#modal{display:none}.task{position:fixed;left:0;right:0;bottom:0;height:40px;background:#1f1f1f;color:#fff;font-size:13px;padding:10px}")


def win(x, y, w, title, inner, bar=None, extra=""):
    return (f'<div class="win" style="left:{x}%;top:{y}%;width:{w}px;{extra}"><div class="bar"{" style=background:" + bar if bar else ""}><b>{esc(title)}</b><span>✕</span></div>'
            f'<div class="in">{inner}</div></div>')


# slug, lang, cat, host, brand-note, bg, bar, windows: list of (x,y,w,title,innerhtml), flags, kw, note, repo
LOCKERS = [
    ("ja-lock-edge-scareware", "ja", "fullscreen-lock", "https://edge-protect-jp.example.net/blocked/?code=SB-0x2f9",
     "#f3f3f3", "#0f6cbd",
     [(18, 12, 620, "Microsoft Edge ― スケアウェアブロッカー",
       '<p class="big">このサイトは詐欺の可能性があるためブロックされました</p><p>Microsoft Edge は、このページがお使いのPCを乗っ取ろうとしたことを検出しました。安全のため、ブラウザはロックされています。</p>'
       '<p>ロックを解除するには、Microsoft 公式サポートに連絡してください（日本語対応・通話無料）</p><p class="ph">050-0000-3318</p><p>※ ブラウザを閉じたりPCを再起動すると、保存されたパスワードが削除される恐れがあります。</p>'),
      (55, 55, 360, "Windows セキュリティ", '<p>脅威ID: Trojan:Win32/Wacatac.B!ml</p><p>状態: 隔離に失敗しました</p>')],
     ["fs", "refs", "keys", "hist", "audio", "speech"], dict(say="マイクロソフトの警告です。このパソコンはロックされました。画面の番号に電話してください。", sl="ja-JP", hz="700"),
     "fake Edge scareware-blocker page that itself claims the browser is locked; full screen re-entered, keys blocked, alarm, speech", "article:blogs.windows.com"),
    ("ja-lock-norton-firewall", "ja", "fullscreen-lock", "https://nrt-scan-jp.example.com/lp/firewall.html?uid=771203",
     "#1b1b1b", "#ffc800",
     [(8, 8, 520, "Norton Security ― ファイアウォール警告",
       '<p class="big" style="color:#b00">ファイアウォールが無効になっています</p><p>ハッカーがお使いのIPアドレス（198.51.100.23）からアクセスを試みています。写真、メール、ネットバンキングのパスワードが送信されています。</p><p>ノートン テクニカルサポート</p><p class="ph">０１２０－０００－６１８</p>'),
      (40, 30, 460, "スキャン結果", '<div class="pbar"><div id="prog"></div></div><ul id="found"></ul><p>検出された脅威: <b style="color:#c00">5件</b></p>'),
      (25, 62, 420, "警告", '<p>このウィンドウを閉じないでください。閉じると、お使いのPCが無効になります。</p><p>残り時間 <b id="tmr">4:59</b></p>')],
     ["fs", "keys", "scan", "timer", "audio", "bu"], dict(bad='["Trojan.Gen.2","Spyware.Keylogger","Adware.Agent","Backdoor.Remcos","PUA.CoinMiner"]', secs="299", bu="閉じるとデータが失われます"),
     "fake Norton firewall alert with fake scan, countdown, full-width free-dial number", "article:www.ipa.go.jp"),
    ("ja-lock-canvas-bsod", "ja", "fullscreen-lock", "https://win-err-report.example.org/ja/bsod/",
     "#0078d7", "#0078d7", [], ["fs", "refs", "cursor", "keys", "hist", "audio"], dict(hz="520"),
     "fake blue screen drawn on a canvas only (no warning text in the DOM) with the number; fake cursor, full screen re-entry", "article:www.malwarebytes.com"),
    ("ja-lock-apple-mac", "ja", "fullscreen-lock", "https://apple-jp-support.example.net/mac/alert/",
     "#2b2b2b", "#6e6e6e",
     [(20, 10, 560, "Safari ― システムの警告",
       '<p class="big" style="color:#e00"> macOS セキュリティセンター</p><p>お使いのMacでシステムファイルの破損とスパイウェアが検出されました。Apple ID、iCloud の写真、キーチェーンのパスワードが危険にさらされています。</p><p>Apple サポートへ今すぐお電話ください：</p><p class="ph">050-0000-7420</p><p>（Mac を再起動すると、起動ディスクが消去される場合があります）</p>')],
     ["fs", "refs", "alert", "audio", "bu", "vib"], dict(al="⚠ システムの警告：Mac がロックされました。Apple サポート 050-0000-7420 へ電話してください。", bu="Mac がロックされています"),
     "fake macOS security centre inside Safari: alert loop, full screen, beep, beforeunload", "article:support.apple.com"),
    ("ja-lock-softbank", "ja", "fullscreen-lock", "https://sb-anzen-check.example.com/smart/warn?id=0917",
     "#fff", "#333",
     [(5, 6, 340, "ソフトバンク セキュリティ",
       '<p class="big" style="color:#c00">ウイルスが4件検出されました</p><p>お使いのスマートフォンは有害なサイトの閲覧によりウイルスに感染しています。このままではSIMカードが破損し、電話帳・写真が流出します。</p><p>至急、ソフトバンク セキュリティセンターへご連絡ください。</p><p class="ph"><a href="tel:05000008102">050-0000-8102</a></p><p>電池残量: 28%（ウイルスにより消耗中）</p>')],
     ["vib", "hist", "bu", "audio", "alert"], dict(al="【ソフトバンク】ウイルスが検出されました。050-0000-8102 にお電話ください", bu="ウイルス駆除が完了していません"),
     "smartphone-sized fake carrier warning: vibration, history flood, beforeunload, alert, tel: link", "article:www.softbank.jp"),
    ("ja-lock-m365-freeze", "ja", "fullscreen-lock", "https://m365-account-jp.example.net/lock/session?id=JP-4471",
     "#faf9f8", "#c50f1f",
     [(15, 12, 600, "Microsoft 365 ― アカウント凍結のお知らせ",
       '<p class="big">お客様の Microsoft アカウントは一時的に凍結されました</p><p>お使いのPCから不正なライセンス認証と児童ポルノサイトへのアクセスが確認されたため、Windows およびOfficeのライセンスを停止しました。</p>'
       '<p>凍結を解除するには、24時間以内にライセンスセンターへご連絡のうえ、再認証手続き（有料）を行ってください。</p><p class="ph">0120-000-529</p><p>受付番号: MS-JP-2026-88410</p>'),
      (50, 60, 380, "Windows ライセンス認証", '<p>プロダクトキー: XXXXX-XXXXX-XXXXX-DH7P2-3VW9K</p><p style="color:#c00">状態: 停止中</p>')],
     ["fs", "refs", "keys", "pl", "hist", "speech"], dict(say="お客様のアカウントは凍結されました。ライセンスセンターにお電話ください。", sl="ja-JP"),
     "fake Microsoft 365 account freeze with licence fee, pointer lock, keyboard lock, speech", "article:www.ipa.go.jp"),
    ("en-lock-kaspersky", "en", "fullscreen-lock", "https://kas-cloud-alert.example.com/us/scan/?aff=3391",
     "#0d1117", "#00a88e",
     [(10, 10, 560, "Kaspersky Total Security — Threat detected",
       '<p class="big" style="color:#e03">Your PC is infected with 6 viruses!</p><p>Your Kaspersky subscription expired 12 days ago. Malware is sending your banking passwords and photos to a remote server.</p><p>Call Kaspersky Support (toll free):</p><p class="ph">1-877-555-0187</p>'),
      (45, 40, 420, "Quick Scan", '<div class="pbar"><div id="prog"></div></div><ul id="found"></ul>'),
      (20, 68, 420, "Do not close", '<p>Closing this window will put your personal information at risk. Time remaining: <b id="tmr">2:00</b></p>')],
     ["fs", "refs", "keys", "scan", "timer", "audio", "open"], dict(bad='["Trojan.Win32.Agent","Exploit.MSOffice","Worm.Autorun","Spyware.Banker","Rootkit.Boot"]', secs="120"),
     "fake Kaspersky expiry + scan locker with pop-up storm", "article:www.malwarebytes.com"),
    ("en-lock-print-firewall", "en", "fullscreen-lock", "https://firewall-notice.example.org/win/?bcda=1-888-555-0164",
     "#0a246a", "#c00",
     [(12, 14, 600, "Windows Firewall — Security Warning",
       '<p class="big">Access to this PC has been blocked for security reasons</p><p>Your computer has alerted us that it has been infected with a Pornographic Spyware and riskware. The following data has been compromised: Email credentials, Banking passwords, Facebook login, Pictures &amp; documents.</p>'
       '<p>Call Windows Technical Department immediately:</p><p class="ph">+1-888-555-0164</p><p>Error # 0x80073b01 — Do not shut down or restart your computer.</p>')],
     ["fs", "refs", "print", "hist", "bu", "speech", "keys"], dict(say="Critical alert from Microsoft. Your computer has been blocked. Please call the number on your screen.", sl="en-US", bu="Your computer is blocked"),
     "classic 'Windows Firewall' locker with print loop, speech, history trap", "article:www.malwarebytes.com"),
    ("en-lock-canvas-apple", "en", "fullscreen-lock", "https://icloud-security.example.net/lock/canvas",
     "#000", "#000", [], ["fs", "refs", "keys", "audio", "vib"], dict(hz="980"),
     "iCloud lock screen drawn on a canvas only (no text in DOM): 'iPhone locked, call Apple 1-844-555-0133'", "article:support.apple.com"),
    ("en-lock-google-safety", "en", "fullscreen-lock", "https://google-safety-check.example.com/alert/chrome",
     "#fff", "#d93025",
     [(18, 10, 600, "Google Security Alert",
       '<p class="big" style="color:#d93025">Chrome has blocked your device</p><p>Suspicious activity detected on your Google Account from an unknown device in Lagos, Nigeria. Your Gmail, Google Pay and saved passwords are at risk.</p><p>Do not use your computer. Contact Google Support:</p><p class="ph">1-855-555-0126</p>')],
     ["fs", "refs", "keys", "pl", "cursor", "audio", "alert"], dict(al="Google Security: your device is blocked. Call 1-855-555-0126"),
     "fake Google security alert: pointer lock + fake cursor, alert, alarm", "article:support.google.com"),
]


def canvas_locker(lang):
    if lang == "ja":
        lines = ["Windows", ":(", "PCに問題が発生したため、ロックされました。", "エラーコード: CRITICAL_PROCESS_DIED 0x000000EF",
                 "ウイルス感染によりハードディスクが削除されます。", "Windows サポート（無料）: 050-0000-2947", "電源を切らないでください"]
        bg, fg = "#0078d7", "#fff"
    else:
        lines = ["iPhone is locked", "", "Your iCloud has been suspended due to illegal activity.", "All photos will be deleted in 10:00 minutes.",
                 "Call Apple Support: 1-844-555-0133", "Do not restart your device"]
        bg, fg = "#000", "#fff"
    arr = "[" + ",".join("'" + l + "'" for l in lines) + "]"
    return (f"""var c=document.createElement('canvas');c.width=innerWidth;c.height=innerHeight;c.style.cssText='position:fixed;inset:0';document.body.appendChild(c);
var x=c.getContext('2d');x.fillStyle='{bg}';x.fillRect(0,0,c.width,c.height);x.fillStyle='{fg}';var L={arr};
for(var i=0;i<L.length;i++){{x.font=(i<2?'bold 64px':'28px')+' sans-serif';x.fillText(L[i],80,120+i*70)}}""")


def lockers():
    for slug, lang, cat, url, bg, bar, wins, flags, kw, note, repo in LOCKERS:
        ja = lang == "ja"
        st = LOCK_CSS % dict(bg=bg, bar=bar, warn="#c00")
        if wins:
            w = "".join(win(*x) for x in wins)
            task = f'<div class="task">{"⊞ ここに入力して検索" if ja else "⊞ Type here to search"} <span style="float:right">22:41 2026/12/07</span></div>'
            pad, pcss = kit_pad(lang, slug)
            st += pcss
            body = f'<div class="desk">{pad}{w}</div>{task}'
            if "scan" in flags:
                body += f'<div id="modal" class="win" style="left:30%;top:30%;width:420px;z-index:9"><div class="bar"><b>{"警告" if ja else "Warning"}</b></div><div class="in"><p class="big">{"今すぐお電話ください" if ja else "Call now"}</p></div></div>'
            js = mech_js(flags, **kw)
        else:
            pad, pcss = kit_pad(lang, slug)
            st += pcss
            body = f'<div class="desk">{pad}</div>'
            js = canvas_locker(lang) + "\n" + mech_js(flags, **kw)
        host = url.split("/")[2]
        sc(slug, url, cat, lang, note, repo, "-", bare_page(lang, "Windows Security" if not ja else "セキュリティ警告", body, st, js))


# --------------------------------------------------------------- fake alerts (no full lock: scans, pop-ups, over-site banners)
FA = [
    ("ja-fa-mcafee-renew", "ja", "https://mcafee-jp-renew.example.com/sp/expired/", "#c01818",
     "McAfee® リブセーフ：ご利用期間が終了しました",
     "お使いのPCは保護されていません。本日だけ、更新料金が80%OFF。今すぐ更新しないと、ウイルスがファイルを暗号化する可能性があります。",
     ["トロイの木馬 5件", "アドウェア 3件", "フィッシング追跡 2件"], "今すぐ更新する（1,980円）", "renew-checkout.html", "expiry scare with fake scan and discount pay button", ""),
    ("ja-fa-iphone-virus", "ja", "https://ios-cleaner-jp.example.net/lp/13/", "#007aff",
     "iPhoneが13個のウイルスにより深刻な損傷を受けています",
     "最近アダルトサイトを閲覧したため、SIMカードと写真が損傷しています。今すぐウイルスを削除しないと、連絡先のデータが失われます。残り時間 1分58秒。",
     ["Trojan.iOS.Pegasus", "Spyware.PhotoLeak"], "今すぐ修復する", "install.html", "fake iPhone virus count with timer and 'repair' app button, vibration", "vib"),
    ("ja-fa-yahoo-mail-hack", "ja", "https://ymail-security-notice.example.org/jp/alert", "#ff0033",
     "【緊急】あなたのメールアカウントがハッキングされました",
     "お使いの端末から不正なログインが12回検出されました。パスワードが漏洩しており、クレジットカードが不正利用されています。サポートセンターにご連絡のうえ、手順に従ってください。",
     ["不正ログイン（中国）", "不正ログイン（ロシア）", "カード情報送信"], "サポートセンター 050-0000-6641", "tel:05000006641", "fake mail-hack alert with a 050 number (fake-alert)", ""),
    ("ja-fa-battery", "ja", "https://android-battery-fix.example.com/jp/", "#34a853",
     "バッテリーが破損しています（92%）",
     "お使いの Android 端末は有害なアプリにより電池が急速に劣化しています。今すぐ「バッテリー修復」アプリをインストールしてください。",
     ["有害アプリ 3件"], "修復アプリをインストール", "battery_fix.apk", "fake battery damage alert leading to an APK", "vib"),
    ("ja-fa-popup-win", "ja", "https://kuchikomi-matome.example.net/2026/12/tabelog", "#0078d4",
     "Windows Defender - セキュリティ警告",
     "** 不審なアクティビティを検出しました ** このPCの保護のため、Windowsサポート（050-0000-1179）にご連絡ください。電話を切らずに技術者の指示に従ってください。",
     [], "閉じる", "#", "fake Defender pop-up over a hijacked restaurant-review blog, alert() on close", "alert"),
    ("ja-fa-gpu", "ja", "https://driver-check-jp.example.com/scan/gpu", "#76b900",
     "グラフィックドライバーの重大なエラー",
     "ドライバーが古いため、画面の表示が乱れ、ハードウェアが過熱しています。無料の修復ツールを実行してください。",
     ["nvlddmkm.sys 破損", "温度 97℃"], "修復ツールをダウンロード", "DriverRepair_setup.exe", "fake driver error scan with download", ""),
    ("en-fa-defender-scan", "en", "https://defender-online-scan.example.net/us/quickscan", "#0078d4",
     "Windows Defender — Quick Scan complete",
     "We found 4 threats on this device. Your personal and banking information may be at risk. Call Microsoft Support to remove them safely.",
     ["Trojan:Win32/Emotet", "Spyware:Win32/Keylogger", "Ransom:Win32/LockBit"], "Call 1-866-555-0150", "tel:18665550150", "fake Defender web scan with result list and phone", ""),
    ("en-fa-paypal-alert", "en", "https://paypal-resolution.example.com/alert/", "#003087",
     "PayPal: Unusual purchase detected",
     "A payment of $749.99 to Bitcoin Exchange LLC was authorized from your account. If you did not make this purchase, call our Fraud Department immediately.",
     [], "Call 1-888-555-0173", "tel:18885550173", "fake PayPal charge alert with phone (fake-alert pop-up)", ""),
    ("en-fa-storage-full", "en", "https://icloud-storage-warn.example.org/full", "#0071e3",
     "Your iCloud storage is full — photos will be deleted",
     "Your photos and videos will be deleted in 24 hours because payment for your iCloud+ plan failed. Claim 50 GB free with the loyalty offer.",
     [], "Claim 50 GB free", "offer.html", "fake iCloud storage-full scare leading to a card form", ""),
    ("en-fa-adblock-virus", "en", "https://recipes-grandma.example.com/2026/12/apple-pie", "#c00",
     "Your browser is infected",
     "Suspicious activity detected on this browser. Install the free security extension to protect your passwords.",
     ["Adware.Search", "Trojan.Browser"], "Add protection", "SecureBrowser.exe", "fake infection banner injected into a hacked recipe blog", "alert"),
]


FA_MODE = {
    "ja-fa-mcafee-renew": ("clone", "McAfee"), "ja-fa-iphone-virus": ("overlay", None), "ja-fa-yahoo-mail-hack": ("clone", "Yahoo! JAPAN セキュリティセンター"),
    "ja-fa-battery": ("overlay", None), "ja-fa-gpu": ("clone", "ドライバーチェック公式"), "en-fa-defender-scan": ("clone", "Microsoft Defender Online"),
    "en-fa-paypal-alert": ("clone", "PayPal Resolution Center"), "en-fa-storage-full": ("clone", "iCloud"),
}


def fake_alerts():
    for slug, lang, url, color, title, text, found, btn, href, note, extra in FA:
        ja = lang == "ja"
        fl = "".join(f"<li>{esc(f)}</li>" for f in found)
        box = (f'<div style="max-width:560px;margin:40px auto;background:#fff;border-top:6px solid {color};box-shadow:0 4px 20px rgba(0,0,0,.3);padding:20px 26px">'
               f'<h1 style="font-size:22px;color:{color}">{esc(title)}</h1><p>{esc(text)}</p>'
               + (f'<div class="pbar"><div id="prog"></div></div><ul id="found" style="color:#c00"></ul>' if found else "")
               + f'<p><a class="cta" href="{esc(href)}" style="display:inline-block;background:{color};color:#fff;padding:12px 26px;border-radius:6px;text-decoration:none;font-size:18px">{esc(btn)}</a></p></div>')
        js = mech_js(["scan"], bad="[" + ",".join("'" + f + "'" for f in found) + "]") if found else ""
        if "vib" in extra:
            js += "\n" + mech_js(["vib"])
        if "alert" in extra:
            js += "\nsetTimeout(function(){alert(%r)},1500);" % (text[:80],)
        st = "body{margin:0;font-family:sans-serif;background:#eee}.pbar{border:1px solid #999;height:14px}#prog{height:14px;background:#c00;width:0}"
        if "blog" in slug or "matome" in url or "recipes" in url:
            body = site_page(slug, lang, "くちコミまとめ速報" if ja else "Grandma's Recipes", "記事" if ja else "Apple pie",
                             ("<p>駅前の新しいラーメン店に行ってきました。スープは濃厚で…</p>" if ja else "<p>This apple pie recipe has been in our family for three generations…</p>") * 3,
                             "#666", scripts=js, after_body=f'<div style="position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:99">{box}</div>')
        else:
            mode, site = FA_MODE[slug]
            body = scam_wrap(slug, lang, mode, title, box, st, js, site, color)
        sc(slug, url, "fake-alert", lang, note, "article:www.ipa.go.jp" if ja else "article:www.malwarebytes.com", "-", body)


# --------------------------------------------------------------- phone lures (fake police / prosecutors, bank, refunds, chats)
POLICE_CSS = ("body{margin:0;font-family:'Yu Mincho','Hiragino Mincho ProN',serif;background:#f4f4f0;color:#111}header{background:#1b2a4a;color:#fff;padding:14px 24px;font-size:20px}"
              "main{max-width:760px;margin:20px auto;background:#fff;padding:24px 30px;border:1px solid #ccc}.warrant{border:3px double #800;padding:20px;margin:16px 0;background:#fffdf6}"
              ".ph{font-size:24px;color:#b00;font-weight:700}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:6px}input{font-size:18px;padding:4px}")

PHONE = [
    ("ja-pl-kensatsu-case", "ja", "https://kensatsu-case-portal.example.net/jiken/search.html",
     "検察庁 事件照会システム", "article:www.npa.go.jp",
     "fake prosecutors' office portal: case-number lookup shows an arrest warrant with the reader's name, then a 'prosecutor' number and a transfer for 'asset inspection'",
     """<header>検察庁　事件照会システム（被疑者本人専用）</header><main><p>担当者から通知された受理番号を入力してください。</p>
<p><input id="no" value="" placeholder="例: 令8-東地検-00417"> <button id="go">照会</button></p><div id="res" style="display:none">
<div class="warrant"><h2 style="text-align:center">逮 捕 状（通常逮捕）</h2><table><tr><th>被疑者</th><td id="nm">ご本人様</td></tr><tr><th>罪名</th><td>組織犯罪処罰法違反（犯罪収益の隠匿）</td></tr>
<tr><th>被疑事実の要旨</th><td>被疑者名義の銀行口座が、特殊詐欺グループによる資金洗浄（マネーロンダリング）に使用された疑い</td></tr><tr><th>有効期間</th><td>令和8年12月14日まで</td></tr></table>
<p style="text-align:right">東京地方検察庁　検事（印）</p></div>
<p><strong>本件は捜査上の秘密事項です。家族・銀行・警察署を含む第三者に口外した場合、捜査妨害として直ちに身柄を拘束します。</strong></p>
<p>無実を証明するため、お客様の資産が犯罪収益でないことを確認する「資金調査」にご協力ください。調査後、全額返金されます。</p>
<p>担当検事直通：<span class="ph">050-0000-8814</span>（LINE ID: kensatsu_tokyo_04）</p>
<table><tr><th>資金調査 指定口座</th><td>みらい第一銀行 本店営業部 普通 0000417 ケンサツチョウシキンカンリ</td></tr><tr><th>期限</th><td id="tmr">本日 15:00 まで</td></tr></table></div></main>""",
     "document.getElementById('go').addEventListener('click',function(){document.getElementById('res').style.display='block'});"),
    ("ja-pl-keishicho-line", "ja", "https://mpd-sousa2ka.example.com/kyouryoku/",
     "警視庁 捜査第二課 捜査協力のお願い", "article:www.npa.go.jp",
     "fake Metropolitan Police 'investigation cooperation' page: LINE video call, fake badge, 'protect your assets' transfer",
     """<header>警視庁 刑事部 捜査第二課</header><main><h1>捜査協力のお願い</h1>
<p>現在、大規模な詐欺事件の捜査において、あなたの名義で開設された携帯電話と銀行口座が犯行に使用されたことが判明しています。</p>
<p>あなたが被害者であることを証明するため、以下の手順で捜査にご協力ください。</p><ol><li>担当捜査官の LINE（ID: <b>mpd_2ka_sato</b>）を追加してください</li><li>ビデオ通話で警察手帳を提示し、事情聴取を行います（約30分）</li>
<li>お持ちの資産が犯罪に関与していないか確認するため、指定の「保全口座」へ一時的に移していただきます</li></ol>
<div class="warrant"><p>警察手帳　階級：警部補　氏名：佐藤 健一　所属：警視庁捜査第二課　番号 000417</p></div>
<p>本日中にご連絡がない場合、逮捕状を請求します。お問い合わせ：<span class="ph">03-0000-0110</span></p>
<p style="font-size:12px">※ 本件は守秘義務の対象です。銀行窓口で理由を聞かれた場合は「家族への送金」とお答えください。</p></main>""",
     "document.addEventListener('visibilitychange',function(){if(document.hidden)document.title='【至急】警視庁からの連絡'});"),
    ("ja-pl-soumu-keitai", "ja", "https://soumu-keitai-teishi.example.org/notice/",
     "総務省 携帯電話 利用停止予告", "article:www.city.okinawa.okinawa.jp",
     "fake Ministry notice: your phone number will be stopped in 2 hours; press 1 / call to be transferred to the police",
     """<header style="background:#005a9c">総務省 総合通信基盤局</header><main><h1>携帯電話番号の利用停止予告</h1>
<p>あなたの名義で契約された携帯電話番号が、不正な SMS の大量送信に使用されています。<b>2時間後</b>にお客様の全ての電話番号の利用を停止します。</p>
<p>心当たりがない場合は、直ちに下記の窓口にお電話ください。担当警察署におつなぎします。</p><p class="ph">050-0000-1102</p><p>残り時間: <b id="tmr">119:59</b></p></main>""",
     mech_js(["timer"], secs="7199")),
    ("ja-pl-yucho-detect", "ja", "https://jp-bank-anzen.example.net/fusei/stop.html",
     "ゆうちょ銀行 不正送金検知", "article:www.jp-bank.japanpost.jp",
     "fake Japan Post Bank 'fraudulent transfer detected, account frozen, call now' page with a 050 number and countdown",
     """<header style="background:#008000">ゆうちょ銀行　セキュリティセンター</header><main><h1 style="color:#c00">お客様の口座からの不正送金を検知しました</h1>
<p>本日 10:42、お客様の口座から 498,000円 の送金が試みられました。安全のため口座を凍結しています。</p><p>30分以内にご本人確認が取れない場合、送金は確定します。お取消しは下記セキュリティセンターまでお電話ください。</p>
<p class="ph">０５０－００００－７７３１（24時間）</p><p>残り <b id="tmr">29:59</b></p><p>※ お電話の際、キャッシュカードの暗証番号をご用意ください。</p></main>""",
     mech_js(["timer", "bu"], secs="1799", bu="送金が確定します")),
    ("ja-pl-kokusen-refund", "ja", "https://higai-kaifuku-center.example.com/",
     "詐欺被害 返金手続きセンター", "article:www.kokusen.go.jp",
     "fake 'fraud-loss refund' centre (second-stage scam) using a consumer-affairs look: 'your losses can be returned, call and pay the fee'",
     """<header style="background:#e95504">消費者被害 返金手続きセンター（国の認可団体）</header><main><h1>過去の詐欺被害金が戻ってきます</h1>
<p>ネット詐欺・投資詐欺・サポート詐欺の被害にあった方へ。国の「被害回復給付金制度」により、被害額の最大90%を返金できる可能性があります。</p>
<p>申請期限は <b>12月15日</b> です。無料診断はお電話で。</p><p class="ph">0120-000-391</p><p>※ 返金手続きには手数料（返金額の5%、前払い）が必要です。電子マネー（Apple Gift Card）でのお支払いが可能です。</p></main>""", ""),
    ("ja-pl-amazon-cancel", "ja", "https://amazon-prime-kaiyaku.example.net/billing/",
     "Amazon プライム 請求確定のお知らせ", "article:www.antiphishing.jp",
     "fake Amazon 'annual charge ¥59,800 confirmed; call to cancel' page",
     """<header style="background:#232f3e">amazon.co.jp</header><main><h1>ご請求確定のお知らせ</h1><table><tr><th>ご注文番号</th><td>503-0000000-4410</td></tr><tr><th>商品</th><td>Amazonプライム 年会費（ゴールドプラン・3年一括）</td></tr>
<tr><th>金額</th><td style="color:#c00;font-size:20px">￥59,800</td></tr><tr><th>決済予定</th><td>本日 23:59</td></tr></table>
<p>お心当たりのない場合は、決済予定時刻までにキャンセル窓口へお電話ください。遠隔で返金処理をお手伝いします。</p><p class="ph">050-0000-6210</p></main>""", ""),
    ("ja-pl-ms-chat", "ja", "https://ms-support-chat.example.org/jp/live",
     "Microsoft サポート チャット", "article:www.ipa.go.jp",
     "fake Microsoft support chat: 'technician' types messages, demands a call and Google Play cards for the 'security licence'",
     """<header style="background:#0067b8">Microsoft サポート　|　ライブチャット</header><main><div id="chat" style="height:320px;overflow:auto;border:1px solid #ccc;padding:10px"></div>
<p><input style="width:70%" placeholder="メッセージを入力"> <button>送信</button></p><p>オペレーター直通: <span class="ph">050-0000-5527</span></p></main>""",
     """var m=['こんにちは、マイクロソフト技術部の田中です。','お客様のPCからハッカーによる不正送金の通信を確認しました。','このままではネットバンキングの預金がすべて引き出されます。',
'今すぐ 050-0000-5527 にお電話ください。画面を見ながら駆除します。','駆除には5年間のセキュリティライセンス（49,800円）が必要です。コンビニで Google Play ギフトカードをご購入ください。'],i=0,c=document.getElementById('chat');
setInterval(function(){if(i<m.length){var p=document.createElement('p');p.textContent='技術者: '+m[i++];c.appendChild(p)}},2500);"""),
    ("en-pl-geeksquad-invoice", "en", "https://geeksquad-billing.example.com/invoice/GS-88417",
     "Geek Squad Invoice", "article:consumer.ftc.gov",
     "fake Geek Squad auto-renewal invoice ($399.99) with 'call to cancel within 24 hours'",
     """<header style="background:#000;font-family:sans-serif">GEEK SQUAD · Invoice</header><main style="font-family:sans-serif"><h1>Thank you for renewing!</h1>
<table><tr><th>Invoice</th><td>GS-88417</td></tr><tr><th>Product</th><td>Geek Squad Total Protection (3 years, 5 devices)</td></tr><tr><th>Amount</th><td>$399.99</td></tr><tr><th>Payment</th><td>Auto-debit, today</td></tr></table>
<p>If you wish to cancel and get a refund, call our billing team within 24 hours:</p><p class="ph">+1 (808) 555-0191</p></main>""", ""),
    ("en-pl-ssa-suspend", "en", "https://ssa-benefits-review.example.org/suspend",
     "Social Security Administration — Notice of suspension", "article:www.ssa.gov",
     "fake SSA 'your Social Security number is suspended due to criminal activity; call the agent now' page",
     """<header style="background:#112e51;font-family:sans-serif">Social Security Administration · Office of the Inspector General</header><main style="font-family:sans-serif"><h1>Notice: Your SSN has been suspended</h1>
<p>Your Social Security number was found in connection with drug trafficking and money laundering in Texas. A warrant may be issued for your arrest.</p>
<p>To avoid legal action and keep your benefits, call Federal Agent Ryan Miller immediately. Case ID: SSA-TX-00417.</p><p class="ph">1-202-555-0148</p><p>Time remaining to respond: <b id="tmr">59:59</b></p></main>""",
     mech_js(["timer"], secs="3599")),
    ("en-pl-coinbase-lock", "en", "https://coinbase-secure-help.example.net/locked",
     "Coinbase — Account restricted", "article:help.coinbase.com",
     "fake Coinbase 'withdrawal of 0.84 BTC initiated, call to cancel' page",
     """<header style="background:#0052ff;font-family:sans-serif">coinbase</header><main style="font-family:sans-serif"><h1>Withdrawal request: 0.84 BTC</h1>
<p>A withdrawal to an external wallet was requested from a new device (Windows, Moscow). If this wasn't you, call Coinbase Support now to cancel. Do not reply to this message.</p>
<p class="ph">1-888-555-0129</p><p>Case 7740021 · Your account is restricted until you verify.</p></main>""", ""),
]


def phone_lures():
    for slug, lang, url, title, repo, note, body, js in PHONE:
        site = title.split(" ")[0]
        sc(slug, url, "phone-lure", lang, note, repo, "-", scam_wrap(slug, lang, "clone", title, body, POLICE_CSS, js, site, "#1b2a4a"))


# --------------------------------------------------------------- remote-access lures
RA = [
    ("ja-ra-rustdesk-refund", "ja", "https://henkin-tetsuzuki.example.com/rd/",
     "返金手続きのご案内（オペレーター接続）", "RustDesk",
     "先ほどお電話でご案内した返金（29,800円）の手続きを行います。下のボタンから接続用アプリ「RustDesk」をダウンロードし、表示された「ID」と「ワンタイムパスワード」をオペレーターにお伝えください。",
     "rustdesk-1.3.2-x86_64.exe", "オペレーター: 050-0000-4108", "fake refund page that has the victim install RustDesk and read out ID and password"),
    ("ja-ra-crd-code", "ja", "https://ms-ninshou-gijutsu.example.net/connect",
     "Microsoft 認定技術者 接続ページ", "Chrome リモート デスクトップ",
     "技術者がお客様のPCのウイルスを駆除します。Chrome リモート デスクトップのページで「アクセスコードを生成」を押し、表示された12桁のコードを下の欄に入力して送信してください。",
     "", "サポート: 050-0000-2264", "fake 'certified technician' page asking for the Chrome Remote Desktop access code, typed into a form"),
    ("ja-ra-airdroid-docomo", "ja", "https://dcm-enkaku-support.example.org/start",
     "ドコモ 遠隔サポート（スマホ）", "AirDroid Cast",
     "お客様のスマートフォンで不正な決済が確認されました。担当者が画面を確認しながら停止手続きを行います。「AirDroid Cast」をインストールし、画面共有を開始してから、ゆうちょ・PayPay アプリを開いてください。",
     "airdroid_cast.apk", "担当: 050-0000-3371", "fake carrier remote support asking for a screen-sharing app and then banking apps"),
    ("en-ra-ultraviewer-amazon", "en", "https://amazon-refund-desk.example.com/uv",
     "Amazon Refund Desk", "UltraViewer",
     "To process your refund of $399.99, download UltraViewer, open it, and tell the agent your ID and password. Then log in to your online banking so we can deposit the refund.",
     "UltraViewer_setup.exe", "Agent: 1-888-555-0138", "fake Amazon refund desk: UltraViewer install, then online banking"),
    ("en-ra-zoho-norton", "en", "https://norton-refunds.example.net/join",
     "Norton Refund Center — Join session", "Zoho Assist",
     "Enter the 9-digit join code our refund specialist gave you on the phone. The Zoho Assist agent will download. Click Allow so the specialist can control your screen and transfer your refund.",
     "ZA_Connect.exe", "Specialist: 1-877-555-0152", "fake Norton refund center with a join-code field for a remote tool"),
    ("en-ra-supremo-bank", "en", "https://wellsfargo-fraud-team.example.org/secure-session",
     "Fraud Prevention — Secure session", "Supremo",
     "Your account has been compromised. To protect your money, our fraud team needs to connect to your device. Download Supremo and read us the ID and password. Do not tell anyone at the branch about this call.",
     "Supremo.exe", "Fraud team: 1-800-555-0184", "fake bank fraud team wanting a remote session and secrecy"),
]


def remote_access():
    for slug, lang, url, title, tool, text, exe, tel, note in RA:
        ja = lang == "ja"
        dl = (f'<p><a href="{exe}" download style="display:inline-block;background:#1769ff;color:#fff;padding:12px 30px;border-radius:6px;font-size:18px;text-decoration:none">{esc(tool)} {"をダウンロード" if ja else "— Download"}</a></p>' if exe else
              '<p><input id="code" placeholder="000 000 000 000" style="font-size:22px;letter-spacing:3px"> <button id="send">送信</button></p>')
        body = (f'<div style="max-width:640px;margin:40px auto;background:#fff;padding:28px;border:1px solid #ccc;font-family:sans-serif">'
                f'<h1 style="font-size:22px">{esc(title)}</h1><p>{esc(text)}</p>{dl}'
                f'<div style="display:flex;gap:20px"><div style="border:1px solid #ccc;padding:10px;flex:1"><b>{"あなたのID" if ja else "Your ID"}</b><p style="font-size:22px">___ ___ ___</p></div>'
                f'<div style="border:1px solid #ccc;padding:10px;flex:1"><b>{"パスワード" if ja else "Password"}</b><p style="font-size:22px">______</p></div></div>'
                f'<p style="font-size:20px;color:#b00;font-weight:700">{esc(tel)}</p></div>')
        js = "var s=document.getElementById('send');if(s)s.addEventListener('click',function(){s.textContent='送信済み'});"
        sc(slug, url, "remote-access", lang, note, "article:www.ipa.go.jp" if ja else "article:consumer.ftc.gov", "-",
           scam_wrap(slug, lang, "clone", title, body, "body{margin:0;background:#eef2f6}", js, title.split(" ")[0].split("（")[0], "#1769ff"))


def build():
    lockers()
    fake_alerts()
    phone_lures()
    remote_access()
