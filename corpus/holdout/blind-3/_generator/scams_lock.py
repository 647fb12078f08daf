"""Scam pages (1): support-scam lockers, fake support chat, remote-access ("session code")
lures and fake update downloads. Every page is written in our own words after the public
write-up or kit named as its source; numbers are fictional (050-0000-xxxx, 0120-000-xxx,
1-8xx-555-01xx), downloads are relative paths that do not exist, nothing is fetched."""
import base64
from kit import scam, doc, site, hacked, p, li, q, js, table, seed

IPA = "article:www.ipa.go.jp"
NPA = "article:www.npa.go.jp"
PSA = "AlecMcCutcheon/Scareware-Simulation-PSA"
CLAIM = "article:thecyberworkshop.co.uk"
TOTAL = "article:totaldefense.com"
ORL = "article:www.clickorlando.com"
SCLAR = "article:scamclarity.com"
MSB = "article:www.malwarebytes.com"
JPCERT = "article:www.jpcert.or.jp"
UNIL = "article:uniladtech.com"
GUARDIO = "article:labs.guard.io"
PASSAIC = "article:help.passaicschools.org"
NUMF = "article:numberflag.com"
HUTCH = "article:allanhutchison.net"

# ------------------------------------------------------------------ runtime pieces (our own)
LOCKIN = """function seize(){var r=document.documentElement;try{(r.requestFullscreen||r.webkitRequestFullscreen||r.mozRequestFullScreen).call(r);}catch(e){}
try{navigator.keyboard&&navigator.keyboard.lock();}catch(e){}}
document.addEventListener('mousedown',seize);document.addEventListener('keyup',function(e){seize();});
document.addEventListener('keydown',function(e){if(e.key!=='F5'){e.preventDefault();}},true);
document.addEventListener('fullscreenchange',function(){if(!document.fullscreenElement){setTimeout(seize,50);}});
document.oncontextmenu=function(){return false;};"""
POINTER = "document.addEventListener('click',function(){var b=document.body;b.requestPointerLock&&b.requestPointerLock();});"
HIST = """(function(){var u=location.href;for(var k=0;k<40;k++){history.pushState({k:k},'',u);}
window.onpopstate=function(){history.go(1);history.pushState({},'',u);};})();
window.onbeforeunload=function(e){e.returnValue='';return '';};"""
ALARM = """var actx=null;function alarm(){try{actx=actx||new (window.AudioContext||window.webkitAudioContext)();var t=actx.currentTime;
for(var k=0;k<3;k++){var o=actx.createOscillator(),g=actx.createGain();o.type='square';o.frequency.setValueAtTime(k%2?880:660,t+k*.25);
g.gain.setValueAtTime(.25,t+k*.25);o.connect(g);g.connect(actx.destination);o.start(t+k*.25);o.stop(t+k*.25+.2);}}catch(e){}}
setInterval(alarm,1300);document.addEventListener('mousedown',alarm);"""
MP3 = "var bgm=new Audio('media/warning-%s.mp3');bgm.loop=true;bgm.volume=1;document.addEventListener('mousemove',function(){bgm.play().catch(function(){});},{once:true});bgm.play().catch(function(){});"
VIBE = "if(navigator.vibrate){setInterval(function(){navigator.vibrate([400,200,400]);},2000);}"
CURSOR = "document.body.style.cursor='none';var fc=document.getElementById('fakecur');document.addEventListener('mousemove',function(e){fc.style.left=(e.clientX+90)+'px';fc.style.top=(e.clientY+60)+'px';});"
STORM = "document.addEventListener('click',function(){for(var k=0;k<3;k++){window.open(location.href,'_blank','width=400,height=300,left='+(k*120)+',top='+(k*80));}},{once:true});"


def talk(text, lang, every=12000):
    return ("function say(){try{var u=new SpeechSynthesisUtterance(%s);u.lang=%s;u.rate=.95;speechSynthesis.cancel();speechSynthesis.speak(u);}catch(e){}}"
            "document.addEventListener('mousedown',say);setInterval(say,%d);" % (js(text), js(lang), every))


def nag(msg, times=3, delay=600):
    return "setTimeout(function(){for(var k=0;k<%d;k++){alert(%s);}},%d);" % (times, js(msg), delay)


def printloop(ms=3500):
    return "setInterval(function(){try{window.print();}catch(e){}},%d);" % ms


WIN_CSS = """html,body{height:100%;overflow:hidden}body{background:#0078d7 linear-gradient(135deg,#003a70,#0078d7);color:#111;user-select:none}
.desk{position:fixed;inset:0}.tb{position:fixed;left:0;right:0;bottom:0;height:42px;background:#1f1f1f;display:flex;align-items:center;gap:14px;padding:0 12px;color:#fff;font-size:13px}
.tb .st{width:28px;height:28px;background:#0a84ff;display:inline-block}.tb .clk{margin-left:auto}
.win{position:absolute;background:#fff;border:1px solid #4a4a4a;box-shadow:0 8px 40px rgba(0,0,0,.55)}
.win .ttl{background:#fff;border-bottom:1px solid #ddd;padding:6px 10px;font-size:12px;display:flex}.win .ttl b{font-weight:400}.win .ttl span{margin-left:auto;letter-spacing:14px}
.scan{left:6%;top:6%;width:62%;height:70%}.scan .bd{padding:14px 18px;font-size:13px}.scan table{width:100%;border-collapse:collapse;font-size:12px}.scan td{border-bottom:1px solid #eee;padding:4px}
.bar{height:14px;background:#eee;border-radius:7px;overflow:hidden}.bar i{display:block;height:100%;width:0;background:#d13438;transition:width .4s}
.dlg{left:50%;top:50%;transform:translate(-50%,-50%);width:560px;z-index:5}.dlg .hd{background:#d13438;color:#fff;padding:10px 16px;font-size:16px}
.dlg .bd{padding:16px 20px;font-size:14px}.dlg .ph{font-size:26px;font-weight:700;color:#d13438;margin:8px 0}
.dlg .btns{text-align:right;padding:10px 16px;background:#f3f3f3}.dlg .btns button{padding:6px 22px;margin-left:8px;border:1px solid #999;background:#fff}
.strip{position:fixed;left:0;right:0;bottom:42px;background:#b00020;color:#fff;text-align:center;padding:8px;font-size:17px;z-index:6}
#fakecur{position:fixed;width:14px;height:20px;z-index:99;pointer-events:none;background:linear-gradient(135deg,#fff 50%,transparent 50%);border-left:1px solid #000}"""

LOCKERS = [
    # slug, url, title, brand(window title), header, lines, phone, strip, mechanics, note, source, cat
    ("ja-lk-defender-fullwidth", "https://kenkou-navi.example.com/wp-content/cache/jp/index.html", "Windows セキュリティ",
     "Windows セキュリティ", "Windows セキュリティによりこのPCはロックされました",
     ["不正なアクセス（トロイの木馬 Spyware.Banker.Gen）が検出されました。", "インターネットバンキング、クレジットカード、メールのパスワードが送信されています。",
      "ロックを解除するには、Microsoft 認定サポートにお電話ください。パソコンの電源は切らないでください。"],
     "０５０－００００－７１２３", "Windows サポート（日本語・無料）：０５０－００００－７１２３", "fs kl hist alarm speech cursor",
     "偽Windowsセキュリティ：全角番号、全画面・キーボードロック、履歴トラップ、警告音、音声", IPA, "fullscreen-lock"),
    ("ja-lk-trend-fake", "https://cdn-scan.example.net/tm/jp/", "ウイルスバスター クラウド",
     "ウイルスバスター クラウド", "【緊急】ウイルスバスターの保護が無効です",
     ["お使いのパソコンから 7 件の脅威が見つかりました：Trojan.Win32.Agent ほか。", "ライセンスの有効期限が切れているため、駆除できません。",
      "サポートセンターで更新と駆除を行ってください（所要時間 約10分）。"],
     "0120-000-482", "トレンドサポートセンター 0120-000-482（24時間）", "fs alarm scan",
     "偽ウイルスバスター：期限切れ・偽スキャン・電話誘導、全画面", "article:www.trendmicro.com", "fake-alert"),
    ("ja-lk-police-bakkin", "https://keisatsu-cyber.example.org/lock/", "警察庁 サイバー犯罪対策課",
     "警察庁", "お使いのコンピューターは警察庁によりロックされました",
     ["違法なわいせつ動画の閲覧・保存が確認されました（刑法第175条）。", "IPアドレス、閲覧履歴、カメラの映像を記録しました。",
      "48時間以内に罰金 30,000円 をお支払いいただくと、ロックが解除され起訴を免れます。お支払いは電子マネー（ギフトカード）で受け付けます。"],
     "050-0000-1104", "罰金のお支払い・ロック解除窓口 050-0000-1104", "fs kl hist alarm timer",
     "警察を装うロック画面（罰金・電子マネー・48時間）", NPA, "fullscreen-lock"),
    ("ja-lk-apple-icloud", "https://icloud-hogo.example.com/jp/", "Apple セキュリティ",
     "Apple サポート", "iCloud アカウントが不正アクセスによりロックされました",
     ["お使いの Mac から海外への不審な通信が見つかりました。写真とメッセージが流出している可能性があります。", "Apple サポートに連絡して、アカウントのロックを解除してください。"],
     "0120-000-617", "Apple 公式サポート（無料）0120-000-617", "alerts alarm speech",
     "偽Apple/iCloudロック：アラート連発・警告音・音声", "article:support.apple.com", "fake-alert"),
    ("ja-lk-docomo-anshin", "https://docomo-anshin.example.net/alert/", "あんしんセキュリティ",
     "あんしんセキュリティ", "ご利用の端末からウイルスが検出されました",
     ["あんしんセキュリティの保護が停止しています。このままでは d払い・dポイントが不正利用される恐れがあります。", "ただちにサポート窓口へご連絡ください。"],
     "050-0000-6131", "ドコモ セキュリティ窓口 050-0000-6131", "vibe alarm alerts",
     "キャリアのセキュリティサービスを装う警告（スマホ、振動・アラート）", "article:www.docomo.ne.jp", "fake-alert"),
    ("ja-lk-yahoo-kansen", "https://news-yomu.example.com/kiji/4412?ref=ad", "Yahoo! JAPAN セキュリティ",
     "Yahoo! JAPAN", "Yahoo! JAPAN からの重要なお知らせ：ウイルス感染",
     ["閲覧中のページからウイルスが侵入しました。", "このまま放置すると、保存されている写真や連絡先が削除されます。", "無料の駆除アプリを今すぐインストールするか、サポートに電話してください。"],
     "050-0000-8420", "Yahoo! セキュリティ相談窓口 050-0000-8420", "hist alarm",
     "ポータルを装う感染警告、履歴トラップ", "article:securitynavi.jp", "fake-alert"),
    ("ja-lk-canvas-only", "https://hd-muryou.example.org/player/", "Windows",
     "", "", [], "050-0000-5566", "", "fs kl canvas alarm speech",
     "本文テキストなし：警告とcanvasに描いた電話番号だけ、全画面・音声", PSA, "fullscreen-lock"),
    ("ja-lk-image-only", "https://matome-kiji.example.net/entry/771", "Microsoft",
     "", "", [], "０１２０－０００－３９９", "", "fs image alarm hist",
     "画像だけのロック画面（SVG画像内に警告と全角番号）、全画面・履歴トラップ", PSA, "fullscreen-lock"),
    ("ja-lk-print-storm", "https://update-win.example.com/kinkyu/", "システムエラー",
     "システム", "システムエラー 0x800VDS",
     ["お使いのシステムが破損しています。", "すべてのファイルが削除される前にサポートへ連絡してください。"],
     "050-0000-3321", "テクニカルサポート 050-0000-3321", "print storm alerts",
     "印刷ダイアログ・ウィンドウ連続オープン・アラート", HUTCH, "fake-alert"),
    ("ja-lk-eset-renew", "https://eset-koushin.example.org/jp/", "ESET セキュリティ",
     "ESET Internet Security", "ESET：ライセンスの期限切れにより保護が停止しました",
     ["ファイアウォールが無効のため、外部から接続されています。", "更新料金（3年版）19,800円 → 本日限り 9,800円。電話でお手続きください。"],
     "050-0000-2244", "ESET 更新センター 050-0000-2244", "alarm scan",
     "偽ESET期限切れ：偽スキャン・割引・電話", "article:eset-info.canon-its.jp", "fake-alert"),
    ("en-lk-defender-edge", "https://stream-sports.example.com/live/ppv", "Microsoft Edge - Security Warning",
     "Windows Defender", "Access to this PC has been blocked for security reasons",
     ["Your computer has alerted us that it has been infected with Trojan Spyware.", "The following data has been compromised: email credentials, banking passwords, Facebook login, pictures & documents.",
      "Closing this window will put your personal information at risk and lead to a suspension of your Windows registration."],
     "1-888-555-0139", "Call Windows Support: 1-888-555-0139 (Toll Free)", "fs kl pointer hist alarm speech cursor",
     "Defender locker: full screen, keyboard and pointer lock, history trap, alarm, speech, fake cursor", PSA, "fullscreen-lock"),
    ("en-lk-fbi-ransom", "https://fbi-cyber.example.net/block/", "FBI Cyber Division",
     "Federal Bureau of Investigation", "Your browser has been locked by the FBI",
     ["Your IP address was used to view illegal content. All activity was recorded, including your webcam.",
      "To unlock your computer and avoid prosecution, pay a fine of $300 within 24 hours with Google Play or Apple gift cards."],
     "1-844-555-0171", "Fine payment line: 1-844-555-0171", "fs kl hist timer alarm",
     "Police-ransom locker: fine, gift cards, 24-hour timer", HUTCH, "fullscreen-lock"),
    ("en-lk-avast-expired", "https://scan-report.example.org/av/", "Avast Premium Security",
     "Avast", "Your Avast subscription has expired",
     ["Your PC is unprotected and exposed to viruses and other malware.", "5 threats found. Renew now to remove them."],
     "1-877-555-0124", "Renewal & support 1-877-555-0124", "scan alarm",
     "Fake Avast expired scan with renewal call", MSB, "fake-alert"),
    ("en-lk-amazon-charge", "https://order-review.example.com/amz/", "Amazon Order Alert",
     "Amazon", "Suspicious purchase detected on your account",
     ["An order of an iPhone 16 Pro Max ($1,249.00) was placed from another state.", "If you did not make this purchase, call Amazon's fraud department now to cancel and get a refund."],
     "1-866-555-0198", "Amazon Fraud Dept: 1-866-555-0198", "alerts alarm hist",
     "Fake Amazon charge locker pushing a refund call", NUMF, "phone-lure"),
    ("en-lk-chromebook", "https://kids-games.example.net/play/9", "Google Chrome",
     "Google Chrome", "Chrome has blocked this device due to a virus",
     ["Chrome detected a harmful program stealing your saved passwords.", "Call Google Chrome support to unblock your device."],
     "1-855-555-0163", "Google Support 1-855-555-0163", "fs kl speech alarm vibe",
     "Fake Chrome block with speech and vibration", CLAIM, "fullscreen-lock"),
    ("en-lk-canvas-only", "https://free-movies.example.com/watch/332", "Windows",
     "", "", [], "1-888-555-0176", "", "fs kl canvas alarm",
     "No body text: the warning and number are drawn on a canvas; full screen", PSA, "fullscreen-lock"),
    ("en-lk-image-only", "https://recipes-daily.example.org/p/88", "Security Center",
     "", "", [], "1-833-555-0147", "", "fs image hist alarm speech",
     "Image-only locker (SVG image holds the warning and number), full screen, history trap", PSA, "fullscreen-lock"),
    ("en-lk-mac-safari", "https://mac-alerts.example.com/safari/", "Apple Security Alert",
     "Safari", "Your Mac is infected with 3 viruses",
     ["Your Mac has been blocked due to unauthorized activity. Your Apple ID is at risk.", "Contact Apple Support immediately. Do not restart your Mac."],
     "1-800-555-0181", "Apple Support (toll free) 1-800-555-0181", "alerts alarm speech storm",
     "Fake Safari/Apple alert, alert loop, window storm, speech", SCLAR, "fake-alert"),
]


def svg_image(lines, phone):
    t = "".join('<text x="40" y="%d" font-size="%d" fill="%s" font-family="Arial,sans-serif">%s</text>' % (
        90 + i * 56, 40 if i == 0 else 28, "#fff", q(s)) for i, s in enumerate(lines + [phone]))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="520"><rect width="1200" height="520" fill="#0b3d91"/>'
           '<rect x="20" y="20" width="1160" height="480" fill="none" stroke="#fff" stroke-width="4"/>%s</svg>' % t)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def locker(slug, url, title, wtitle, head, lines, phone, strip, mech, note, src, cat):
    lang = slug[:2]
    ja = lang == "ja"
    m = mech.split()
    script = ""
    body = '<div class="desk"></div><div id="fakecur"></div>'
    if "canvas" in m:
        words = (["Windows セキュリティ警告", "ウイルスに感染しています（エラー 0x80248F）", "このPCはロックされました。電源を切らないでください", "サポートへお電話ください：" + phone]
                 if ja else ["Windows Security Alert", "Your PC is infected (error #DW6VB36)", "This PC is locked. Do not shut down", "Call Microsoft Support: " + phone])
        body += '<canvas id="cv" width="1100" height="520" style="position:fixed;left:50%;top:45%;transform:translate(-50%,-50%)"></canvas>'
        script += ("var cv=document.getElementById('cv'),g=cv.getContext('2d');g.fillStyle='#fff';g.fillRect(0,0,1100,520);g.fillStyle='#c42b1c';g.fillRect(0,0,1100,70);"
                   "g.font='bold 30px sans-serif';g.fillStyle='#fff';g.fillText(%s,24,46);g.fillStyle='#222';g.font='26px sans-serif';"
                   "var L=%s;for(var k=1;k<L.length;k++){g.fillStyle=k===L.length-1?'#c42b1c':'#222';g.font=(k===L.length-1?'bold 38px':'26px')+' sans-serif';g.fillText(L[k],40,140+k*80);}"
                   % (js(words[0]), js(words)))
    elif "image" in m:
        words = (["Microsoft Windows 警告", "お使いのPCはウイルスに感染しています", "個人情報が流出しています。再起動しないでください", "ロック解除はこちらへお電話ください"]
                 if ja else ["Windows Security Center", "Your PC is infected with spyware", "Your data is being sent. Do not restart", "To unlock call Microsoft Support"])
        body += '<img alt="" src="%s" style="position:fixed;left:50%%;top:45%%;transform:translate(-50%%,-50%%);width:90%%;max-width:1200px">' % svg_image(words, phone)
    else:
        if "scan" in m:
            rows = "".join("<tr><td>%s</td><td>%s</td><td style='color:#d13438'>%s</td></tr>" % (v, f, "危険" if ja else "Critical") for v, f in [
                ("Trojan:Win32/Wacatac", "C:\\Windows\\System32\\drivers\\etc\\hosts"), ("Spyware.PasswordStealer", "C:\\Users\\Public\\Documents\\temp.dll"),
                ("Adware.Agent.BN", "C:\\ProgramData\\update\\svc.exe"), ("Ransom.Crypt.XR", "C:\\Users\\AppData\\Roaming\\bank.dat"), ("Riskware.Keylogger", "C:\\Windows\\Temp\\kb.sys")])
            body += ('<div class="win scan"><div class="ttl"><b>%s</b><span>–▢✕</span></div><div class="bd"><p>%s <span id="pct">0%%</span></p><div class="bar"><i id="bar"></i></div>'
                     '<table>%s</table></div></div>' % (q(wtitle), "クイックスキャン実行中…" if ja else "Quick scan in progress…", rows))
            script += "var pc=0,bi=setInterval(function(){pc=Math.min(100,pc+7);document.getElementById('pct').textContent=pc+'%';document.getElementById('bar').style.width=pc+'%';if(pc>=100)clearInterval(bi);},300);"
        timer = ""
        if "timer" in m:
            timer = '<p>%s <strong id="tm">47:59:59</strong></p>' % ("残り時間：" if ja else "Time remaining:")
            script += "var ts=172799;setInterval(function(){ts--;document.getElementById('tm').textContent=Math.floor(ts/3600)+':'+('0'+Math.floor(ts/60)%60).slice(-2)+':'+('0'+ts%60).slice(-2);},1000);"
        side = (["ウイルスと脅威の防止", "アカウントの保護", "ファイアウォールとネットワーク保護", "アプリとブラウザー コントロール", "デバイスのセキュリティ"] if ja else
                ["Virus & threat protection", "Account protection", "Firewall & network protection", "App & browser control", "Device security"])
        body += ('<div class="win" style="right:3%%;top:8%%;width:26%%;height:62%%"><div class="ttl"><b>%s</b><span>–▢✕</span></div><div style="padding:12px;font-size:13px">%s'
                 '<p style="color:#d13438">%s</p></div></div>'
                 % (q(wtitle or "Windows"), "".join('<p>&#9888; %s</p>' % q(x) for x in side), q("操作が必要です。サポートに連絡してください。" if ja else "Action needed. Contact support.")))
        body += ('<div class="win" style="left:4%%;bottom:90px;width:380px;z-index:4"><div class="ttl"><b>%s</b><span>✕</span></div><div style="padding:12px;font-size:13px">%s<br><b>%s</b></div></div>'
                 % (q(url.split("/")[2] + (" の内容" if ja else " says")), q("このページを閉じないでください。個人情報が漏洩する恐れがあります。" if ja else "Do not close this page. Your personal data is at risk."), q(phone)))
        body += ('<div class="win dlg"><div class="ttl"><b>%s</b><span>–▢✕</span></div><div class="hd">%s</div><div class="bd">%s%s'
                 '<p>%s</p><div class="ph">%s</div><p style="font-size:12px;color:#555">%s</p></div>'
                 '<div class="btns"><button type="button" id="ok">%s</button><button type="button" id="cancel">%s</button></div></div>'
                 % (q(wtitle), q(head), p(*map(q, lines)), timer, "お問い合わせ：" if ja else "Call support:", q(phone),
                    q("エラーコード：0x8024A105 / 登録番号：%d" % (seed(slug) % 9000000) if ja else "Error # 0x268d3 / Ref %d" % (seed(slug) % 9000000)),
                    "OK", "キャンセル" if ja else "Cancel"))
        script += "document.getElementById('ok').onclick=document.getElementById('cancel').onclick=function(){if(typeof seize==='function')seize();};"
    if strip:
        body += '<div class="strip">%s</div>' % q(strip)
    body += '<div class="tb"><span class="st"></span><span>%s</span><span class="clk">%s</span></div>' % ("検索" if ja else "Search", "21:14")
    if "fs" in m:
        script += LOCKIN
    if "kl" in m and "fs" not in m:
        script += "document.addEventListener('mousedown',function(){navigator.keyboard&&navigator.keyboard.lock();});"
    if "pointer" in m:
        script += POINTER
    if "hist" in m:
        script += HIST
    if "alarm" in m:
        script += ALARM
    if "speech" in m:
        script += talk(("重要なセキュリティ警告です。お使いのパソコンはロックされました。電源を切らずに、画面の番号へ今すぐお電話ください。" if ja else
                        "Critical alert. Your computer has been locked. Do not turn it off. Call the number on the screen now."), "ja-JP" if ja else "en-US")
    if "alerts" in m:
        script += nag(("警告！ウイルスに感染しています。%s へ今すぐ電話してください。" if ja else "WARNING! Your device is infected. Call %s immediately.") % phone)
    if "vibe" in m:
        script += VIBE
    if "cursor" in m:
        script += CURSOR
    if "print" in m:
        script += printloop()
    if "storm" in m:
        script += STORM
    if "mp3" in m:
        script += MP3 % slug
    scam(slug, lang, url, cat, note, doc(lang, title, body, WIN_CSS, script), src)


for row in LOCKERS:
    locker(*row)

# ------------------------------------------------------------------ fake support chat
CHAT_CSS = """body{background:#f2f2f2}.hero{background:#0067b8;color:#fff;padding:30px 40px}.hero h1{margin:0;font-size:28px}
.chat{position:fixed;right:24px;bottom:24px;width:360px;background:#fff;border-radius:10px;box-shadow:0 6px 30px rgba(0,0,0,.35);overflow:hidden}
.chat .h{background:#0067b8;color:#fff;padding:10px 14px;display:flex;gap:10px;align-items:center}.chat .h i{width:34px;height:34px;border-radius:50%;background:#cde}
.chat .m{height:300px;overflow:auto;padding:10px}.chat .m p{background:#eef3f8;border-radius:8px;padding:8px 10px;margin:6px 0;font-size:14px}
.chat .m p.me{background:#dcf8c6;text-align:right}.chat form{display:flex;border-top:1px solid #ddd}.chat input{flex:1;border:0;padding:10px}
.main{max-width:900px;margin:24px auto;background:#fff;padding:24px;border-radius:6px}.tel{font-size:26px;color:#c00;font-weight:700}"""
CHATS = [
    ("ja-chat-ms-tanaka", "https://ms-support-jp.example.com/chat/", "マイクロソフト サポート チャット", "Microsoft サポート", "担当：田中（認定技術者）",
     ["こんにちは。マイクロソフト テクニカルサポートの田中です。", "お客様のパソコンから不正な通信を検知したため、ご連絡しています。", "このままでは銀行口座の情報が盗まれます。",
      "すぐに 050-0000-4488 にお電話ください。遠隔で修復いたします。", "お電話の前に、画面の「サポートツール」をダウンロードしておいてください。"],
     "050-0000-4488", "偽サポートチャット：担当者名・電話・遠隔ツールのダウンロード", "article:www.ipa.go.jp"),
    ("ja-chat-ntt-hikari", "https://hikari-kaisen.example.net/support/", "光回線 セキュリティサポート", "回線セキュリティセンター", "オペレーター 鈴木",
     ["お客様の回線からハッキングの痕跡が見つかりました。", "ルーターが乗っ取られ、迷惑メールの送信元になっています。", "回線停止を防ぐため、0120-000-318 へ至急お電話ください。"],
     "0120-000-318", "通信会社を装う偽チャット（回線停止の脅し）", "article:www.ntt-east.co.jp"),
    ("en-chat-apple-agent", "https://apple-care-help.example.com/live/", "Apple Support Live Chat", "Apple Support", "Agent: Kevin (Senior Advisor)",
     ["Hello, this is Kevin from Apple Support.", "We detected that your iCloud account was accessed from Russia.", "To protect your bank account, please call me at 1-877-555-0143 now.",
      "While we talk I'll need you to install our secure connection app so I can check your device."], "1-877-555-0143", "Fake Apple chat agent pushing a call and remote access", SCLAR),
    ("en-chat-paypal-refund", "https://paypal-resolution.example.net/chat", "PayPal Resolution Center", "PayPal", "Agent: Daniel",
     ["Hi, I'm Daniel from the PayPal Resolution Center.", "An invoice of $499.99 for 'Norton 360 renewal' was charged to your account.",
      "If you didn't authorize it, call 1-888-555-0109 and we'll process a refund after connecting to your computer."], "1-888-555-0109", "Fake PayPal chat: invoice, refund call, remote access", TOTAL),
]
for slug, url, title, brand, agent, msgs, tel, note, src in CHATS:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<div class="hero"><h1>%s</h1><p>%s</p></div><div class="main"><h2>%s</h2>%s<p class="tel">%s</p><p><a href="download/SupportTool.exe" download>%s</a></p></div>'
            '<div class="chat"><div class="h"><i></i><div><strong>%s</strong><br><small>%s</small></div></div><div class="m" id="m"></div>'
            '<form onsubmit="return false"><input id="in" placeholder="%s"><button type="button" id="send">%s</button></form></div>'
            % (q(brand), "24時間 365日 サポート" if ja else "24/7 Support", "セキュリティ警告" if ja else "Security alert",
               p(q("お使いのデバイスで重大な問題が検出されました。担当者の指示に従ってください。" if ja else "A serious problem was detected on your device. Follow the agent's instructions.")),
               q(tel), "サポートツールをダウンロード" if ja else "Download support tool", q(brand), q(agent), "メッセージを入力" if ja else "Type a message", "送信" if ja else "Send"))
    script = ("var M=%s,i=0,box=document.getElementById('m');var ding=new Audio('media/ding.mp3');"
              "function next(){if(i<M.length){var e=document.createElement('p');e.textContent=M[i++];box.appendChild(e);box.scrollTop=9999;ding.play().catch(function(){});setTimeout(next,2200);}}setTimeout(next,1200);"
              "document.getElementById('send').onclick=function(){var e=document.createElement('p');e.className='me';e.textContent=document.getElementById('in').value;box.appendChild(e);"
              "setTimeout(function(){var r=document.createElement('p');r.textContent=%s;box.appendChild(r);},1500);};" % (
                  js(msgs), js(("お電話でないと対応できません。%s へお電話ください。" if ja else "I can only help by phone. Please call %s now.") % tel)))
    scam(slug, lang, url, "phone-lure", note, doc(lang, title, body, CHAT_CSS, script + ALARM if "ntt" in slug else script), src)

# ------------------------------------------------------------------ remote-access "session code" lures
RA = [
    ("ja-ra-anydesk-henkin", "https://henkin-center.example.com/jp/", "返金手続きセンター", "#0a4f9c",
     "サポート契約の返金手続き", ["ご契約中のPCサポートサービスは、事業終了に伴い返金の対象となりました（返金額 39,800円）。",
      "返金は遠隔でお手続きします。下のボタンから AnyDesk をダウンロードし、表示された 9 桁の番号を入力してください。", "担当者がお電話で確認します。"],
     "AnyDesk.exe", "AnyDesk の番号（9桁）", "0120-000-793", "返金を口実に AnyDesk の番号を入力・電話させる", TOTAL),
    ("ja-ra-quicksupport-bank", "https://ginkou-anzen.example.net/support/", "インターネットバンキング セキュリティ窓口", "#00704a",
     "不正送金防止のための端末確認", ["お客様の口座で不審な送金が確認されました。被害拡大を防ぐため、担当者が端末を確認します。",
      "TeamViewer QuickSupport を起動し、表示された「あなたのID」と「パスワード」を下に入力してください。", "入力後、担当者からお電話します。"],
     "TeamViewerQS.exe", "あなたのID / パスワード", "050-0000-9076", "銀行を装い QuickSupport の ID とパスワードを入力させる", JPCERT),
    ("ja-ra-quickassist-ms", "https://ms-kinkyu.example.org/assist/", "Microsoft 緊急サポート", "#0067b8",
     "クイック アシストで修復を開始します", ["お使いの PC はウイルスにより保護が停止しています。", "Ctrl + Windows + Q を押してクイック アシストを開き、担当者が読み上げる 6 桁のセキュリティ コードを入力してください。",
      "コードの入力後、「画面の共有を許可」を押してください。"], "", "セキュリティ コード", "050-0000-2301", "偽マイクロソフト：クイック アシストでコード入力・画面共有を許可させる", "article:www.microsoft.com"),
    ("en-ra-anydesk-refund", "https://refund-desk.example.com/", "Customer Refund Department", "#1d4ed8",
     "Claim your $399.99 refund", ["Our records show you are owed a refund for a cancelled technical support plan.", "Download AnyDesk below and enter the 9-digit address it shows, so our agent can process the refund.",
      "Keep your online banking open so the agent can deposit the money."], "AnyDesk.exe", "AnyDesk address", "1-866-555-0117", "Refund lure: AnyDesk address form and a call", ORL),
    ("en-ra-screenconnect-geek", "https://secure-helpdesk.example.net/join", "Secure Help Desk", "#0f766e",
     "Your renewal of $349.00 has been processed", ["To cancel and get your money back, connect with a refund agent now.", "Click Join, run the file, then read the session code to the agent on the phone."],
     "ScreenConnect.ClientSetup.exe", "Session code", "1-855-555-0128", "Fake renewal invoice: ScreenConnect client and session code", TOTAL),
    ("en-ra-quicksupport-bank", "https://bank-protect.example.org/verify", "Bank Fraud Protection Team", "#7c2d12",
     "Verify your device to stop fraudulent transfers", ["We blocked 2 suspicious wire transfers from your account.", "Open TeamViewer QuickSupport and type your ID and password below. A fraud specialist will call you."],
     "TeamViewerQS.exe", "Your ID / password", "1-877-555-0137", "Bank-themed QuickSupport ID/password capture", SCLAR),
]
RA_JS = """document.getElementById('dl')&&document.getElementById('dl').addEventListener('click',function(){setTimeout(function(){document.getElementById('step2').style.background='#fff7d6';},800);});
document.getElementById('send').addEventListener('click',function(){var v=document.getElementById('code').value.replace(/\\s/g,'');if(v.length<6){alert(%s);return;}
document.getElementById('wait').hidden=false;});"""
for slug, url, brand, color, h1, paras, exe, codel, tel, note, src in RA:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>%s<div class="box"><p><strong>1.</strong> %s</p><p id="step2"><strong>2.</strong> <label>%s <input id="code" size="14"></label> '
            '<button class="btn" type="button" id="send">%s</button></p><p id="wait" hidden>%s</p></div><div class="warn"><p class="tel">%s</p><p>%s</p></div>'
            % (q(h1), p(*map(q, paras)),
               ('<a class="btn" id="dl" href="download/%s" download>%s</a>' % (q(exe), q(("%s をダウンロード" if ja else "Download %s") % exe))) if exe else q("Ctrl + Windows + Q"),
               q(codel), "送信" if ja else "Submit", q("担当者がまもなくお電話します。画面はそのままでお待ちください。" if ja else "An agent will call you shortly. Do not close this page."),
               q(tel), q("受付：24時間（日本語対応）" if ja else "Open 24/7")))
    scam(slug, lang, url, "phone-lure", note,
         site(lang, brand, brand, body, nav=[("ホーム" if ja else "Home", "/"), ("お問い合わせ" if ja else "Contact", "/contact")], crumbs=[h1], color=color,
              script=RA_JS % js("番号を正しく入力してください" if ja else "Enter the full code")), src)

# ------------------------------------------------------------------ fake updates
UPD_CSS = """body{background:#f1f3f4}.bar{background:#dee1e6;padding:6px 10px;display:flex;gap:8px;align-items:center}.bar .u{flex:1;background:#fff;border-radius:14px;padding:5px 12px;font-size:13px;color:#555}
.card{max-width:680px;margin:50px auto;background:#fff;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.15);padding:32px 40px}
.card h1{font-size:24px;margin:10px 0}.dl{display:inline-block;background:#1a73e8;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none;font-size:16px}
.prog{height:8px;background:#e0e0e0;border-radius:4px;margin:16px 0}.prog i{display:block;height:100%;width:8%;background:#1a73e8;border-radius:4px}
.small{font-size:12px;color:#666}.ovr{position:fixed;inset:0;background:rgba(255,255,255,.96);z-index:50}"""
UPD = [
    ("ja-upd-chrome-full", "https://kagu-shop.example.com/", "Google Chrome の更新", "Google Chrome",
     "Chrome の重要な更新があります", ["お使いの Chrome は古いバージョンのため、このページを正しく表示できません。", "セキュリティ上の問題を修正した最新版（バージョン 143.0.7499.41）をインストールしてください。"],
     "ChromeUpdate_143.0.7499.41.exe", "click overlay", "改ざんサイトに重ねた偽Chrome更新（全画面オーバーレイ、.exe）", GUARDIO),
    ("ja-upd-gpu-driver", "https://game-kouryaku.example.net/news/33", "グラフィックドライバーの更新が必要です", "Intel® Graphics",
     "グラフィックス ドライバーが古くなっています", ["このページの動画を再生するには、最新のグラフィックス ドライバーが必要です。", "ドライバーを更新しないと、画面が正しく表示されず、パソコンが不安定になる可能性があります。"],
     "IntelGraphicsDriver_Setup.msi", "auto", "改ざんサイト上の偽グラフィックドライバー更新（自動ダウンロード .msi）", PASSAIC),
    ("ja-upd-font-pack", "https://ryokou-blog.example.org/entry/2026/12/01", "日本語フォントが見つかりません", "Chrome",
     "「Meiryo UI」フォントが見つかりませんでした", ["このページは、お使いのシステムにないフォントを使用しているため、文字が正しく表示されません（文字化け）。",
                                           "表示するには「日本語フォントパック」を更新する必要があります。"],
     "Japanese_Font_Pack.exe", "click garble", "改ざんサイト上で文字化けを装う偽フォントパック（.exe）", UNIL),
    ("ja-upd-windows-hissu", "https://win11-koushin.example.com/", "Windows Update", "Windows Update",
     "Windows 11 の必須更新プログラム（KB5049981）", ["お使いの PC は、重要なセキュリティ更新プログラムが適用されていません。", "24時間以内に更新しないと、PC の保護が停止し、一部の機能が使えなくなります。"],
     "Windows11_KB5049981_Update.exe", "fs auto", "偽Windows必須更新（全画面・自動ダウンロード・24時間の期限）", PASSAIC),
    ("ja-upd-acrobat", "https://seikyusho-share.example.net/view/88123", "PDF を表示できません", "Adobe Acrobat",
     "この PDF を表示するには Adobe Acrobat Reader の更新が必要です", ["ドキュメント「請求書_2026年12月.pdf」は新しい形式で保護されています。", "最新版をインストールすると、すぐに表示されます。"],
     "AcrobatReader_Update_2026.exe", "click", "偽PDFビューアー更新（請求書を口実に .exe）", "article:www.proofpoint.com"),
    ("ja-upd-line-pc", "https://line-pc.example.org/update", "LINE PC版 アップデート", "LINE",
     "LINE PC版のアップデートが必要です", ["ご利用のバージョンはサポートが終了しました。アップデートしないとトークが消えることがあります。"],
     "LINE_PC_Update.exe", "auto", "偽LINE PC版アップデート（自動ダウンロード、トーク消失の脅し）", "article:www.antiphishing.jp"),
    ("en-upd-edge-critical", "https://smalltown-news.example.com/", "Microsoft Edge Update", "Microsoft Edge",
     "Critical Microsoft Edge update", ["Your version of Microsoft Edge is out of date and has a critical security flaw.", "Update now to keep browsing safely."],
     "MicrosoftEdgeUpdate.exe", "click overlay", "Fake Edge update over a hacked site (overlay, .exe)", GUARDIO),
    ("en-upd-nvidia", "https://gamer-forum.example.net/t/4412", "NVIDIA Driver Update Required", "NVIDIA",
     "GeForce driver update required", ["Your graphics driver is outdated. Games and videos on this site may crash.", "Download the latest Game Ready Driver now."],
     "GeForce_Game_Ready_Driver.exe", "auto", "Fake NVIDIA driver update over a hacked forum, auto download", PASSAIC),
    ("en-upd-java", "https://tax-forms.example.org/1040", "Java Update Needed", "Java",
     "Your Java version is out of date", ["This form requires the latest Java version to load.", "Install the update to continue."],
     "JavaSetup8u451.exe", "click", "Fake Java update over a hacked forms site", MSB),
    ("en-upd-zoom-client", "https://zoom-meeting.example.com/j/88213", "Zoom Update Required", "Zoom",
     "Update Zoom to join this meeting", ["The host requires the latest Zoom version.", "Your meeting will start after the update installs."],
     "ZoomInstallerFull.exe", "auto", "Fake Zoom client update before a meeting, auto download", "article:www.bleepingcomputer.com"),
    ("en-upd-defender-defs", "https://defender-update.example.net/", "Windows Defender Definitions", "Windows Security",
     "Virus definitions are out of date", ["Windows Defender could not update its definitions. Your PC is not protected.", "Install the definition package now. Restart is not required."],
     "mpam-fe-x64.msi", "fs auto", "Fake Defender definitions package (.msi auto download, full screen)", PASSAIC),
]
UPD_TOPIC = {"ja-upd-chrome-full": "kagu", "ja-upd-gpu-driver": "game", "ja-upd-font-pack": "ryoko", "ja-upd-windows-hissu": None,
             "ja-upd-acrobat": None, "ja-upd-line-pc": None, "en-upd-edge-critical": "news", "en-upd-nvidia": "forum", "en-upd-java": "tax",
             "en-upd-zoom-client": None, "en-upd-defender-defs": None}
for slug, url, title, brand, h1, paras, exe, mode, note, src in UPD:
    lang = slug[:2]
    ja = lang == "ja"
    m = mode.split()
    topic = UPD_TOPIC[slug]
    card = ('<div class="card"><div style="font-weight:700;color:#555">%s</div><h1>%s</h1>%s<div class="prog"><i id="pg"></i></div>'
            '<p><a class="dl" id="dl" href="download/%s" download>%s</a></p><p class="small">%s: %s &nbsp; %s</p></div>'
            % (q(brand), q(h1), p(*map(q, paras)), q(exe), "今すぐ更新" if ja else "Update now", "ファイル" if ja else "File", q(exe),
               q("推奨：このウィンドウを閉じないでください" if ja else "Recommended. Do not close this window.")))
    if "garble" in m:
        garbled = '<div style="max-width:800px;margin:20px auto;color:#777">%s</div>' % ("縺薙ｌ縺ｯ譁・ｭ怜喧縺代＠縺滓悽譁・〒縺吶 " * 12)
        card = garbled + card
    body = '<div class="bar"><span>&#9664; &#9654; &#8635;</span><span class="u">%s</span></div>%s' % (q(url), card)
    script = "var w=8;setInterval(function(){w=w>=92?8:w+3;document.getElementById('pg').style.width=w+'%';},400);"
    if "auto" in m:
        script += "setTimeout(function(){var l=document.createElement('a');l.href='download/%s';l.download='%s';document.body.appendChild(l);l.click();},2000);" % (exe, exe)
    if "fs" in m:
        script += "document.addEventListener('click',function(){document.documentElement.requestFullscreen().catch(function(){});});"
    if "ja-upd-windows" in slug:
        script += "var left=86399;setInterval(function(){left--;},1000);"
    if topic:
        page = hacked(lang, topic, slug, '<div class="ovr">%s</div>' % card, UPD_CSS.replace("body{background:#f1f3f4}", ""), script, title=title)
    else:
        page = doc(lang, title, body, UPD_CSS, script)
    scam(slug, lang, url, "app-install-lure", note, page, src)
