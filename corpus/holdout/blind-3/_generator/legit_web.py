"""Legitimate pages (3): software and driver downloads, push opt-ins, consent / age /
login overlays, install docs with copy buttons, awareness and news pages quoting scams,
security-software and PC-repair shops."""
from kit import legit, site, p, li, a, q, js, table, faq, seed, codeblock, COPY_JS

# ------------------------------------------------------------------ downloads
DL = [
    ("ja-dl-atok", "https://www.justsystems.com/jp/products/atok/download/", "ジャストシステム", "#e50012", "ATOK for Windows ダウンロード",
     "ATOK_Passport_Setup.exe", "Windows 11 / 10 (64bit)", "click", "ATOK Passport をお申し込みの方は、こちらからインストーラーをダウンロードしてください。"),
    ("ja-dl-yayoi", "https://www.yayoi-kk.co.jp/products/download/", "弥生", "#0068b7", "弥生会計 インストーラー・更新プログラム",
     "YayoiKaikei27_update.exe", "Windows 11", "click", "最新の更新プログラムを適用してください。法令改正に対応しています。"),
    ("ja-dl-brother-driver", "https://support.brother.co.jp/j/b/downloadlist.aspx?c=jp&lang=ja&prod=dcpj987n", "ブラザー", "#0d2ea0", "DCP-J987N ドライバー＆ソフトウェア",
     "DCP-J987N-inst-win.exe", "Windows 11 (64bit)", "auto", "「ダウンロード」を押すと使用許諾に同意したものとみなし、ダウンロードが自動的に開始されます。"),
    ("ja-dl-iodata", "https://www.iodata.jp/lib/software/m/2210.htm", "アイ・オー・データ機器", "#005bac", "LAN DISK ファームウェア アップデーター",
     "hdl2a_fw_updater.exe", "Windows 11 / 10", "click", "セキュリティ向上のため、最新ファームウェアへの更新を推奨します。"),
    ("ja-dl-fudemame", "https://fudemame.net/support/download/update.html", "筆まめ", "#c8161d", "筆まめVer.36 アップデーター",
     "fmv36_upd.exe", "Windows 11 / 10", "auto", "このページを開くと、自動的にダウンロードが始まります。始まらない場合は下のボタンを押してください。"),
    ("ja-dl-ricoh", "https://www.ricoh.co.jp/support/printer/driver/sp-c261sfl", "リコー", "#cf142b", "RICOH SP C261SFL プリンタードライバー",
     "r89901L1.exe", "Windows 11 (x64)", "click", "PCL6 ドライバーです。インストール前に古いドライバーを削除してください。"),
    ("ja-dl-mynaportal-app", "https://img.myna.go.jp/html/app_download.html", "マイナポータル", "#00497a", "マイナポータルアプリ（Windows版）",
     "MynaPortalAppSetup.msi", "Windows 11 / 10", "click", "パソコンでマイナンバーカードを読み取るには、利用者クライアントソフトのインストールが必要です。"),
    ("en-dl-logitech-ghub", "https://www.logitechg.com/en-us/innovation/g-hub.html", "Logitech G", "#00b8fc", "Logitech G HUB",
     "lghub_installer.exe", "Windows 10 and 11 (64-bit)", "click", "Customize your gear. Download for Windows."),
    ("en-dl-amd-adrenalin", "https://www.amd.com/en/support/download/drivers.html", "AMD", "#000", "AMD Software: Adrenalin Edition",
     "amd-software-adrenalin-edition-25.12.1-minimalsetup.exe", "Windows 11 / 10 64-bit", "auto", "Your download will begin shortly. Auto-detect installs the right driver."),
    ("en-dl-audacity", "https://www.audacityteam.org/download/windows/", "Audacity", "#0000cc", "Download Audacity for Windows",
     "audacity-win-3.7.1-64bit.exe", "Windows 10/11", "click", "64-bit installer (recommended)."),
    ("en-dl-gimp", "https://www.gimp.org/downloads/", "GIMP", "#5c5543", "Download GIMP",
     "gimp-3.0.4-setup.exe", "Windows 10 or newer", "auto", "The download will start automatically. If not, click the button."),
    ("en-dl-brother-us", "https://support.brother.com/g/b/downloadtop.aspx?c=us&lang=en&prod=hll2350dw_us", "Brother", "#0d2ea0", "HL-L2350DW Full Driver & Software Package",
     "HL-L2350DW-inst-win.exe", "Windows 11", "click", "Recommended download for first-time setup."),
]
for slug, url, brand, color, h1, exe, os_, mode, lead in DL:
    lang = slug[:2]
    ja = lang == "ja"
    size = "%d.%d MB" % (seed(slug) % 300 + 20, seed(slug) % 10)
    sha = "%064x" % (seed(slug) ** 6)
    sha = sha[-64:]
    body = ('<h1>%s</h1>%s<div class="box">%s<p><a class="btn" id="dl" href="downloads/%s" download>%s</a></p></div>'
            '<h2>%s</h2>%s<h2>%s</h2>%s'
            % (q(h1), p(q(lead)), table([("ファイル名" if ja else "File", q(exe)), ("対応OS" if ja else "OS", q(os_)), ("サイズ" if ja else "Size", size),
                                         ("公開日" if ja else "Released", "2026/11/26"), ("SHA-256", "<code>%s</code>" % sha)]),
               q(exe), "ダウンロード（Windows 版）" if ja else "Download for Windows",
               "インストール手順" if ja else "How to install",
               li(*(["ダウンロードしたファイルをダブルクリックします。", "「このアプリがデバイスに変更を加えることを許可しますか？」で［はい］を選びます。", "画面の指示に従ってインストールします。"] if ja else
                    ["Open the downloaded file.", "Click Yes when Windows asks for permission.", "Follow the setup wizard."]), tag="ol"),
               "ご注意" if ja else "Note",
               p(q("このソフトウェアは当社の公式サイトからのみ配布しています。" if ja else "Only download from our official website."))))
    script = ""
    if mode == "auto":
        script = "setTimeout(function(){var f=document.createElement('iframe');f.style.display='none';f.src='downloads/%s';document.body.appendChild(f);},1500);" % exe
    legit(slug, lang, url, "software-download", "%s: .%s 'for Windows'%s" % (brand, exe.rsplit(".", 1)[1], ", download starts by itself" if mode == "auto" else ""),
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("製品" if ja else "Products", "/products"), ("サポート" if ja else "Support", "/support"), ("ダウンロード" if ja else "Downloads", "/downloads")],
               crumbs=["ダウンロード" if ja else "Downloads", h1], side=[("サポート" if ja else "Support", ["よくある質問", "動作環境", "お問い合わせ"] if ja else ["FAQ", "System requirements", "Contact"])],
               color=color, script=script, section="download"))

# ------------------------------------------------------------------ push opt-ins
PUSH = [
    ("ja-push-sankei", "https://www.sankei.com/", "産経ニュース", "#0060a8", "button", "速報をプッシュ通知で受け取りませんか？", "大きなニュースが入ったときにお知らせします。"),
    ("ja-push-jiji", "https://www.jiji.com/", "時事ドットコム", "#003e7e", "load", "", ""),
    ("ja-push-tenki-bosai", "https://bosai.yahoo.co.jp/notification/", "Yahoo!防災速報", "#ff0033", "button", "地震・豪雨の通知を受け取る", "登録した地域で警報が出たときに通知します。"),
    ("ja-push-gamewith", "https://gamewith.jp/", "GameWith", "#00b900", "button", "最新のガチャ情報を通知で受け取る", "通知はいつでもオフにできます。"),
    ("en-push-accuweather", "https://www.accuweather.com/", "AccuWeather", "#f05514", "button", "Get severe weather alerts", "We'll notify you about storms near you."),
    ("en-push-foxnews", "https://www.foxnews.com/", "Fox News", "#003366", "load", "", ""),
    ("en-push-washpost", "https://www.washingtonpost.com/", "The Washington Post", "#111", "button", "Turn on breaking news alerts?", "Get the biggest stories as they happen."),
]
for slug, url, brand, color, mode, ask, sub in PUSH:
    lang = slug[:2]
    ja = lang == "ja"
    heads = (["政府、来年度予算案の概要を発表", "東京株式市場、日経平均が続伸", "週末は全国的に冬型の気圧配置", "プロ野球・ストーブリーグの動き", "新型スマホの予約始まる"] if ja else
             ["Senate passes spending bill", "Markets close higher on tech rally", "Winter storm watch for the Northeast", "Playoff picture after Week 14", "New phones go on sale Friday"])
    body = '<h1>%s</h1>%s' % ("トップニュース" if ja else "Top stories", "".join(
        '<article class="box"><h2 style="border:0;padding:0;font-size:18px">%s</h2><p>%s</p></article>' % (q(h), q("記事の要約がここに入ります。詳しくは本文をご覧ください。" if ja else "Summary of the story. Read more inside.")) for h in heads))
    if mode == "button":
        body = ('<div id="soft" class="box" style="position:fixed;top:70px;right:20px;width:320px;z-index:10;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.2)">'
                '<strong>%s</strong><p>%s</p><button class="btn" id="yes" type="button">%s</button> <button class="btn sub" id="no" type="button">%s</button></div>'
                % (q(ask), q(sub), "受け取る" if ja else "Allow", "後で" if ja else "Not now")) + body
        script = ("document.getElementById('yes').addEventListener('click',function(){Notification.requestPermission().then(function(){document.getElementById('soft').remove();});});"
                  "document.getElementById('no').addEventListener('click',function(){document.getElementById('soft').remove();});")
        note = "soft prompt, requestPermission on click"
    else:
        script = "if('Notification' in window&&Notification.permission==='default'){Notification.requestPermission();}"
        note = "requestPermission on load"
    legit(slug, lang, url, "push-optin", "%s: %s" % (brand, note),
          site(lang, brand, brand, body, nav=[(x, "/" + str(i)) for i, x in enumerate(["政治", "経済", "国際", "スポーツ", "天気"] if ja else ["Politics", "Business", "World", "Sports", "Weather"])],
               crumbs=["トップ" if ja else "Top"], color=color, script=script, section="news"))

# ------------------------------------------------------------------ overlays
OVL = [
    ("ja-ovl-suntory-age", "https://www.suntory.co.jp/whisky/", "サントリー", "#0050a0", "overlay-agegate", "あなたは20歳以上ですか？", "このサイトはお酒に関する情報を含みます。20歳未満の方の飲酒は法律で禁止されています。", ["はい", "いいえ"]),
    ("ja-ovl-kirin-age", "https://www.kirin.co.jp/alcohol/beer/", "キリン", "#c8102e", "overlay-agegate", "生年月日を入力してください", "20歳以上の方を対象としたページです。", ["入場する", "退出する"]),
    ("ja-ovl-yomiuri-login", "https://www.yomiuri.co.jp/national/20261207-OYT1T50001/", "読売新聞オンライン", "#004098", "overlay-login", "この記事は読者会員限定です", "読売新聞ご購読者は無料で登録できます。", ["ログイン", "会員登録"]),
    ("ja-ovl-cookie-nikkansports", "https://www.nikkansports.com/", "日刊スポーツ", "#e60012", "overlay-consent", "Cookie の使用について", "当サイトは、サービス向上と広告配信のために Cookie を使用します。", ["同意する", "設定"]),
    ("ja-ovl-hotpepper-beauty", "https://beauty.hotpepper.jp/", "ホットペッパービューティー", "#ff4c6f", "overlay-newsletter", "LINEで予約リマインドを受け取る", "予約の前日にお知らせします。", ["友だち追加", "閉じる"]),
    ("en-ovl-heineken-age", "https://www.heineken.com/us/en/", "Heineken", "#205527", "overlay-agegate", "Are you of legal drinking age?", "Enter your date of birth to continue.", ["Yes", "No"]),
    ("en-ovl-wsj-paywall", "https://www.wsj.com/business/some-story-1234", "The Wall Street Journal", "#111", "overlay-login", "Continue reading your article with a WSJ subscription", "Already a subscriber? Sign in.", ["Subscribe now", "Sign in"]),
    ("en-ovl-bloomberg-consent", "https://www.bloomberg.com/europe", "Bloomberg", "#000", "overlay-consent", "We use cookies", "We and our partners use cookies to personalize content and ads.", ["Accept all", "Manage choices"]),
]
OVL_JS = """document.documentElement.style.overflow='hidden';document.querySelectorAll('#ovl button').forEach(function(b,i){b.addEventListener('click',function(){
if(i===1&&%s){location.href='https://www.google.com/';return;}document.getElementById('ovl').remove();document.documentElement.style.overflow='';});});"""
for slug, url, brand, color, cat, h, sub, btns in OVL:
    lang = slug[:2]
    ja = lang == "ja"
    dob = '<p><select><option>1980</option><option>1990</option></select> / <select><option>1</option></select> / <select><option>1</option></select></p>' if "生年月日" in h or "date of birth" in sub else ""
    ov = ('<div id="ovl" style="position:fixed;inset:0;background:rgba(0,0,0,.75);z-index:100;display:flex;align-items:center;justify-content:center">'
          '<div style="background:#fff;max-width:460px;padding:28px;border-radius:8px;text-align:center"><h2 style="border:0;padding:0">%s</h2><p>%s</p>%s'
          '<button class="btn" type="button">%s</button> <button class="btn sub" type="button">%s</button></div></div>'
          % (q(h), q(sub), dob, q(btns[0]), q(btns[1])))
    content = "<h1>%s</h1>%s" % (q(brand), p(*[q(x) for x in (["新商品のご案内", "季節のおすすめ", "キャンペーン情報", "お客さま相談室 0120-000-%03d（平日 9:00〜17:00）" % (seed(slug) % 1000)] if ja else
                                                                ["Latest", "Featured stories", "Our products", "Consumer relations 1-800-555-01%02d" % (seed(slug) % 100)])]))
    legit(slug, lang, url, cat, "%s: full-window overlay, scroll locked (%s)" % (brand, cat.split("-")[1]),
          site(lang, brand, brand, content, nav=[("商品" if ja else "Products", "/p"), ("企業情報" if ja else "About", "/about")], crumbs=[brand], color=color,
               script=OVL_JS % ("true" if cat == "overlay-agegate" else "false"), pre=ov))

# ------------------------------------------------------------------ install docs with copy buttons
DOCS = [
    ("ja-docs-gh-cli", "https://docs.github.com/ja/github-cli/github-cli/quickstart", "GitHub Docs", "#24292f", "GitHub CLI クイックスタート",
     ["winget install --id GitHub.cli", "gh auth login"], "Windows ではターミナルを開き、次のコマンドを実行します。"),
    ("ja-docs-gcloud", "https://cloud.google.com/sdk/docs/install?hl=ja", "Google Cloud", "#1a73e8", "Google Cloud CLI をインストールする",
     ["(New-Object Net.WebClient).DownloadFile(\"https://dl.google.com/dl/cloudsdk/channels/rapid/GoogleCloudSDKInstaller.exe\", \"$env:Temp\\GoogleCloudSDKInstaller.exe\")\n& $env:Temp\\GoogleCloudSDKInstaller.exe",
      "curl https://sdk.cloud.google.com | bash"], "PowerShell ターミナルを開き、次の PowerShell コマンドを実行します。"),
    ("ja-docs-aws-cli", "https://docs.aws.amazon.com/ja_jp/cli/latest/userguide/getting-started-install.html", "AWS ドキュメント", "#232f3e", "AWS CLI の最新バージョンのインストール",
     ["msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi", "aws --version"], "Windows キー + R を押して「cmd」と入力し、コマンドプロンプトで次を実行します。"),
    ("ja-docs-python-jp", "https://www.python.jp/install/windows/install.html", "python.jp", "#3776ab", "Windows版 Python のインストール",
     ["py -m pip install --upgrade pip", "py -m venv .venv"], "スタートボタンを右クリック（Win+X）して「ターミナル」を開き、次を入力します。"),
    ("ja-docs-volta-nodejs", "https://nodejs.org/ja/download", "Node.js", "#5fa04e", "Node.js をダウンロード",
     ["# fnm をダウンロードしてインストールする:\nwinget install Schniz.fnm", "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash"], "パッケージマネージャーを使ってインストールします。"),
    ("en-docs-ohmyzsh", "https://ohmyz.sh/#install", "Oh My Zsh", "#1a9c3e", "Install Oh My Zsh",
     ['sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"'], "Install it by running one of the following commands in your terminal."),
    ("en-docs-starship", "https://starship.rs/guide/", "Starship", "#dd0b78", "Installation",
     ["curl -sS https://starship.rs/install.sh | sh", "winget install --id Starship.Starship"], "Install the latest version for your system."),
    ("en-docs-sdkman", "https://sdkman.io/install/", "SDKMAN!", "#f57f20", "Installation",
     ['curl -s "https://get.sdkman.io" | bash', 'source "$HOME/.sdkman/bin/sdkman-init.sh"'], "Simply open a new terminal and enter:"),
    ("en-docs-k3s", "https://docs.k3s.io/quick-start", "K3s", "#ffc61c", "Quick-Start Guide",
     ["curl -sfL https://get.k3s.io | sh -"], "K3s provides an installation script that is a convenient way to install it as a service."),
    ("en-docs-docker-desktop", "https://docs.docker.com/desktop/setup/install/windows-install/", "Docker Docs", "#1d63ed", "Install Docker Desktop on Windows",
     ['Start-Process "Docker Desktop Installer.exe" -Wait -ArgumentList \'install\', \'--accept-license\'', "wsl --install"], "Run the following from an elevated PowerShell (Win+X, Terminal (Admin))."),
]
for slug, url, brand, color, h1, cmds, lead in DOCS:
    lang = slug[:2]
    ja = lang == "ja"
    blocks = "".join(codeblock(i, c, lang) for i, c in enumerate(cmds))
    body = ('<h1>%s</h1>%s%s<h2>%s</h2>%s<h2>%s</h2>%s'
            % (q(h1), p(q(lead)), blocks, "動作確認" if ja else "Verify",
               p(q("インストール後、新しいターミナルを開いてバージョンを確認してください。" if ja else "Open a new terminal and check the version.")),
               "トラブルシューティング" if ja else "Troubleshooting",
               li(*(["プロキシ環境ではダウンロードに失敗することがあります。", "実行ポリシーのエラーが出る場合は、管理者に相談してください。", "スクリプトを実行する前に、内容を確認することをおすすめします。"] if ja else
                    ["Behind a proxy? Set HTTPS_PROXY first.", "Read the script before piping it to a shell if you prefer.", "See the FAQ for uninstall steps."]))))
    legit(slug, lang, url, "install-docs-copy", "%s: install docs with copy buttons (%s)" % (brand, "; ".join(c.split()[0] for c in cmds)),
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("ドキュメント" if ja else "Docs", "/docs"), ("リファレンス" if ja else "Reference", "/ref")],
               crumbs=["ドキュメント" if ja else "Docs", h1], side=[("目次" if ja else "On this page", ["前提条件", "インストール", "確認", "アンインストール"] if ja else ["Prerequisites", "Install", "Verify", "Uninstall"])],
               color=color, script=COPY_JS % js("コピーしました" if ja else "Copied!"), section="docs"))

# ------------------------------------------------------------------ awareness / news quoting scams
AW = [
    ("ja-aw-kanagawa-police", "https://www.police.pref.kanagawa.jp/about/sagi/support.html", "神奈川県警察", "#003f8e", "サポート詐欺に注意！",
     ["インターネットを見ていると突然、「ウイルスに感染しました」「Microsoft サポート 050-XXXX-XXXX に電話してください」という画面と警告音が出ます。",
      "電話をかけると、遠隔操作ソフトをインストールさせられ、電子マネーで「修理代」を払わされます。",
      "画面は偽物です。電話をかけず、ブラウザを閉じてください。閉じられないときはパソコンを再起動してください。"], "警察相談専用電話 #9110"),
    ("ja-aw-gov-online", "https://www.gov-online.go.jp/article/202612/entry-0001.html", "政府広報オンライン", "#0f3c7c", "偽の警告画面やSMSにだまされないで",
     ["「お荷物をお届けしましたが不在のため持ち帰りました」というSMSのリンクを開くと、偽サイトでアプリのインストールやカード番号の入力を求められます。",
      "「あなたの税金が未納です」「ETCサービスが停止されます」といったメッセージも詐欺の可能性があります。",
      "心配な場合は、公式アプリや公式サイトをブックマークから開いて確認しましょう。"], "消費者ホットライン 188"),
    ("ja-aw-soumu-security", "https://www.soumu.go.jp/main_sosiki/cybersecurity/kokumin/trouble/clickfix.html", "総務省 国民のためのサイバーセキュリティサイト", "#004098", "偽の「ロボットではありません」認証に注意",
     ["画面に「確認のため Windows キー + R を押し、Ctrl + V を押して Enter を押してください」と表示される攻撃が増えています。",
      "これはコピーされた不正なコマンドを実行させる手口（ClickFix）です。本物の CAPTCHA がこのような操作を求めることはありません。"], ""),
    ("ja-aw-lac-blog", "https://www.lac.co.jp/lacwatch/report/20261120_004321.html", "LAC WATCH", "#e50012", "偽の音声メッセージ画面から始まる ClickFix 攻撃の分析",
     ["攻撃者は「ボイスメッセージが届いています」という画面を表示し、「再生するには音声プラグインを有効にしてください」として PowerShell コマンドをクリップボードに書き込みます。",
      "画面には「Win+R を押して貼り付け」と手順が示されますが、実行されるのは mshta や powershell -w hidden を使うコマンドです。",
      "本記事では、確認された URL のパターンと検知のポイントを紹介します。"], ""),
    ("ja-aw-yomiuri-onecli", "https://www.yomiuri.co.jp/national/20261130-OYT1T50123/", "読売新聞オンライン", "#004098", "「登録完了 料金9万8千円」ワンクリック請求の相談再び増加",
     ["動画サイトの再生ボタンを押すと「ご登録ありがとうございました。3日以内に98,000円をお支払いください」と表示され、シャッター音が鳴る手口の相談が増えている。",
      "国民生活センターは「表示されても契約は成立していない。連絡しないで」と呼びかけている。"], "消費者ホットライン 188"),
    ("ja-aw-nhk-clickfix", "https://www3.nhk.or.jp/news/html/20261201/k10014567890000.html", "NHK NEWS WEB", "#0077c8", "就職活動中の学生狙う「偽Web面接」 カメラ不具合装いコマンド実行させる",
     ["企業の採用担当を名乗るメールで Web 面接に招かれた学生が、面接ページで「カメラのドライバーに問題があります」と表示された。",
      "表示された「修正コマンド」をターミナルに貼り付けると、パソコンの情報が盗まれる仕組みだった。専門家は「面接でコマンド操作を求められたら疑って」と話している。"], ""),
    ("ja-aw-jpcert-anydesk", "https://www.jpcert.or.jp/newsflash/2026111501.html", "JPCERT/CC", "#003366", "遠隔操作ソフトを悪用したサポート詐欺に関する注意喚起",
     ["偽の警告画面から電話をかけさせ、AnyDesk や QuickSupport などの遠隔操作ソフトをインストールさせて「接続コード」を聞き出す事例が続いています。",
      "接続コードを伝えると、攻撃者はパソコンを自由に操作できます。知らない相手に接続コードを伝えないでください。"], ""),
    ("ja-aw-npa-nise-keisatsu", "https://www.npa.go.jp/bureau/safetylife/sos47/new-fraud/nisekeisatsu.html", "警察庁 SOS47", "#1d2088", "ニセ警察詐欺に注意",
     ["「あなたの口座が犯罪に使われている」「逮捕状が出ている」と警察官を名乗る電話やビデオ通話で、資産の確認と称して送金させる手口です。",
      "警察がビデオ通話で取り調べをしたり、お金を振り込ませたりすることはありません。"], "警察相談専用電話 #9110"),
    ("en-aw-fbi-ic3", "https://www.ic3.gov/PSA/2026/PSA261120", "Internet Crime Complaint Center", "#0a2a5c", "Phantom Hacker scams target older Americans",
     ["Scammers pose as tech support, then as 'bank fraud' staff, and finally as 'government' officials, asking victims to move savings to a 'safe' account.",
      "It often starts with a pop-up: 'Your computer has been hacked. Call Microsoft Support at 1-8XX-XXX-XXXX.'"], "Report to ic3.gov"),
    ("en-aw-consumerreports", "https://www.consumerreports.org/money/scams-fraud/fake-voicemail-clickfix-a1234567890/", "Consumer Reports", "#00a0df", "That 'new voicemail' page wants you to run a command",
     ["A fake voicemail player says you need to 'enable audio' by pressing Windows+R and pasting. Don't.",
      "No website needs you to open the Run box. Close the tab."], ""),
    ("en-aw-which-toll", "https://www.which.co.uk/consumer-rights/scams/toll-texts-a8Hx0", "Which?", "#e2001a", "Unpaid toll texts: how to spot them",
     ["Texts claiming you owe a small toll or ULEZ charge link to copycat sites that harvest card details.",
      "Check any charge directly through the official site you type in yourself."], ""),
    ("en-aw-cisa-anydesk", "https://www.cisa.gov/news-events/news/refund-scams-remote-access", "CISA", "#005288", "Refund scams that abuse remote-access tools",
     ["Callers claim you are owed a refund and ask you to install AnyDesk or TeamViewer and read out the session code.",
      "Then they 'accidentally' refund too much and ask you to send the difference in gift cards."], ""),
]
for slug, url, brand, color, h1, paras, tel in AW:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1><p style="color:#666;font-size:13px">%s</p>%s%s<h2>%s</h2>%s'
            % (q(h1), "2026年12月" if ja else "December 2026", p(*map(q, paras)),
               ('<div class="info"><strong>%s</strong></div>' % q(tel)) if tel else "",
               "被害にあわないために" if ja else "Protect yourself",
               li(*(["身に覚えのない警告やSMSのリンクは開かない。", "画面に表示された電話番号には電話しない。", "困ったら家族や警察、消費生活センターに相談する。"] if ja else
                    ["Don't call numbers shown in pop-ups.", "Never paste commands a website asks you to run.", "Tell family and report it."]))))
    legit(slug, lang, url, "awareness-news", "%s: awareness page quoting scam wording" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("ニュース" if ja else "News", "/news"), ("相談窓口" if ja else "Report", "/report")], crumbs=[h1], color=color, section="article"))

# ------------------------------------------------------------------ security-software and PC-repair shops
SHOPS = [
    ("ja-shop-pc-koubou-repair", "https://www.pc-koubou.jp/pc/repair.php", "パソコン工房", "#003894", "パソコン修理・データ復旧",
     ["ウイルス除去・駆除", "起動しない・ブルースクリーン", "データ復旧"], "修理受付センター 0120-000-713（10:00〜19:00）", "ウイルス除去 5,500円〜"),
    ("ja-shop-yamada-pcsupport", "https://www.yamada-denkiweb.com/service/pc-support/", "ヤマダデンキ", "#e60012", "パソコンお困りごと相談",
     ["ウイルス感染の疑い", "偽の警告画面が消えない", "設定・初期化"], "ヤマダ PCサポートセンター 0120-000-550", "出張訪問サポート 8,800円〜"),
    ("ja-shop-kingsoft-security", "https://www.kingsoft.jp/security/", "キングソフト", "#e02d2d", "KINGSOFT Internet Security",
     ["ウイルス対策", "迷惑サイトブロック", "ネット詐欺対策"], "サポートセンター 050-0000-8800", "無料版あり"),
    ("en-shop-sophos-home", "https://home.sophos.com/en-us/premium", "Sophos Home", "#0073e6", "Sophos Home Premium",
     ["Real-time malware protection", "Ransomware protection", "Web protection"], "Sales: 1-866-555-0126", "$44.99 / year"),
    ("en-shop-totalav", "https://www.totalav.com/pricing", "TotalAV", "#1f8f4e", "Choose your protection",
     ["Real-time antivirus", "Web Shield", "Ad Block Pro"], "Support line 1-855-555-0192", "$19 first year"),
]
for slug, url, brand, color, h1, feats, tel, price in SHOPS:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1><div style="display:flex;gap:14px;flex-wrap:wrap">%s</div><p><strong>%s</strong></p><p><a class="btn" href="/cart">%s</a></p>'
            '<h2>%s</h2><p class="tel">%s</p>%s'
            % (q(h1), "".join('<div class="box" style="flex:1"><h3>%s</h3></div>' % q(f) for f in feats), q(price), "申し込む" if ja else "Buy now",
               "お問い合わせ" if ja else "Contact", q(tel),
               p(q("「ウイルスに感染しています」と表示され電話を求める画面は偽物です。当社から電話番号入りの警告を表示することはありません。" if ja else
                   "Pop-ups that say your PC is infected and show a phone number are scams. We never show such warnings."))))
    legit(slug, lang, url, "ordinary-shop", "%s: security / repair shop with virus words and a phone line" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("製品" if ja else "Products", "/p"), ("サポート" if ja else "Support", "/s")], crumbs=[h1], color=color, section="shop"))
