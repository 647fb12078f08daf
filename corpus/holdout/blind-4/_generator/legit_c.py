"""Legitimate look-alikes, part C: push opt-ins, overlays, install docs, awareness, shops, logins, app installs."""
from kit import add, site_page, esc, ul, links, bare_page

L = "legit"


def lg(slug, url, cat, lang, note, html, expect="allow", repo=None):
    host = url.split("/")[2]
    add(slug, L, expect, url, cat, lang, note, repo or f"site:{host}", "/" + url.split("/", 3)[3], html)


# ---------------------------------------------------------------- push opt-ins
PUSH = [
    ("ja-push-asahi", "ja", "朝日新聞デジタル", "https://www.asahi.com/articles/ASV1234567.html", "#b2002e", True,
     "速報をプッシュ通知でお届けします", "大きなニュースが入ったときに、ブラウザの通知でお知らせします。いつでも設定から解除できます。",
     "衆院予算委、補正予算案を可決　8日にも成立へ"),
    ("ja-push-weathernews", "ja", "ウェザーニュース", "https://weathernews.jp/onebox/tenki/tokyo/", "#1f4e96", False,
     "雨雲接近・警報を通知で受け取る", "登録地点に雨雲が近づいたとき、警報・注意報が発表されたときにお知らせします。",
     "東京都　12月8日（火）の天気　晴れ時々くもり"),
    ("ja-push-sponavi", "ja", "スポーツナビ", "https://sports.yahoo.co.jp/baseball/npb/", "#ff0033", False,
     "試合速報を通知で受け取る", "お気に入りのチームの試合開始・得点・試合終了を通知します。",
     "プロ野球 秋季キャンプ情報"),
    ("en-push-cnn", "en", "CNN", "https://edition.cnn.com/2026/12/07/world/live-news", "#cc0000", True,
     "Get breaking news alerts", "Turn on notifications to get the biggest stories as they happen.",
     "Live updates: Winter storm sweeps across the Midwest"),
    ("en-push-weather", "en", "The Weather Channel", "https://weather.com/weather/today/l/Seattle+WA", "#003ea6", False,
     "Severe weather alerts", "Get notified about severe weather, lightning and rain in your area.",
     "Seattle, WA — Rain, 46°F"),
    ("en-push-verge", "en", "The Verge", "https://www.theverge.com/tech", "#5200ff", False,
     "Stay in the loop", "We'll send you a notification when we publish a big story. No more than 3 a day.",
     "The best gadgets of 2026"),
]

PUSH_JS = """
function ask(){if(!('Notification' in window))return;Notification.requestPermission().then(function(p){document.getElementById('pst').textContent=p;
if(p==='granted'&&navigator.serviceWorker){navigator.serviceWorker.register('sw.js').catch(function(){})}})}
document.getElementById('pyes').addEventListener('click',function(){document.getElementById('pbox').style.display='none';ask()});
document.getElementById('pno').addEventListener('click',function(){document.getElementById('pbox').style.display='none'});
%s
"""


def push():
    for slug, lang, site, url, brand, onload, head, text, article in PUSH:
        ja = lang == "ja"
        box = (f'<div id="pbox" style="position:fixed;top:70px;left:50%;transform:translateX(-50%);width:380px;background:#fff;border:1px solid #ccc;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:16px;border-radius:8px;z-index:9">'
               f'<strong>{esc(head)}</strong><p style="font-size:14px">{esc(text)}</p><button class="btn" id="pyes">{"受け取る" if ja else "Allow"}</button> <button class="btn sub" id="pno">{"今はしない" if ja else "Not now"}</button><span id="pst" class="note"></span></div>')
        para = ("記事本文。" * 1) if ja else ""
        main = (f"<h1>{esc(article)}</h1>{box}"
                + ("<p>政府・与党は7日、補正予算案の早期成立に向けて調整を進めた。野党側は審議時間の確保を求めており、8日の本会議での採決を目指す。</p><p>専門家は「年末の経済対策として一定の効果が見込まれる」と話す。</p>" if ja else
                   "<p>Forecasters say the storm will bring heavy snow and strong winds through Tuesday night. Several airlines have already canceled flights.</p><p>Officials urged residents to stay off the roads if possible.</p>")
                + f'<h2>{"関連記事" if ja else "More stories"}</h2>' + ul(links(["週間天気", "交通情報", "経済ニュース"] if ja else ["Traffic", "Local news", "Politics"])))
        js = PUSH_JS % ("setTimeout(ask,1500);" if onload else "")
        lg(slug, url, "push-optin", lang, f"{site}: push opt-in {'prompt on load' if onload else 'after a button'} for news/weather alerts",
           site_page(slug, lang, site, article, main, brand, scripts=js))


# ---------------------------------------------------------------- overlays
OVL = [
    ("ja-ovl-asahibeer", "ja", "アサヒビール", "https://www.asahibeer.co.jp/", "#003b8e", "overlay-agegate",
     "年齢確認", "このサイトはお酒に関する情報が含まれているため、20歳以上の方を対象としています。あなたは20歳以上ですか？", ["はい", "いいえ"]),
    ("ja-ovl-dmm-age", "ja", "DMM.com", "https://www.dmm.com/age_check/=/?rurl=%2Fdigital%2F", "#333", "overlay-agegate",
     "年齢認証", "ここから先は、アダルト商品を取り扱うアダルトサイトです。18歳未満の方のアクセスは固くお断りいたします。あなたは18歳以上ですか？（ご利用は会員登録・購入手続きを行うまで料金は発生しません）", ["はい", "いいえ（出る）"]),
    ("ja-ovl-nikkei-login", "ja", "日本経済新聞", "https://www.nikkei.com/article/DGXZQO0000000001/", "#0a2a57", "overlay-login",
     "この記事は会員限定です", "続きを読むには日経IDでログインしてください。初回1カ月無料で全記事が読めます。", ["ログイン", "無料で会員登録"]),
    ("ja-ovl-mainichi-consent", "ja", "毎日新聞", "https://mainichi.jp/articles/20261207/k00/00m/040/000000c", "#0063b1", "overlay-consent",
     "Cookieの利用について", "当サイトでは、サービス向上や広告配信のためにCookieを利用しています。「同意する」を押すと、Cookieの利用に同意したものとみなします。", ["同意する", "設定"]),
    ("en-ovl-guardian-consent", "en", "The Guardian", "https://www.theguardian.com/world/2026/dec/07/", "#052962", "overlay-consent",
     "Yes, I'm happy", "We and our partners use cookies to personalise ads and content. You can change your choices at any time by clicking 'Privacy settings' at the bottom of any page.", ["Yes, I'm happy", "Manage or reject cookies"]),
    ("en-ovl-jackdaniels-age", "en", "Jack Daniel's", "https://www.jackdaniels.com/en-us", "#000", "overlay-agegate",
     "Are you of legal drinking age?", "Enter your date of birth to continue. Please enjoy responsibly.", ["Enter", "I'm not"]),
    ("en-ovl-nyt-login", "en", "The New York Times", "https://www.nytimes.com/2026/12/07/us/politics/story.html", "#000", "overlay-login",
     "You've reached your limit of free articles", "Subscribe for $1 a week. Cancel anytime. Already a subscriber? Log in.", ["Subscribe", "Log in"]),
    ("en-ovl-substack", "en", "Substack", "https://lettersfromgrandma.substack.com/p/the-garden-in-december", "#ff6719", "overlay-newsletter",
     "Subscribe to Letters from Grandma", "Stories about gardens, cooking and the grandkids, every Sunday. Type your email…", ["Subscribe", "No thanks"]),
]


def overlays():
    for slug, lang, site, url, brand, cat, head, text, btns in OVL:
        ja = lang == "ja"
        ov = (f'<div id="ov" style="position:fixed;inset:0;background:rgba(0,0,0,.75);z-index:100;display:flex;align-items:center;justify-content:center">'
              f'<div style="background:#fff;max-width:480px;padding:30px;border-radius:10px;text-align:center"><h2 style="border:0">{esc(head)}</h2><p>{esc(text)}</p>'
              + ('<p><input placeholder="YYYY" size="5"> <input placeholder="MM" size="3"> <input placeholder="DD" size="3"></p>' if "jack" in slug else "")
              + ('<p><input type="email" placeholder="you@example.com"></p>' if "substack" in slug else "")
              + f'<button class="btn" id="b1">{esc(btns[0])}</button> <button class="btn sub" id="b2">{esc(btns[1])}</button></div></div>')
        main = ("<h1>" + esc(site) + ("" if ja else "") + "</h1>"
                + ("<p>本文の一部を表示しています。続きは会員登録のうえお読みください。</p><p>12月の商品ラインアップ、キャンペーン情報をご紹介します。</p>" if ja else
                   "<p>Article text continues below the overlay. The page is dimmed until you make a choice.</p><p>Latest stories, recipes and more.</p>"))
        js = ("document.body.style.overflow='hidden';document.getElementById('b1').addEventListener('click',function(){document.getElementById('ov').remove();document.body.style.overflow=''});"
              "document.getElementById('b2').addEventListener('click',function(){%s});" % ("history.back()" if cat == "overlay-agegate" else "document.getElementById('ov').remove();document.body.style.overflow=''"))
        lg(slug, url, cat, lang, f"{site}: full-window {cat.split('-')[1]} overlay that locks scrolling", site_page(slug, lang, site, site, main, brand, scripts=js, after_body=ov))


# ---------------------------------------------------------------- install docs with copy buttons
DOCS = [
    # slug, lang, site, url, brand, title, intro, steps: list of (text, cmd or None)
    ("en-docs-bun", "en", "Bun", "https://bun.sh/docs/installation", "#14151a", "Installation",
     "Bun ships as a single executable with no dependencies. To install on Windows, open PowerShell and run:",
     [("Windows (PowerShell)", 'powershell -c "irm bun.sh/install.ps1 | iex"'), ("macOS and Linux", "curl -fsSL https://bun.sh/install | bash"), ("Verify", "bun --version")]),
    ("en-docs-chocolatey", "en", "Chocolatey", "https://chocolatey.org/install", "#80b5e3", "Installing Chocolatey",
     "Run the following in an administrative PowerShell (right-click Start, choose Terminal (Admin)). Ensure Get-ExecutionPolicy is not Restricted.",
     [("Install", "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))"), ("Check", "choco -?")]),
    ("en-docs-uv", "en", "Astral uv", "https://docs.astral.sh/uv/getting-started/installation/", "#261230", "Installing uv",
     "Install uv with our standalone installers. Request a specific version by including it in the URL.",
     [("Windows", 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"'), ("macOS / Linux", "curl -LsSf https://astral.sh/uv/install.sh | sh"), ("With pip", "pip install uv")]),
    ("en-docs-ms-winsock", "en", "Microsoft Support", "https://support.microsoft.com/en-us/windows/fix-wi-fi-connection-issues-in-windows", "#0067b8", "Fix Wi-Fi connection issues in Windows",
     "If the network troubleshooter didn't help, reset the network stack. Press Windows logo key + X, select Terminal (Admin), and run these commands one at a time:",
     [("Reset Winsock", "netsh winsock reset"), ("Reset TCP/IP", "netsh int ip reset"), ("Release and renew", "ipconfig /release\nipconfig /renew\nipconfig /flushdns"), ("Then restart your PC", None)]),
    ("en-docs-apple-terminal", "en", "Apple Support", "https://support.apple.com/en-us/102662", "#0071e3", "How to create a bootable installer for macOS",
     "Open Terminal, which is in the Utilities folder of your Applications folder. Type or paste the command below, then press Return. Type your administrator password when prompted.",
     [("Sequoia", "sudo /Applications/Install\\ macOS\\ Sequoia.app/Contents/Resources/createinstallmedia --volume /Volumes/MyVolume"), ("Confirm", "Type Y to confirm you want to erase the volume, then press Return.")]),
    ("en-docs-homebrew", "en", "Homebrew", "https://brew.sh/", "#fbb040", "The Missing Package Manager for macOS (or Linux)",
     "Install Homebrew: paste that in a macOS Terminal or Linux shell prompt.",
     [("Install", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"'), ("Then", "brew install wget")]),
    ("en-docs-winget", "en", "Microsoft Learn", "https://learn.microsoft.com/en-us/windows/package-manager/winget/", "#0078d4", "Use WinGet to install and manage applications",
     "Press Win+R, type cmd and press Enter, or open Windows Terminal. Then use winget to install apps:",
     [("Search", "winget search vscode"), ("Install", "winget install --id Microsoft.VisualStudioCode -e"), ("Upgrade all", "winget upgrade --all")]),
    ("ja-docs-qiita-ps", "ja", "Qiita", "https://qiita.com/tanaka_infra/items/0a1b2c3d4e5f60718293", "#55c500", "【Windows】PowerShellでScoopを入れて開発環境を一発構築する",
     "Windowsキー＋X →「ターミナル」を開いて、以下を貼り付けて Enter してください（管理者権限は不要です）。",
     [("実行ポリシーの変更", "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser"), ("Scoopのインストール", "irm get.scoop.sh | iex"), ("アプリを入れる", "scoop install git nodejs python")]),
    ("ja-docs-ms-msconfig", "ja", "Microsoft サポート", "https://support.microsoft.com/ja-jp/topic/clean-boot-windows", "#0067b8", "Windows でクリーン ブートを実行する方法",
     "Windows ロゴ キー + R を押して「ファイル名を指定して実行」を開き、msconfig と入力して［OK］を選択します。",
     [("入力するコマンド", "msconfig"), ("［サービス］タブで［Microsoft のサービスをすべて非表示にする］をオンにして［すべて無効］", None)]),
    ("ja-docs-buffalo-ipconfig", "ja", "バッファロー", "https://www.buffalo.jp/support/faq/detail/15618.html", "#d71618", "パソコンのIPアドレスを確認する方法（Windows 11）",
     "キーボードの「Windows」キーを押しながら「R」キーを押し、「cmd」と入力して［OK］をクリックします。黒い画面（コマンドプロンプト）が表示されたら、次のコマンドを入力して Enter キーを押します。",
     [("コマンド", "ipconfig /all"), ("IPv4 アドレスの欄を確認してください", None)]),
    ("ja-docs-rust", "ja", "Rust", "https://www.rust-lang.org/ja/tools/install", "#000", "Rust をインストール",
     "macOS、Linux、その他Unix系OSをお使いなら、以下をターミナルで実行し、画面の指示に従ってください。",
     [("rustup", "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"), ("Windows では rustup-init.exe をダウンロードして実行します", None)]),
    ("ja-docs-univ-vpn", "ja", "東北大学 情報シナジー機構", "https://www.bureau.tohoku.ac.jp/vpn/win-setup.html", "#4b0082", "学外から学内ネットワークへ接続する（VPN 設定手順・Windows）",
     "管理者として PowerShell を開き（スタートボタンを右クリック→「ターミナル（管理者）」）、次のコマンドを貼り付けて実行すると VPN 接続が作成されます。",
     [("VPN接続の作成", 'Add-VpnConnection -Name "TohokuU-VPN" -ServerAddress "vpn.tohoku.ac.jp" -TunnelType Ikev2 -AuthenticationMethod Eap -RememberCredential'), ("確認", "Get-VpnConnection"), ("困ったときは 情報シナジー機構 ヘルプデスク（022-000-0101 平日9時～17時）", None)]),
]

COPY_JS = """
document.querySelectorAll('.copybtn').forEach(function(b){b.addEventListener('click',function(){var t=b.parentNode.querySelector('code').textContent;
navigator.clipboard.writeText(t).then(function(){b.textContent='%s';setTimeout(function(){b.textContent='%s'},1500)})})});
"""


def docs():
    for slug, lang, site, url, brand, title, intro, steps in DOCS:
        ja = lang == "ja"
        cb = "コピー" if ja else "Copy"
        parts = []
        for text, cmd in steps:
            parts.append(f"<h3>{esc(text)}</h3>" if cmd else f"<p>{esc(text)}</p>")
            if cmd:
                parts.append(f'<pre class="cmd"><code>{esc(cmd)}</code><button class="copybtn">{cb}</button></pre>')
        main = (f"<h1>{esc(title)}</h1><p>{esc(intro)}</p>" + "".join(parts)
                + f'<h2>{"トラブルシューティング" if ja else "Troubleshooting"}</h2>'
                + ("<p>コマンドが見つからない場合は、ターミナルを一度閉じて開き直してください。社内のPCでは管理者に確認してください。</p>" if ja else
                   "<p>If the command isn't found, close and reopen your terminal so the PATH is updated. Corporate machines may block scripts; ask your IT department.</p>"))
        js = COPY_JS % (("コピーしました", "コピー") if ja else ("Copied!", "Copy"))
        lg(slug, url, "install-docs-copy", lang, f"{site}: install/help doc with copy buttons (clipboard.writeText) and run-this-command steps",
           site_page(slug, lang, site, title, main, brand, scripts=js, ptype="docs"))


# ---------------------------------------------------------------- awareness pages quoting scams
AW = [
    ("ja-aw-ipa-anshin", "ja", "IPA 情報処理推進機構", "https://www.ipa.go.jp/security/anshin/attention/2025/mgdayori20251203.html", "#00479d",
     "安心相談窓口だより：偽のセキュリティ警告に表示された電話番号に電話をかけないで",
     [("quote", "警告！ お使いのコンピューターはウイルスに感染しています。今すぐサポートに電話してください。050-0000-1234（通話無料）"),
      ("p", "このような画面が表示されても、電話をかけないでください。警告音が鳴ったり、全画面表示になって閉じられないように見えたりしますが、ブラウザを終了すれば消えます。"),
      ("p", "電話をかけると、遠隔操作ソフトをインストールさせられ、サポート料金として電子マネーを購入させられる被害が続いています。"),
      ("p", "閉じ方：キーボードの Esc キーを長押しして全画面を解除し、ブラウザの×で閉じます。閉じられない場合は Ctrl+Alt+Delete からタスクマネージャーを起動してください。")]),
    ("ja-aw-antiphishing", "ja", "フィッシング対策協議会", "https://www.antiphishing.jp/news/alert/sagawa_20261201.html", "#00838f",
     "佐川急便をかたるフィッシング（2026/12/01）",
     [("p", "佐川急便をかたるフィッシングの報告を受けています。"),
      ("quote", "お荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。下記よりご確認ください。 https://sagawa-xxxx.example/"),
      ("p", "フィッシングサイトでは、再配達の手数料として330円の支払いを求め、クレジットカード番号、有効期限、セキュリティコード、SMSで届く認証コードを入力させます。"),
      ("p", "このようなフィッシングサイトにて、アカウント情報（ID、パスワード）、クレジットカード情報等を絶対に入力しないよう注意してください。")]),
    ("ja-aw-npa-niseke", "ja", "警察庁", "https://www.npa.go.jp/bureau/safetylife/sos47/case/nisekeisatsu/", "#003d7c",
     "ニセ警察詐欺に注意！",
     [("p", "警察官を名乗る者から「あなたの口座が犯罪に使われている」「逮捕状が出ている」などと電話があり、SNSのビデオ通話で偽の警察手帳や逮捕状を見せられ、「資産を保護する」として送金させられる被害が急増しています。"),
      ("quote", "警視庁捜査二課です。あなた名義の口座がマネーロンダリングに使われています。このURLから事件の内容を確認してください。"),
      ("p", "ホンモノの警察官は、電話で捜査対象になっていると伝えたり、SNSで連絡したり、逮捕状の画像を送ったり、お金を要求したりすることはありません。"),
      ("p", "少しでも不審に思ったら、電話を切って #9110 または最寄りの警察署へ。")]),
    ("ja-aw-jc3-clickfix", "ja", "日本サイバー犯罪対策センター（JC3）", "https://www.jc3.or.jp/threats/topics/article-600.html", "#004a8f",
     "偽のCAPTCHA認証画面からマルウェアを実行させる手口に注意",
     [("p", "Webサイトの閲覧中に「ロボットではないことを確認」などと表示され、指示どおりにキー操作をするとマルウェアに感染する手口が確認されています。"),
      ("quote", "確認手順：1. Windowsキー＋Rを押す　2. Ctrl＋Vを押す　3. Enterキーを押す"),
      ("p", "ボタンを押した時点で、クリップボードに不正なコマンドがコピーされています。本物のCAPTCHA認証が、キーボードでコマンドを実行させることはありません。"),
      ("p", "最近は「Windowsキー＋X」で管理者用ターミナルを開かせるものや、Macで「ターミナル」に貼り付けさせるものも確認されています。")]),
    ("ja-aw-kokusen", "ja", "国民生活センター", "https://www.kokusen.go.jp/mimamori/mj_mailmag/mj-shinsen520.html", "#e95504",
     "見守り新鮮情報：アダルトサイトの「登録完了」画面、あわてて連絡しないで",
     [("p", "動画の再生ボタンをクリックしたら「会員登録が完了しました。料金9万8千円を3日以内にお支払いください」と表示され、あわてて記載の電話番号に連絡してしまったという相談が寄せられています。"),
      ("quote", "ご登録ありがとうございます。お客様のIPアドレス・端末情報を記録しました。期限内にご入金がない場合、法的手続きに移行します。"),
      ("p", "契約は成立していないと考えられます。業者に連絡すると、かえって個人情報を知られてしまいます。無視しましょう。困ったら消費者ホットライン188へ。")]),
    ("ja-aw-trendmicro-blog", "ja", "トレンドマイクロ セキュリティブログ", "https://www.trendmicro.com/ja_jp/research/26/l/fake-update.html", "#d71920",
     "偽のブラウザ更新画面からマルウェアを配布する攻撃が継続",
     [("p", "正規のWebサイトが改ざんされ、訪問者に「ブラウザの更新が必要です」という偽の画面を表示する攻撃が続いています。"),
      ("quote", "Chromeのバージョンが古いため、このページを表示できません。［今すぐ更新］"),
      ("p", "［今すぐ更新］を押すと、ZIPファイルやMSIXファイルがダウンロードされ、実行すると遠隔操作型マルウェアに感染します。Teamsや Zoom の更新を装うものも確認されています。"),
      ("p", "ブラウザの更新は、ブラウザの設定画面から行ってください。")]),
    ("ja-aw-nhk-smishing", "ja", "NHK", "https://www3.nhk.or.jp/news/html/20261207/k10014600000000.html", "#0076d1",
     "証券口座の乗っ取り相次ぐ　偽サイトでパスワード入力させる手口",
     [("p", "証券会社をかたる偽のメールやSMSからログインページに似せた偽サイトへ誘導し、IDやパスワード、取引暗証番号を盗んで口座を乗っ取る被害が相次いでいます。"),
      ("quote", "【重要】お客様の口座で不審な取引を検知しました。24時間以内に本人確認を完了してください。"),
      ("p", "証券各社はログインの際に多要素認証を必須にするなど対策を強化しています。金融庁は、メールのリンクからログインしないよう呼びかけています。")]),
    ("en-aw-ms-clickfix", "en", "Microsoft Security Blog", "https://www.microsoft.com/en-us/security/blog/2025/08/21/think-before-you-clickfix/", "#0067b8",
     "Think before you ClickFix: Analyzing the ClickFix social engineering technique",
     [("p", "ClickFix tricks users into running malicious commands on their own devices by presenting fake fixes, CAPTCHA checks or error messages."),
      ("quote", "Verification steps: 1. Press Windows Button + R  2. Press CTRL + V  3. Press Enter"),
      ("p", "The page silently copies a command such as mshta or PowerShell to the clipboard. Variants target macOS users with Terminal instructions and use fake Cloudflare Turnstile, Booking.com and Teams lures."),
      ("p", "Recommendations: block the Run dialog via policy, enable PowerShell logging, and educate users that no website needs you to paste commands.")]),
    ("en-aw-malwarebytes-tss", "en", "Malwarebytes Labs", "https://www.malwarebytes.com/blog/scams/2026/11/browser-lockers-full-screen", "#0d3ecc",
     "Tech support scammers abuse full screen and keyboard lock",
     [("p", "Browser lockers now request full screen and lock the keyboard so that the Esc key does nothing, making the fake warning look like the whole computer is frozen."),
      ("quote", "Windows Defender Security Center — Access to this PC has been blocked for security reasons. Call Windows Support: 1-888-555-0198"),
      ("p", "Hold the Esc key for a couple of seconds to leave full screen, then close the tab. Never call the number.")]),
    ("en-aw-ftc-toll", "en", "FTC Consumer Advice", "https://consumer.ftc.gov/consumer-alerts/2026/11/unpaid-toll-text-scam", "#2d6e8e",
     "Got a text about unpaid tolls? It's probably a scam",
     [("quote", "E-ZPass: You have an outstanding toll of $4.15. Pay now to avoid a $50 late fee: https://ezpass-pay.example"),
      ("p", "The link leads to a fake site that asks for your credit card number and then a verification code. Don't click. Check your account using the toll agency's real website or app.")]),
    ("en-aw-bbc-police", "en", "BBC News", "https://www.bbc.com/news/articles/c0000000000o", "#bb1919",
     "Fake police video calls: how scammers in Japan convince victims they're under investigation",
     [("p", "In Japan, losses to fraudsters posing as police officers have soared. Victims receive a call saying their bank account was used for money laundering, then a video call with a uniformed 'officer' showing an arrest warrant."),
      ("quote", "This is the Metropolitan Police. An arrest warrant has been issued in your name. To prove your innocence, transfer your savings for inspection."),
      ("p", "Japanese police stress they never show warrants over video calls or ask for money.")]),
    ("en-aw-aarp-remote", "en", "AARP", "https://www.aarp.org/money/scams-fraud/info-2026/refund-remote-access.html", "#c8102e",
     "The refund scam: 'We paid you too much'",
     [("p", "A caller says you're owed a refund for a canceled subscription, then asks you to install AnyDesk or another app so they can 'process' it. They show a fake bank page with too much money credited and demand you send back the difference in gift cards."),
      ("quote", "Our system has refunded $2,999.00 by mistake instead of $299.00. Please return the difference immediately or we will lose our job."),
      ("p", "Hang up. Call your bank at the number on your card. AARP Fraud Watch Network Helpline: 877-908-3360.")]),
]


def awareness():
    for slug, lang, site, url, brand, title, blocks in AW:
        main = f"<h1>{esc(title)}</h1>"
        for kind, t in blocks:
            main += (f'<blockquote style="border:2px dashed #c00;background:#fff5f5;padding:12px 16px;margin:14px 0">{esc(t)}</blockquote>' if kind == "quote" else f"<p>{esc(t)}</p>")
        main += ('<p class="note">画像はイメージです。表示される電話番号などは実際とは異なります。</p>' if lang == "ja" else '<p class="note">Example shown for illustration; details changed.</p>')
        lg(slug, url, "awareness-news", lang, f"{site}: awareness article quoting scam wording", site_page(slug, lang, site, title, main, brand))
    # IPA's practice site that shows a fake warning on purpose (grey area: warn acceptable)
    ja_body = ('<div id="fake" style="position:fixed;inset:0;background:#0050a0;color:#fff;padding:40px;font-size:20px;z-index:10">'
               '<div style="background:#fff;color:#000;display:inline-block;padding:4px 10px;font-size:14px">体験用の画面です（本物の警告ではありません）</div>'
               '<h1 style="border:0">Windows セキュリティの警告（体験）</h1><p>お使いのコンピューターはウイルスに感染しています（これは練習用の偽の表示です）</p>'
               '<p>サポートに電話してください：0120-XXX-XXX（実在しません）</p>'
               '<p style="font-size:16px">【練習】この画面を閉じてみましょう。Escキーを長押しすると全画面が解除されます。</p>'
               '<button id="start" style="font-size:18px;padding:8px 20px">体験を開始（全画面・警告音あり）</button></div>')
    main = ("<h1>偽セキュリティ警告画面の閉じ方体験サイト</h1><p>このサイトは、パソコンに突然表示される「偽のセキュリティ警告画面」を安全に体験し、閉じ方を練習するためのものです。実際の偽警告と同じように、全画面表示や警告音が出ます。</p>"
            "<ol><li>「体験を開始」を押します</li><li>警告音が鳴り、全画面で偽の警告が表示されます</li><li>Escキーを長押しして全画面を解除し、ブラウザを閉じてください</li></ol>")
    js = ("document.getElementById('start').addEventListener('click',function(){document.documentElement.requestFullscreen&&document.documentElement.requestFullscreen().catch(function(){});"
          "try{var a=new AudioContext(),o=a.createOscillator(),g=a.createGain();o.frequency.value=900;g.gain.value=0.05;o.connect(g);g.connect(a.destination);o.start();setTimeout(function(){o.stop()},5000)}catch(e){}});")
    lg("ja-aw-ipa-taiken", "https://www.ipa.go.jp/security/anshin/measures/fakealert-taiken/", "awareness-news", "ja",
       "IPA practice site that shows a labelled fake warning with full screen and beep on a click (training); warn acceptable",
       site_page("ja-aw-ipa-taiken", "ja", "IPA 情報処理推進機構", "偽セキュリティ警告画面の閉じ方体験サイト", main, "#00479d", scripts=js, after_body=ja_body), expect="notblock")


# ---------------------------------------------------------------- shops: security software renewals, countdowns
SHOP = [
    ("ja-shop-norton-renew", "ja", "ノートン", "https://jp.norton.com/renewal", "#ffc800", "security-shop",
     "ノートン 360 の有効期限が近づいています", "ご利用中のノートン 360 スタンダードは 2026年12月21日 に有効期限を迎えます。自動延長をオンにすると、保護が途切れません。",
     "更新価格 5,980円（税込）/1年", False),
    ("ja-shop-eset", "ja", "ESET（キヤノンMJ）", "https://eset-info.canon-its.jp/renewal/", "#007a87", "security-shop",
     "ESET 更新手続き", "ライセンスの有効期限が切れると、ウイルス定義データベースのアップデートができなくなります。期限の30日前から更新できます。",
     "3年版 9,900円（税込）", False),
    ("en-shop-mcafee-renew", "en", "McAfee", "https://www.mcafee.com/en-us/my-account/renew.html", "#c01818", "security-shop",
     "Your protection expires in 5 days", "Renew now to keep your devices protected. Auto-renewal is off for your McAfee+ Premium subscription.",
     "$89.99/yr — Renew now", True),
    ("ja-shop-rakuten-sale", "ja", "楽天市場", "https://event.rakuten.co.jp/campaign/supersale/", "#bf0000", "countdown-shop",
     "楽天スーパーSALE 開催中！", "ポイント最大44倍！半額以下の目玉商品多数。終了まであとわずか。", "終了まで", True),
    ("ja-shop-amazon-timesale", "ja", "Amazon.co.jp", "https://www.amazon.co.jp/deals", "#ff9900", "countdown-shop",
     "タイムセール祭り", "数量限定・期間限定の特選タイムセール。カートに入れても在庫は確保されません。", "残り時間", True),
    ("en-shop-bestbuy", "en", "Best Buy", "https://www.bestbuy.com/site/misc/deal-of-the-day", "#0046be", "countdown-shop",
     "Deal of the Day", "Today only! Save $150 on this 65\" 4K TV. Limited quantities.", "Ends in", True),
]

CD_JS = """
var end=Date.now()+%d*1000;setInterval(function(){var s=Math.max(0,Math.floor((end-Date.now())/1000));document.getElementById('cd').textContent=
String(Math.floor(s/3600)).padStart(2,'0')+':'+String(Math.floor(s/60)%%60).padStart(2,'0')+':'+String(s%%60).padStart(2,'0')},1000);
"""


def shops():
    for i, (slug, lang, site, url, brand, cat, title, text, price, cd) in enumerate(SHOP):
        ja = lang == "ja"
        main = (f"<h1>{esc(title)}</h1><p>{esc(text)}</p><div class=\"card\"><p><strong>{esc(price)}</strong> "
                + ('<span id="cd" style="font-size:22px;color:#c00;font-weight:700">--:--:--</span>' if cd else "")
                + f'</p><button class="btn" id="cart">{"カートに入れる" if ja else "Add to cart"}</button></div>'
                + ul(["自動延長サービスはいつでも停止できます", "返金保証：60日以内", "お問い合わせ：カスタマーサポート（チャット）"] if cat == "security-shop" and ja else
                     ["Cancel auto-renewal anytime", "60-day money-back guarantee", "Sign in to manage your subscription"] if cat == "security-shop" else
                     ["送料無料（一部地域を除く）", "ポイント還元", "お一人様2点まで"] if ja else ["Free shipping", "Price match guarantee", "Limit 2 per customer"]))
        js = (CD_JS % (3600 * 5 + i * 777) if cd else "") + "var inCart=false;document.getElementById('cart').addEventListener('click',function(){inCart=true});window.addEventListener('beforeunload',function(e){if(inCart){e.preventDefault();e.returnValue=''}});"
        lg(slug, url, cat, lang, f"{site}: {'renewal page with expiry wording' if cat=='security-shop' else 'sale countdown'}; beforeunload once the cart has items",
           site_page(slug, lang, site, title, main, brand, scripts=js, ptype="shop"))


# ---------------------------------------------------------------- real login / checkout forms
LOGIN = [
    ("ja-login-sbi", "ja", "SBI証券", "https://site1.sbisec.co.jp/ETGate/", "#0068b7", "login-form",
     "ログイン", ["ユーザーネーム", "ログインパスワード"], "【重要】当社を装ったフィッシングメールにご注意ください。当社がメールでログインを求め、取引パスワードを入力させることはありません。デバイス認証を必ず設定してください。"),
    ("ja-login-rakutensec", "ja", "楽天証券", "https://member.rakuten-sec.co.jp/app/Login.do", "#bf0000", "login-form",
     "楽天証券 ログイン", ["ログインID", "パスワード"], "多要素認証（ログイン追加認証）が必須になりました。不審なSMSやメールのリンクからログインしないでください。"),
    ("ja-login-mufg", "ja", "三菱UFJ銀行", "https://entry11.bk.mufg.jp/ibg/dfw/APLIN/loginib/login", "#d80c18", "login-form",
     "三菱UFJダイレクト ログイン", ["契約番号", "ログインパスワード"], "ワンタイムパスワードをメールのリンク先で入力させることはありません。"),
    ("en-login-paypal", "en", "PayPal", "https://www.paypal.com/signin", "#003087", "login-form",
     "Log in to your PayPal account", ["Email or mobile number", "Password"], "PayPal will never ask you for your password or one-time code by email or text."),
    ("en-checkout-stripe", "en", "Stripe Checkout", "https://checkout.stripe.com/c/pay/cs_live_a1b2c3", "#635bff", "checkout-form",
     "Pay Maple Grove Garden Club", ["Email", "Card information", "Name on card", "ZIP"], "Annual membership $35.00. Powered by Stripe. Terms · Privacy"),
    ("ja-checkout-yamato", "ja", "クロネコメンバーズ", "https://cmypage.kuronekoyamato.co.jp/portal/payment", "#ffd700", "checkout-form",
     "着払い・代金引換のお支払い（クレジットカード）", ["カード番号", "有効期限", "セキュリティコード"], "クロネコメンバーズにログインした状態でのみ表示されます。ヤマト運輸がSMSで送料の支払いを求めることはありません。"),
]


def logins():
    for slug, lang, site, url, brand, cat, title, fields, note in LOGIN:
        ja = lang == "ja"
        fs = "".join(f'<p><label>{esc(f)}<br><input {"type=password " if "パスワード" in f or "Password" in f or "セキュリティ" in f else ""}size="30"></label></p>' for f in fields)
        main = (f'<h1>{esc(title)}</h1><form class="card" onsubmit="return false">{fs}<button class="btn">{"ログイン" if ja and cat=="login-form" else "お支払い" if ja else "Log In" if cat=="login-form" else "Pay $35.00"}</button></form>'
                f'<p class="note">{esc(note)}</p>')
        lg(slug, url, cat, lang, f"{site}: real {cat.split('-')[0]} form with phishing notice", site_page(slug, lang, site, title, main, brand))


# ---------------------------------------------------------------- app-install overlays and real iOS profiles
APPS = [
    ("ja-app-paypay-banner", "ja", "PayPay", "https://paypay.ne.jp/guide/", "#ff0033", "app-install-overlay",
     "PayPayアプリで開く", "このページはアプリでより便利にご利用いただけます。App Store / Google Play からインストールしてください。", "アプリで開く", "https://apps.apple.com/jp/app/paypay/id1435783608"),
    ("en-app-reddit-banner", "en", "Reddit", "https://www.reddit.com/r/gardening/", "#ff4500", "app-install-overlay",
     "See Reddit in…", "Reddit App — Open. Browser — Continue.", "Open", "https://apps.apple.com/app/reddit/id1064216828"),
    ("ja-app-eduroam-profile", "ja", "名古屋大学 情報連携推進本部", "https://icts.nagoya-u.ac.jp/ja/services/eduroam/ios.html", "#00427e", "app-install-overlay",
     "eduroam 設定プロファイル（iPhone / iPad）", "学内無線LAN（eduroam）を使うための構成プロファイルです。ダウンロード後、「設定」→「プロファイルがダウンロードされました」→「インストール」と進み、パスコードを入力してください。", "プロファイルをダウンロード", "eduroam-nagoya-u.mobileconfig"),
    ("en-app-jamf-enroll", "en", "Jamf (Lakeview School District)", "https://lakeviewsd.jamfcloud.com/enroll/", "#5d2a8f", "app-install-overlay",
     "Enroll your iPad", "Your district requires this device to be enrolled. Tap Continue to download the enrollment profile, then open Settings > Profile Downloaded > Install. Contact the district help desk at 555-0142 with questions.", "Continue", "enrollmentProfile.mobileconfig"),
    ("ja-app-docomo-anshin", "ja", "NTTドコモ", "https://www.docomo.ne.jp/service/anshin_security/install/", "#cc0033", "app-install-overlay",
     "あんしんセキュリティ アプリのインストール", "迷惑電話・危険サイト・ウイルスから守るアプリです。Google Play からインストールしてください（Android 版）。提供元不明のアプリ（APKファイル）をインストールするよう案内することはありません。", "Google Play で入手", "https://play.google.com/store/apps/details?id=com.nttdocomo.android.anshinsecurity"),
]


def apps():
    for slug, lang, site, url, brand, cat, title, text, btn, href in APPS:
        main = (f"<h1>{esc(title)}</h1><p>{esc(text)}</p><p><a class=\"btn\" href=\"{esc(href)}\">{esc(btn)}</a></p>"
                + ("<table class=\"t\"><tr><th>SSID</th><td>eduroam</td></tr><tr><th>認証方式</th><td>PEAP / MSCHAPv2</td></tr><tr><th>問い合わせ</th><td>情報連携推進本部 ヘルプデスク（052-000-0140）</td></tr></table>" if "eduroam" in slug else ""))
        after = ""
        if "banner" in slug:
            after = (f'<div style="position:fixed;left:0;right:0;bottom:0;background:#fff;box-shadow:0 -2px 10px rgba(0,0,0,.3);padding:16px;z-index:50">'
                     f'<strong>{esc(title)}</strong><p>{esc(text)}</p><a class="btn" href="{esc(href)}">{esc(btn)}</a> <button class="btn sub" onclick="this.parentNode.remove()">{"ブラウザで続ける" if lang=="ja" else "Continue"}</button></div>')
        lg(slug, url, cat, lang, f"{site}: {'app-store banner' if 'banner' in slug else 'real configuration profile / app install page'}",
           site_page(slug, lang, site, title, main, brand, after_body=after))


def build():
    push()
    overlays()
    docs()
    awareness()
    shops()
    logins()
    apps()
