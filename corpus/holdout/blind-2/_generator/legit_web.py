"""Legitimate push opt-ins, consent/age/login/newsletter overlays, install
docs with copy buttons, and awareness/news pages that quote scams."""
from kit import legit, site, doc, p, li, q, js

# ------------------------------------------------------------------ push opt-in
PUSH_SOFT = """document.getElementById('yes').onclick=function(){Notification.requestPermission().then(function(r){document.getElementById('ask').remove();});};
document.getElementById('no').onclick=function(){document.getElementById('ask').remove();};"""
PUSH_LOAD = "if('Notification' in window && Notification.permission==='default'){setTimeout(function(){Notification.requestPermission();},%d);}"
PUSH = [
    ("ja-push-yahoo-bousai", "ja", "https://typhoon.yahoo.co.jp/weather/jp/earthquake/", "Yahoo!天気・災害", "地震情報 - Yahoo!天気・災害",
     "地震情報", "地震・津波の速報をプッシュ通知で受け取りますか？", "受け取る", "今はしない", "soft", ["最新の地震情報：12月7日 16時12分ごろ 千葉県東方沖 M4.1 最大震度3"]),
    ("ja-push-asahi", "ja", "https://www.asahi.com/", "朝日新聞デジタル", "朝日新聞デジタル：朝日新聞社のニュースサイト",
     "ニュース速報", "朝日新聞デジタルからの速報通知を許可しますか？", "許可する", "後で", "soft", ["衆院予算委で補正予算案が可決"]),
    ("ja-push-mercari", "ja", "https://jp.mercari.com/mypage", "メルカリ", "マイページ - メルカリ",
     "マイページ", "いいね！した商品の値下げをお知らせします", "通知をオンにする", "閉じる", "soft", ["出品中の商品 3件"]),
    ("ja-push-city-bousai", "ja", "https://www.bousai.city.example.lg.jp/", "〇〇市防災ポータル", "〇〇市防災ポータル",
     "避難情報・気象警報", "", "", "", "load", ["現在、大雨警報が発表されています。", "避難所開設情報は通知でもお届けします（ブラウザーの通知を許可してください）。"]),
    ("ja-push-cookpad-news", "ja", "https://news.cookpad.com/", "クックパッドニュース", "クックパッドニュース",
     "今日の献立", "", "", "", "load", ["旬の白菜を使ったレシピ特集"]),
    ("ja-push-jma-style", "ja", "https://www.jma.example.jp/bosai/warning/", "気象情報サイト", "気象警報・注意報",
     "気象警報・注意報", "警報の発表を通知でお知らせします。", "通知を受け取る", "キャンセル", "soft", ["東京地方：強風注意報、乾燥注意報"]),
    ("en-push-cnn", "en", "https://www.cnn.com/", "CNN", "Breaking News, Latest News and Videos | CNN",
     "Breaking news", "Get breaking news alerts from CNN?", "Allow", "No thanks", "soft", ["Markets close higher ahead of Fed decision"]),
    ("en-push-slack", "en", "https://app.slack.com/client/T01/C01", "Slack", "general (Channel) - Acme - Slack",
     "#general", "Slack needs your permission to enable desktop notifications.", "Enable notifications", "Not now", "soft", ["Welcome to #general"]),
    ("en-push-weather", "en", "https://weather.com/weather/today/l/94107", "The Weather Channel", "San Francisco, CA Weather Forecast",
     "Today's forecast", "", "", "", "load", ["Wind advisory in effect until 6 PM."]),
    ("en-push-gmail-like", "en", "https://mail.proton.me/u/0/inbox", "Proton Mail", "Inbox | Proton Mail",
     "Inbox", "Enable desktop notifications to know when new mail arrives.", "Enable", "Dismiss", "soft", ["3 unread"]),
    ("en-push-recipe-blog", "en", "https://www.budgetbytes.com/", "Budget Bytes", "Budget Bytes - Delicious Recipes Designed for Small Budgets",
     "New this week", "", "", "", "load", ["One-pot chili mac"]),
    ("en-push-github", "en", "https://github.com/notifications", "GitHub", "Notifications",
     "Notifications", "Get notified in your browser when someone mentions you.", "Turn on", "Later", "soft", ["2 new mentions"]),
]
for slug, lang, url, brand, title, h1, ask, yes, no, mode, paras in PUSH:
    box = ('<div id="ask" class="ask"><p>%s</p><button id="yes" class="b">%s</button> <button id="no">%s</button></div>' % (q(ask), q(yes), q(no))) if mode == "soft" else ""
    script = PUSH_SOFT if mode == "soft" else PUSH_LOAD % (1500 if lang == "ja" else 3000)
    legit(slug, lang, url, "push-optin", "%s push opt-in (%s)" % (brand, "soft prompt, requestPermission on click" if mode == "soft" else "requestPermission on load"),
          site(lang, title, brand, box + "<h1>%s</h1>%s" % (q(h1), p(*map(q, paras))), css=".ask{position:fixed;top:10px;right:10px;background:#fff;border:1px solid #ccc;box-shadow:0 2px 8px #0003;padding:12px;width:300px}", script=script))

# ------------------------------------------------------------------ overlays
OV_CSS = ".ov{position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:999;display:flex;align-items:center;justify-content:center}.ov .in{background:#fff;max-width:520px;padding:22px;border-radius:8px}body.lock{overflow:hidden}"
OV_JS = "document.body.classList.add('lock');document.querySelectorAll('.ov button').forEach(function(b){b.onclick=function(){document.querySelector('.ov').remove();document.body.classList.remove('lock');};});"
OVERLAYS = [
    ("ja-ov-consent-nikkei", "ja", "https://www.nikkei.com/", "日本経済新聞", "日本経済新聞", "overlay-consent",
     "<h2>Cookieの利用について</h2><p>当サイトはサービス向上と広告配信のためにCookieを利用します。詳しくはプライバシーポリシーをご覧ください。</p><button class='b'>同意する</button> <button>設定</button>", ["日経平均、3日続伸"]),
    ("ja-ov-consent-jal", "ja", "https://www.jal.co.jp/jp/ja/", "JAL", "JAL - 日本航空", "overlay-consent",
     "<h2>Cookie設定</h2><p>JALはお客さまの体験向上のためにCookieを使用します。ご予約・お問い合わせは JALプラン予約センター 0570-000-103 まで。</p><button class='b'>すべて許可</button> <button>必須のみ</button>", ["冬のセール開催中"]),
    ("ja-ov-consent-hotel", "ja", "https://www.hoshinoresorts.com/ja/", "星野リゾート", "星野リゾート【公式】", "overlay-consent",
     "<p>本ウェブサイトではCookieを使用しています。引き続き閲覧することで同意したものとみなします。</p><button class='b'>OK</button>", ["冬の温泉旅"]),
    ("en-ov-consent-guardian", "en", "https://www.theguardian.com/uk", "The Guardian", "News, sport and opinion from the Guardian's UK edition", "overlay-consent",
     "<h2>Are you happy to accept cookies?</h2><p>To support the Guardian, we and our partners use cookies to show you personalised ads.</p><button class='b'>Yes, I'm happy</button> <button>Manage or reject cookies</button>", ["Storm warning for the north"]),
    ("en-ov-consent-airline", "en", "https://www.aa.com/homePage.do", "American Airlines", "American Airlines - Airline tickets and low fares", "overlay-consent",
     "<p>We use cookies to improve your experience. Questions about a trip? Call reservations at 1-800-555-0167.</p><button class='b'>Accept all</button> <button>Preferences</button>", ["Book a trip"]),
    ("en-ov-consent-bbc", "en", "https://www.bbc.co.uk/news", "BBC", "Home - BBC News", "overlay-consent",
     "<h2>Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience.</p><button class='b'>Yes, I agree</button> <button>No, take me to settings</button>", ["Latest news"]),
    ("ja-ov-age-sake", "ja", "https://www.asahibeer.co.jp/products/", "アサヒビール", "商品情報 | アサヒビール", "overlay-agegate",
     "<h2>あなたは20歳以上ですか？</h2><p>このサイトはお酒に関する情報を含みます。20歳未満の方の飲酒は法律で禁じられています。</p><button class='b'>はい</button> <button onclick=\"location.href='https://www.example.com/'\">いいえ</button>", ["新発売"]),
    ("ja-ov-age-game", "ja", "https://www.capcom.co.jp/game/content/biohazard/", "CAPCOM", "バイオハザード | CAPCOM", "overlay-agegate",
     "<h2>年齢確認</h2><p>このサイトには暴力的な表現が含まれます。生年月日を入力してください。</p><select><option>1990</option></select> <button class='b'>入場する</button>", ["最新作 発売中"]),
    ("en-ov-age-whisky", "en", "https://www.jackdaniels.com/en-us", "Jack Daniel's", "Jack Daniel's Tennessee Whiskey", "overlay-agegate",
     "<h2>Are you of legal drinking age?</h2><p>Enter your date of birth to continue.</p><input placeholder='MM/DD/YYYY'> <button class='b'>Enter</button>", ["Our whiskeys"]),
    ("en-ov-age-steam", "en", "https://store.steampowered.com/agecheck/app/1234/", "Steam", "Steam Store", "overlay-agegate",
     "<h2>This game may contain content not appropriate for all ages</h2><p>Please enter your birth date to continue:</p><button class='b'>View Page</button> <button>Cancel</button>", ["Game details"]),
    ("en-ov-age-vape", "en", "https://www.juul.com/", "JUUL", "JUUL", "overlay-agegate",
     "<h2>You must be 21 or older</h2><p>Verify your age to enter.</p><button class='b'>I am 21+</button> <button>Exit</button>", ["Products"]),
    ("ja-ov-login-note", "ja", "https://note.com/someone/n/n123", "note", "記事 | note", "overlay-login",
     "<h2>続きを読むにはログイン</h2><p>noteに登録すると、記事の続きを読んだり、クリエイターをフォローできます。</p><button class='b'>ログイン</button> <button>会員登録</button>", ["記事の冒頭部分"]),
    ("ja-ov-login-nikkei", "ja", "https://www.nikkei.com/article/DGXZQO123/", "日本経済新聞", "記事 | 日本経済新聞", "overlay-login",
     "<h2>この記事は会員限定です</h2><p>無料会員に登録すると月10本まで読めます。</p><button class='b'>今すぐ登録</button> <button>ログイン</button>", ["日銀、追加利上げを検討"]),
    ("en-ov-login-medium", "en", "https://medium.com/@someone/post-123", "Medium", "A story | Medium", "overlay-login",
     "<h2>Create an account to read the full story.</h2><p>The author made this story available to Medium members only.</p><button class='b'>Sign up with Google</button> <button>Sign in</button>", ["Preview"]),
    ("en-ov-login-pinterest", "en", "https://www.pinterest.com/pin/123/", "Pinterest", "Pin on Pinterest", "overlay-login",
     "<h2>Welcome to Pinterest</h2><p>Find new ideas to try.</p><input placeholder='Email'> <button class='b'>Continue</button> <button>Not now</button>", ["Pin"]),
    ("en-ov-login-linkedin", "en", "https://www.linkedin.com/posts/someone_activity-1", "LinkedIn", "Post | LinkedIn", "overlay-login",
     "<h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search.</p><button class='b'>Sign in</button> <button>Join now</button>", ["Post preview"]),
    ("ja-ov-news-letter", "ja", "https://www.muji.com/jp/ja/store", "無印良品", "無印良品", "overlay-newsletter",
     "<h2>メールマガジン登録で500円クーポン</h2><p>新商品やセール情報をお届けします。</p><input placeholder='メールアドレス'> <button class='b'>登録する</button> <button>閉じる</button>", ["冬の新商品"]),
    ("ja-ov-news-app", "ja", "https://www.gu-global.com/jp/ja/", "GU", "GU公式オンラインストア", "overlay-newsletter",
     "<h2>アプリならもっとおトク</h2><p>アプリ限定クーポン配信中。今すぐダウンロード！</p><button class='b'>アプリをダウンロード</button> <button>ブラウザで続ける</button>", ["新作アウター"]),
    ("en-ov-news-substack", "en", "https://someone.substack.com/p/post", "Substack", "Post - Substack", "overlay-newsletter",
     "<h2>Subscribe to keep reading</h2><p>Join 40,000 readers. New posts every week.</p><input placeholder='Type your email...'> <button class='b'>Subscribe</button> <button>No thanks</button>", ["Post preview"]),
    ("en-ov-news-shop", "en", "https://www.allbirds.com/", "Allbirds", "Allbirds", "overlay-newsletter",
     "<h2>Get 10% off your first order</h2><p>Sign up for emails. Hurry, offer ends tonight!</p><input placeholder='Email'> <button class='b'>Unlock 10% off</button> <button>x</button>", ["New arrivals"]),
]
for slug, lang, url, brand, title, cat, inner, paras in OVERLAYS:
    body = '<h1>%s</h1>%s<div class="ov"><div class="in">%s</div></div>' % (q(paras[0]), p("…"), inner)
    legit(slug, lang, url, cat, "%s: full-window %s layer, page scroll locked" % (brand, cat.split("-")[1]), site(lang, title, brand, body, css=OV_CSS, script=OV_JS))

# ------------------------------------------------------------------ install docs with copy buttons
COPY_JS = """document.querySelectorAll('button.copy').forEach(function(b){b.addEventListener('click',function(){
navigator.clipboard.writeText(b.previousElementSibling.textContent).then(function(){b.textContent=b.dataset.ok;});});});"""
DOCS = [
    ("ja-docs-volta", "ja", "https://docs.volta.sh/guide/getting-started", "Volta", "はじめに | Volta",
     [("Unix 系 OS ではターミナルで次を実行します。", "curl https://get.volta.sh | bash"), ("Windows ではインストーラー（.msi）を使うか、winget を使います。", "winget install Volta.Volta")]),
    ("ja-docs-nvm-windows", "ja", "https://qiita.com/someone/items/nvm-windows-install", "Qiita", "Windows に Node.js を入れる手順 - Qiita",
     [("PowerShell を管理者として開きます（Win + X → ターミナル（管理者））。", "winget install CoreyButler.NVMforWindows"), ("インストールできたか確認します。", "nvm version")]),
    ("ja-docs-poetry", "ja", "https://python-poetry.org/docs/#installation", "Poetry", "Introduction | Documentation | Poetry",
     [("Linux / macOS / WSL：", "curl -sSL https://install.python-poetry.org | python3 -"), ("Windows (PowerShell)：", "(Invoke-WebRequest -Uri https://install.python-poetry.org -UseBasicParsing).Content | py -")]),
    ("ja-docs-university-vpn", "ja", "https://www.itc.u-example.ac.jp/service/vpn/win.html", "〇〇大学 情報基盤センター", "VPN 接続設定（Windows）",
     [("Win キー + R を押して「ファイル名を指定して実行」を開き、次のコマンドを貼り付けて Enter を押してください。", "ncpa.cpl"), ("PowerShell で接続を追加する場合：", "Add-VpnConnection -Name \"U-VPN\" -ServerAddress vpn.u-example.ac.jp -TunnelType Ikev2")]),
    ("ja-docs-zenn-wsl", "ja", "https://zenn.dev/someone/articles/wsl-setup", "Zenn", "WSL2 を 5 分でセットアップする",
     [("管理者の PowerShell で実行：", "wsl --install"), ("Ubuntu が起動したら：", "sudo apt update && sudo apt upgrade -y")]),
    ("ja-docs-mise", "ja", "https://mise.jdx.dev/ja/getting-started.html", "mise", "はじめに | mise",
     [("インストールスクリプト：", "curl https://mise.run | sh"), ("シェルで有効にする：", "echo 'eval \"$(~/.local/bin/mise activate bash)\"' >> ~/.bashrc")]),
    ("ja-docs-office-repair", "ja", "https://support.microsoft.com/ja-jp/office/repair-office", "Microsoft サポート", "Office アプリケーションを修復する",
     [("[スタート] を右クリックし、[ファイル名を指定して実行] に次を入力します。", "appwiz.cpl"), ("コマンドで修復する場合（管理者）：", "\"C:\\Program Files\\Common Files\\microsoft shared\\ClickToRun\\OfficeC2RClient.exe\" scenario=Repair")]),
    ("ja-docs-mac-brew-ja", "ja", "https://brew.sh/ja/", "Homebrew", "Homebrew — macOS 用パッケージマネージャー",
     [("ターミナルを開いて（Cmd + スペースで「ターミナル」）、次を貼り付けてください。", "/bin/bash -c \"$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)\"")]),
    ("en-docs-ollama", "en", "https://ollama.com/download/linux", "Ollama", "Download Ollama on Linux",
     [("Install with one command:", "curl -fsSL https://ollama.com/install.sh | sh")]),
    ("en-docs-oh-my-posh", "en", "https://ohmyposh.dev/docs/installation/windows", "Oh My Posh", "Windows | Oh My Posh",
     [("Open a PowerShell prompt and run:", "Set-ExecutionPolicy Bypass -Scope Process -Force; Invoke-Expression ((New-Object System.Net.WebClient).DownloadString('https://ohmyposh.dev/install.ps1'))"), ("Or use winget:", "winget install JanDeDobbeleer.OhMyPosh -s winget")]),
    ("en-docs-pnpm", "en", "https://pnpm.io/installation", "pnpm", "Installation | pnpm",
     [("On Windows, using PowerShell:", "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression"), ("On POSIX systems:", "curl -fsSL https://get.pnpm.io/install.sh | sh -")]),
    ("en-docs-tailscale", "en", "https://tailscale.com/kb/1031/install-linux", "Tailscale", "Install Tailscale on Linux · Tailscale Docs",
     [("Run the install script:", "curl -fsSL https://tailscale.com/install.sh | sh")]),
    ("en-docs-spicetify", "en", "https://spicetify.app/docs/advanced-usage/installation", "Spicetify", "Installation | Spicetify",
     [("Windows: open PowerShell (press Win + R, type powershell, press Enter) and paste:", "iwr -useb https://raw.githubusercontent.com/spicetify/cli/main/install.ps1 | iex")]),
    ("en-docs-it-helpdesk-dns", "en", "https://it.stanford.example.edu/guides/flush-dns", "University IT", "How to flush your DNS cache",
     [("Press Windows + R, type cmd and press Enter. Then paste:", "ipconfig /flushdns"), ("On a Mac, open Terminal and paste:", "sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder")]),
    ("en-docs-rustdesk", "en", "https://rustdesk.com/docs/en/client/linux/", "RustDesk", "Linux :: Documentation for RustDesk",
     [("Install the client:", "wget https://github.com/rustdesk/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.deb && sudo apt install ./rustdesk-1.3.2-x86_64.deb")]),
    ("en-docs-choco", "en", "https://docs.chocolatey.org/en-us/choco/setup/", "Chocolatey", "Setup / Install | Chocolatey",
     [("Run this in an administrative PowerShell:", "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))")]),
]
for slug, lang, url, brand, title, steps in DOCS:
    ok, lbl = ("コピーしました", "コピー") if lang == "ja" else ("Copied!", "Copy")
    blocks = "".join('<p>%s</p><div class="code"><pre>%s</pre><button class="copy" data-ok="%s">%s</button></div>' % (q(t), q(c), ok, lbl) for t, c in steps)
    legit(slug, lang, url, "install-docs-copy", "%s install docs: copy buttons (clipboard.writeText) for shell/PowerShell commands" % brand,
          site(lang, title, brand, "<h1>%s</h1>%s" % (q(title.split("|")[0].split("—")[0].strip()), blocks), css="pre{background:#1e1e1e;color:#eee;padding:10px;overflow:auto}.code{position:relative}", script=COPY_JS, bar="#24292f"))

# ------------------------------------------------------------------ awareness / news quoting scams
AWARE = [
    ("ja-aw-ipa-sapoto", "ja", "https://www.ipa.go.jp/security/anshin/attention/2024/mgdayori20241120.html", "IPA 情報処理推進機構", "偽のセキュリティ警告に表示された番号に電話をかけないで",
     ["ウェブサイトを閲覧中に突然「Windows Defender セキュリティセンター」「ウイルスに感染しています」と表示され、警告音が鳴り、サポート窓口の電話番号が表示される相談が続いています。",
      "画面には「このウィンドウを閉じないでください」「今すぐ 050-XXXX-XXXX に電話してください」などと書かれていますが、これは偽の警告です。",
      "対処法：Esc キーを長押しして全画面表示を解除し、ブラウザーを閉じてください。閉じられない場合は Ctrl + Alt + Delete からタスクマネージャーで終了します。",
      "困ったときは IPA 情報セキュリティ安心相談窓口（03-0000-5430）へご相談ください。"]),
    ("ja-aw-npa-clickfix", "ja", "https://www.npa.go.jp/bureau/cyber/countermeasures/clickfix.html", "警察庁 サイバー警察局", "偽のCAPTCHA認証による被害に注意",
     ["「私はロボットではありません」にチェックを入れると、「Windowsキー＋R を押し、Ctrl＋V で貼り付けて Enter を押してください」と表示される手口が確認されています。",
      "この操作を行うと、コピーされた不正なコマンド（mshta や powershell）が実行され、パソコンがマルウェアに感染します。",
      "正規の CAPTCHA がキーボード操作やコマンドの実行を求めることはありません。"]),
    ("ja-aw-kokusen-oneclick", "ja", "https://www.kokusen.go.jp/soudan_topics/data/one-click.html", "国民生活センター", "ワンクリック請求に注意！",
     ["アダルトサイトなどで年齢確認のボタンを押しただけで「ご登録ありがとうございます。料金 99,000円をお支払いください」と表示される相談が寄せられています。",
      "画面には「お客様の端末情報（IPアドレス）を取得しました」「期限内にお支払いがない場合は法的手続きに移行します」などと書かれていますが、支払う必要はありません。",
      "業者に連絡しないでください。困ったら消費者ホットライン「188」へ。"]),
    ("ja-aw-nhk-news-sapoto", "ja", "https://www3.nhk.or.jp/news/html/20261205/k10000001.html", "NHK NEWS WEB", "サポート詐欺 高齢者の被害相次ぐ 1000万円超も",
     ["パソコンに「ウイルスに感染しました」という偽の画面を表示させて電話をかけさせ、遠隔操作ソフトをインストールさせてネットバンキングから送金させる「サポート詐欺」の被害が相次いでいます。",
      "被害にあった70代の男性は「警告音が鳴り続け、画面が消えなかったので慌てて電話してしまった」と話しています。"]),
    ("ja-aw-trendmicro-fakeupdate", "ja", "https://www.trendmicro.com/ja_jp/security-intelligence/research-reports/threat-solution/fake-update.html", "トレンドマイクロ", "偽のブラウザ更新画面に注意",
     ["閲覧中のサイトが改ざんされ、「Chrome の更新が必要です」「お使いのブラウザーは古くなっています」と表示されて、更新ファイル（.exe や .zip）をダウンロードさせる手口です。",
      "ブラウザーの更新はブラウザー自身の設定画面から行われ、ウェブサイトの画面から行われることはありません。"]),
    ("ja-aw-sagawa-sms", "ja", "https://www.sagawa-exp.co.jp/whatsnew/detail/721.html", "佐川急便", "佐川急便を装った迷惑メール・SMSにご注意ください",
     ["「お荷物のお届けにあがりましたが不在のため持ち帰りました。配送物は下記よりご確認ください」という SMS が送られています。",
      "リンク先で Android 向けアプリ（.apk）のインストールや、クレジットカード情報の入力を求められますが、当社とは一切関係ありません。"]),
    ("ja-aw-antiphishing-bank", "ja", "https://www.antiphishing.jp/news/alert/bank_20261201.html", "フィッシング対策協議会", "銀行をかたるフィッシング (2026/12/01)",
     ["「【重要】お客様の口座の取引を一時制限しました」という件名のメールが確認されています。",
      "偽サイトではログイン情報に加えて、ワンタイムパスワードや「本人確認のため携帯電話番号」の入力を求められます。",
      "このようなフィッシングサイトにて、アカウント情報などを絶対に入力しないように注意してください。"]),
    ("ja-aw-city-koho-push", "ja", "https://www.city.example.lg.jp/kurashi/shohi/push-sagi.html", "〇〇市 消費生活センター", "「通知を許可」すると偽の警告が届きます",
     ["「ロボットでない場合は『許可』をクリック」などと表示されて通知を許可すると、その後「ウイルスに感染」という偽の通知が何度も届くようになります。",
      "通知を止めるには、ブラウザーの設定から該当サイトの通知許可を取り消してください。"]),
    ("en-aw-ftc-techsupport", "en", "https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams", "FTC Consumer Advice", "How To Spot, Avoid, and Report Tech Support Scams",
     ["Tech support scammers want you to believe you have a serious problem with your computer, like a virus.",
      "A pop-up might say: \"WARNING! Your computer is infected. Call Microsoft Support at 1-8XX-XXX-XXXX immediately. Do not shut down your computer.\"",
      "Legitimate tech companies won't contact you by phone, email or text message to tell you there's a problem with your computer."]),
    ("en-aw-bleeping-clickfix-mac", "en", "https://www.bleepingcomputer.com/news/security/clickfix-attacks-now-target-macos-users-with-terminal-commands/", "BleepingComputer", "ClickFix attacks now target macOS users with Terminal commands",
     ["The fake verification page tells visitors to press Command + Space, open Terminal, and paste a command that the page has silently copied to the clipboard.",
      "The pasted command decodes a base64 string and runs curl to fetch an info-stealer.",
      "\"To verify you are human, paste the command in Terminal and press Return,\" the lure reads."]),
    ("en-aw-proofpoint-font", "en", "https://www.proofpoint.com/us/blog/threat-insight/clipboard-compromise-powershell-self-pwn", "Proofpoint", "From Clipboard to Compromise: a PowerShell Self-Pwn",
     ["A fake error says: \"The 'HoeflerText' font wasn't found\" and urges the user to click \"Fix it\".",
      "Clicking copies a PowerShell command; the user is then told to press Win+X, open Terminal (Admin) and right-click to paste.",
      "Users should be trained to never run commands from a web page."]),
    ("en-aw-aarp-popup", "en", "https://www.aarp.org/money/scams-fraud/info-2019/pop-up.html", "AARP", "Pop-up Scams - AARP",
     ["A pop-up window freezes your screen and a recorded voice says your computer is infected.",
      "The message tells you to call a number for help. Don't. Turn off your computer and restart it."]),
    ("en-aw-usps-smishing", "en", "https://faq.usps.com/s/article/Smishing", "USPS", "Smishing | USPS FAQ",
     ["USPS will not send customers text messages or e-mails without a customer first requesting the service with a tracking number.",
      "Example: \"USPS: Your package cannot be delivered due to an incomplete address. Update here and pay a $1.99 fee.\""]),
    ("en-aw-krebs-callback", "en", "https://krebsonsecurity.com/2026/11/callback-phishing-bank/", "Krebs on Security", "Callback Phishing Targets Bank Customers",
     ["The phishing page mimics the bank's login and then says the account is locked, instructing the victim to call a toll-free number to \"verify their identity\".",
      "On the call, the fraudster asks for the one-time code sent by text."]),
    ("en-aw-malwarebytes-push", "en", "https://www.malwarebytes.com/blog/news/2026/10/push-notification-scams", "Malwarebytes", "Browser push notification scams",
     ["Sites show a fake video player or a CAPTCHA that says \"Click Allow to confirm you are not a robot.\"",
      "Once allowed, the site can send fake virus alerts directly to your desktop."]),
    ("en-aw-reddit-thread", "en", "https://www.reddit.com/r/techsupport/comments/abc123/", "reddit", "r/techsupport - My mom called the number on a 'Microsoft' warning. What now?",
     ["The screen said \"Windows Defender: Access to this PC has been blocked for security reasons\" and kept beeping.",
      "Top comment: Disconnect from the internet, uninstall AnyDesk if they made her install it, change bank passwords, call the bank."]),
]
for slug, lang, url, brand, title, paras in AWARE:
    body = "<article><h1>%s</h1>%s</article>" % (q(title), "".join("<p>%s</p>" % q(x) if not x.startswith(('"', "「")) else "<blockquote>%s</blockquote>" % q(x) for x in paras))
    legit(slug, lang, url, "awareness-news", "%s: awareness/news page quoting scam wording" % brand, site(lang, title + " | " + brand, brand, body))
