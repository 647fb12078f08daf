"""Scams, part C: one-click billing, fake app installs (APK, iOS profiles), smishing landing pages."""
from kit import add, esc, ul, bare_page, site_page, scam_wrap

S = "scam"


def sc(slug, url, cat, lang, note, repo, html, expect="block"):
    add(slug, S, expect, url, cat, lang, note, repo, "-", html)


# --------------------------------------------------------------- one-click billing (ja)
OC_CSS = ("body{margin:0;background:#111;color:#eee;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif}.w{max-width:620px;margin:0 auto;background:#1c1c1c;padding:20px 24px}"
          "h1{color:#ff4d6d;font-size:24px}.amt{font-size:34px;color:#ffdf3d;font-weight:700}table{border-collapse:collapse;width:100%}td,th{border:1px solid #555;padding:6px;font-size:13px}"
          ".info{background:#000;border:1px solid #444;padding:10px;font-family:monospace;font-size:13px}.tel{font-size:24px;color:#7df;font-weight:700}.tok{font-size:11px;color:#aaa}")
OC_INFO = """var ua=navigator.userAgent,d=new Date();document.getElementById('ua').textContent=ua;document.getElementById('dt').textContent=d.toLocaleString('ja-JP');
document.getElementById('ip').textContent='203.0.113.'+(d.getSeconds()+10);"""
OC_TOK = ('<h2 style="font-size:15px">特定商取引法に基づく表記</h2><table><tr><th>販売業者</th><td>合同会社エムアールシー企画（架空）</td></tr><tr><th>所在地</th><td>東京都港区南青山0-0-0</td></tr>'
          '<tr><th>支払方法</th><td>銀行振込・コンビニ払い・電子マネー</td></tr><tr><th>返品</th><td>商品の性質上、ご入会後の返金・取消はできません</td></tr></table>')

OC = [
    ("ja-oc-kanryo-shutter", "https://av-premium-douga.example.com/touroku/kanryo.html",
     "会員登録が完了しました", "99,800円", "3日以内",
     "ご登録ありがとうございます。お客様は年会員（見放題プラン）として登録されました。期限内にお支払いがない場合、延滞金（1日につき5,000円）を加算し、お客様の端末情報をもとに法的手続きに移行します。",
     "退会・誤登録の方はこちら（サポート窓口）", "050-0000-9161", ["shutter"],
     "registration-complete page with shutter sound ('your photo was taken'), device info, legal threat"),
    ("ja-oc-line-support", "https://otona-douga-club.example.net/regist/complete",
     "【ご入会ありがとうございます】", "59,000円", "本日中",
     "動画の再生ボタンを押したことにより、利用規約に同意のうえ有料会員への登録が完了しました。誤ってご登録された方は、LINEで「誤登録」と送信してください。担当者が解約手続きをご案内します。",
     "LINEで誤登録を申請（ID: @gotouroku-center）", "", ["bu"],
     "one-click billing with a LINE 'wrong registration' contact, beforeunload"),
    ("ja-oc-geo-address", "https://jukujo-douga.example.org/ok/",
     "ご登録完了（住所特定済み）", "120,000円", "48時間以内",
     "お客様の位置情報から、ご住所を特定しました。お支払いいただけない場合、ご自宅へ回収担当者が伺います。",
     "今すぐ電話で支払い方法を確認", "0120-000-647", ["geo", "timer"],
     "one-click billing that asks for geolocation and claims the address was found, countdown"),
    ("ja-oc-popup-loop", "https://muryou-sample-douga.example.com/play/88?agree=1",
     "有料会員登録完了のお知らせ", "79,800円", "72時間以内",
     "ご利用ありがとうございます。入会金および年会費をお支払いください。お支払いが確認できない場合、ご契約のプロバイダ・携帯電話会社に照会のうえ、ご請求いたします。",
     "料金のお支払い・退会手続き", "050-0000-2783", ["alertloop", "hist"],
     "alert loop 'registration complete' + history trap"),
    ("ja-oc-sms-form", "https://deai-touroku.example.net/member/fin",
     "本登録が完了しました（出会い系・プレミアム会員）", "38,000円（ポイント購入代金）", "本日23:59",
     "ポイント未払いのままメッセージを閲覧されたため、ポイント購入代金が発生しています。未払いの場合、民事訴訟の手続きを開始します。下のフォームに電話番号を入力してください。SMSで支払い方法をお送りします。",
     "電話番号を送信", "", ["form"],
     "dating-site one-click billing that collects the phone number for an SMS 'payment guide'"),
    ("ja-oc-fee-growing", "https://gazou-matome-18.example.org/vip/",
     "VIP会員登録完了", "49,800円", "期限超過",
     "お支払い期限を過ぎています。延滞料が毎秒加算されています。至急ご入金ください。",
     "延滞料を止める（電話）", "０５０－００００－４４７２", ["grow", "vib"],
     "late fee growing every second with full-width number and vibration"),
    ("ja-oc-prepaid", "https://kaiin-tetsuzuki.example.com/pay/",
     "お支払い方法のご案内（電子マネー）", "59,800円", "本日中",
     "お支払いは、コンビニで販売している電子マネー（Apple Gift Card / Google Play ギフトカード）をご購入のうえ、カード裏面の番号を下の欄に入力してください。",
     "番号を送信する", "050-0000-3390", ["cardform"],
     "one-click billing payment page asking for gift-card numbers"),
]


OC_SITE = {"ja-oc-kanryo-shutter": "プレミアム動画倶楽部", "ja-oc-line-support": "大人の動画クラブ", "ja-oc-geo-address": "熟女動画ナビ",
           "ja-oc-popup-loop": "無料サンプル動画館", "ja-oc-sms-form": "出会いコミュニティ", "ja-oc-fee-growing": "画像まとめ18", "ja-oc-prepaid": "会員手続きセンター"}


def oneclick():
    for slug, url, title, amt, due, text, btn, tel, feats, note in OC:
        parts = [f'<div class="w"><h1>{esc(title)}</h1><p>{esc(text)}</p><table><tr><th>ご請求金額</th><td class="amt" id="amt">{esc(amt)}</td></tr><tr><th>お支払い期限</th><td>{esc(due)} <b id="tmr"></b></td></tr>'
                 '<tr><th>会員ID</th><td>MR-20261207-0417</td></tr></table>'
                 '<div class="info">IPアドレス：<span id="ip"></span><br>ご利用端末：<span id="ua"></span><br>登録日時：<span id="dt"></span><br>ご住所：<span id="addr">照会中…</span></div>']
        if tel:
            parts.append(f'<p>{esc(btn)}</p><p class="tel">{esc(tel)}</p><p class="tok">受付時間 10:00～20:00（土日も営業）</p>')
        else:
            parts.append(f'<p><button id="b">{esc(btn)}</button></p>')
        if "form" in feats:
            parts.append('<p><input id="telno" placeholder="090-0000-0000"> <button id="send">送信</button></p>')
        if "cardform" in feats:
            parts.append('<p><input placeholder="XXXX-XXXX-XXXX-XXXX" size="24"> <button id="send">送信</button></p>')
        parts.append(OC_TOK + "</div>")
        js = OC_INFO
        if "shutter" in feats:
            js += ("\ntry{var a=new AudioContext(),n=a.createBufferSource(),b=a.createBuffer(1,8000,8000),c=b.getChannelData(0);for(var i=0;i<8000;i++)c[i]=(Math.random()*2-1)*Math.exp(-i/600);"
                   "n.buffer=b;n.connect(a.destination);document.addEventListener('click',function(){n.start()},{once:true})}catch(e){}"
                   "\ndocument.getElementById('addr').textContent='端末のカメラで撮影しました';")
        if "bu" in feats:
            js += "\nwindow.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue='登録は取り消されません'});"
        if "geo" in feats:
            js += "\nnavigator.geolocation&&navigator.geolocation.getCurrentPosition(function(p){document.getElementById('addr').textContent='緯度'+p.coords.latitude.toFixed(3)+' 経度'+p.coords.longitude.toFixed(3)+'（特定済み）'},function(){document.getElementById('addr').textContent='東京都内（プロバイダ照会済み）'});"
        if "timer" in feats:
            js += "\nvar s=172800;setInterval(function(){s--;document.getElementById('tmr').textContent='残り '+Math.floor(s/3600)+'時間'+Math.floor(s/60)%60+'分'+s%60+'秒'},1000);"
        if "alertloop" in feats:
            js += "\nsetTimeout(function(){for(var i=0;i<4;i++){alert('会員登録が完了しました。料金79,800円を72時間以内にお支払いください。')}},800);"
        if "hist" in feats:
            js += "\nfor(var h=0;h<40;h++){history.pushState(null,'',location.href)}window.addEventListener('popstate',function(){history.pushState(null,'',location.href)});"
        if "grow" in feats:
            js += "\nvar base=49800,t0=Date.now();setInterval(function(){var v=base+Math.floor((Date.now()-t0)/1000)*37;document.getElementById('amt').textContent=v.toLocaleString('ja-JP')+'円（延滞料込み）'},1000);"
        if "vib" in feats:
            js += "\ndocument.addEventListener('click',function(){navigator.vibrate&&navigator.vibrate([800,300,800])});"
        if "send" in "".join(parts):
            js += "\ndocument.getElementById('send').addEventListener('click',function(){this.textContent='送信しました'});"
        sc(slug, url, "one-click-billing", "ja", note, "article:www.kokusen.go.jp", scam_wrap(slug, "ja", "clone", title, "".join(parts), OC_CSS, js, OC_SITE[slug], "#e4007f"))


# --------------------------------------------------------------- fake app installs
APPS = [
    ("ja-ai-sagawa-apk", "ja", "https://sagawa-app-jp.example.net/", "#0b3f8f", "佐川急便",
     "お荷物の配達状況をご確認いただくには、専用アプリのインストールが必要です", "セキュリティ強化のため、Webでの追跡サービスは終了しました。以下からアプリをダウンロードし、「提供元不明のアプリ」を許可してインストールしてください。",
     "sagawa_tracking.apk", "android", "fake delivery app APK with 'allow unknown sources' steps"),
    ("ja-ai-keisatsu-app", "ja", "https://npa-sousa-app.example.org/install", "#1b2a4a", "警察庁 捜査支援",
     "捜査協力用アプリ「ケイサツ・ポータル」のインストール", "担当捜査官の指示に従い、資産保全の確認のためアプリをインストールしてください。インストール後、担当者が画面を共有して口座の確認を行います。",
     "npa_portal_v2.apk", "android", "fake police 'investigation app' APK (fake-police scam with remote screen sharing)"),
    ("ja-ai-mynapoint-profile", "ja", "https://myna-hoken-touroku.example.com/ios/", "#1a4a8a", "マイナ保険証 登録センター",
     "iPhoneで マイナ保険証 の登録を完了する", "登録を完了するには、構成プロファイルをインストールしてください。「設定」→「プロファイルがダウンロードされました」→「インストール」を押し、パスコードを入力します。",
     "myna-hoken.mobileconfig", "ios", "fake health-insurance-card registration that installs an iOS configuration profile"),
    ("ja-ai-bank-security", "ja", "https://smbc-anshin-app.example.net/dl", "#004831", "三井住友銀行（偽）",
     "【必須】セキュリティアプリの更新", "不正送金対策のため、12月15日以降は新しいセキュリティアプリが必要です。旧アプリではログインできなくなります。",
     "smbc_security_2026.apk", "android", "fake bank security-app APK"),
    ("ja-ai-wifi-free", "ja", "https://free-wifi-station.example.jp/connect", "#00a0e9", "FREE Wi-Fi SPOT",
     "無料Wi-Fiに接続するには、接続プロファイルをインストールしてください", "駅・空港で使える無料Wi-Fiです。プロファイルをインストールすると、次回から自動で接続します。VPN設定が追加されます。",
     "freewifi-vpn.mobileconfig", "ios", "public Wi-Fi lure installing an iOS profile with a VPN payload"),
    ("en-ai-usps-app", "en", "https://usps-redelivery-app.example.com/", "#333366", "USPS",
     "Install the USPS Delivery app to reschedule", "Your package is held at the facility. Web redelivery is no longer available. Download our app and allow installation from this source.",
     "usps_delivery.apk", "android", "fake USPS APK lure"),
    ("en-ai-mdm-bank", "en", "https://chase-device-enroll.example.net/ios", "#117aca", "Chase Device Security",
     "Enroll your iPhone to continue using mobile banking", "New regulations require device enrollment. Install the security profile, then tap Trust in Settings > General > VPN & Device Management.",
     "chase-security.mobileconfig", "ios", "fake bank MDM enrollment profile"),
    ("en-ai-tiktok-mod", "en", "https://tiktok-plus-free.example.org/", "#000", "TikTok Plus",
     "Get TikTok Plus — free coins and no ads", "Install the Plus version. Google Play Protect may warn you: tap 'Install anyway'.",
     "tiktok_plus_v34.apk", "android", "modded-app APK lure with 'install anyway' instructions"),
]


def apps():
    for slug, lang, url, brand, site, title, text, fn, plat, note in APPS:
        ja = lang == "ja"
        steps = (["ダウンロードしたファイルを開きます", "「設定」→「この提供元のアプリを許可」をオンにします", "「インストール」を押します", "アプリを開き、ログインしてください"] if plat == "android" and ja else
                 ["「許可」を押してプロファイルをダウンロード", "設定 → 一般 → VPNとデバイス管理", "「インストール」を押してパスコードを入力", "「信頼」をオンにします"] if ja else
                 ["Open the downloaded file", "Tap Settings and allow this source", "Tap Install anyway", "Open the app and sign in"] if plat == "android" else
                 ["Tap Allow to download the profile", "Open Settings > Profile Downloaded", "Tap Install and enter your passcode", "Tap Trust"])
        main = (f"<h1>{esc(title)}</h1><p>{esc(text)}</p><p><a class=\"btn\" id=\"dl\" href=\"{fn}\" download>{'ダウンロード' if ja else 'Download'}</a></p>"
                + "<ol>" + "".join(f"<li>{esc(s)}</li>" for s in steps) + "</ol>")
        js = "setTimeout(function(){document.getElementById('dl').click()},3000);" if plat == "android" else ""
        sc(slug, url, "app-install-lure", lang, note, "article:www.antiphishing.jp" if ja else "article:www.malwarebytes.com",
           site_page(slug, lang, site, title, main, brand, scripts=js))


# --------------------------------------------------------------- smishing landing pages
SMISH = [
    # slug, lang, url, site, brand, title, lead, fields(list), amount, step2, note
    ("ja-sm-sagawa-fee", "ja", "https://sagawa-exp-redelivery.example.com/re/", "佐川急便", "#0b3f8f",
     "再配達のお申し込み", "お荷物のお届けにあがりましたが、住所不備のため持ち帰りました。再配達手数料（330円）のお支払い後、配達いたします。",
     ["お名前", "郵便番号", "ご住所", "電話番号", "カード番号", "有効期限（MM/YY）", "セキュリティコード"], "330円", "sms",
     "fake Sagawa redelivery fee: address then card then SMS code"),
    ("ja-sm-sbi-login", "ja", "https://sbisec-kakunin.example.net/ETGate/login", "SBI証券", "#0068b7",
     "【重要】お取引の確認", "お客様の口座で第三者による不正な取引が確認されたため、一部のお取引を制限しました。24時間以内にログインし、本人確認を行ってください。",
     ["ユーザーネーム", "ログインパスワード", "取引パスワード", "生年月日"], "", "otp",
     "brokerage account-takeover phishing (SBI-like): login, trading password, then OTP"),
    ("ja-sm-nomura", "ja", "https://nomura-anzen.example.org/login/", "野村證券", "#c8102e",
     "お客様情報の再確認のお願い", "金融庁の指導により、全てのお客様に本人確認の再登録をお願いしております。期限内に手続きがない場合、お取引を停止いたします。",
     ["店番号", "口座番号", "ログインパスワード", "取引パスワード"], "", "otp",
     "brokerage phishing citing an FSA instruction (Nomura-like)"),
    ("ja-sm-nta-mino", "ja", "https://nta-nozei-tsuchi.example.com/", "国税庁", "#003f8e",
     "未納税金のお知らせ（差押え最終通知）", "お客様の所得税（令和7年度）が未納となっております。本日中にお支払いがない場合、財産の差押えを執行します。",
     ["お名前", "電話番号", "カード番号", "有効期限", "セキュリティコード"], "28,700円", "sms",
     "fake NTA unpaid tax / seizure notice with card form"),
    ("ja-sm-etc", "ja", "https://etc-meisai-kakunin.example.net/", "ETC利用照会サービス", "#00873c",
     "ETCサービスのご利用停止予告", "ご登録のクレジットカードの有効期限切れにより、ETCカードが利用できなくなります。12月10日までに更新手続きを行ってください。",
     ["ログインID", "パスワード", "カード番号", "有効期限", "セキュリティコード"], "", "sms",
     "fake ETC service suspension (card expiry) phishing"),
    ("ja-sm-tepco-teishi", "ja", "https://tepco-ryoukin-kakunin.example.org/", "東京電力エナジーパートナー", "#e60012",
     "【最終通知】電気料金未払いによる送電停止", "お客様の電気料金のお支払いが確認できません。本日17時に送電を停止します。停止を回避するには、以下から未払い料金をお支払いください。",
     ["お客さま番号", "お名前", "カード番号", "有効期限", "セキュリティコード"], "9,826円", "sms",
     "fake power-cut notice with card form (TEPCO-like)"),
    ("ja-sm-smbccard", "ja", "https://vpass-riyou-kakunin.example.com/", "三井住友カード", "#006b3f",
     "ご利用確認のお願い", "お客様のカードで不正利用の可能性がある取引を検知したため、カードのご利用を一時停止しました。ご本人確認のうえ、停止を解除してください。",
     ["Vpass ID", "パスワード", "カード番号", "有効期限", "セキュリティコード", "生年月日"], "", "otp",
     "fake card-issuer 'usage confirmation' (stop, then verify card + OTP)"),
    ("ja-sm-amazon-pay", "ja", "https://amazon-co-jp-account.example.net/ap/verify", "Amazon.co.jp", "#ff9900",
     "お支払い方法の更新が必要です", "ご登録のお支払い方法が承認されなかったため、プライム会員特典を停止しました。24時間以内に更新されない場合、アカウントは閉鎖されます。",
     ["Eメール", "パスワード", "カード名義", "カード番号", "有効期限", "セキュリティコード"], "", "sms",
     "fake Amazon payment-method update phishing"),
    ("ja-sm-ekinet", "ja", "https://eki-net-member.example.org/", "えきねっと", "#0f8a3c",
     "【えきねっと】自動退会処理のお知らせ", "一定期間ログインがないため、えきねっと会員は自動退会処理の対象となりました。継続される場合は、12月12日までに会員情報を更新してください。",
     ["えきねっとID", "パスワード", "カード番号", "有効期限", "セキュリティコード"], "", "sms",
     "fake rail-membership 'auto withdrawal' phishing"),
    ("ja-sm-docomo-point", "ja", "https://d-point-shikkou.example.com/", "dポイントクラブ", "#cc0033",
     "dポイント失効のお知らせ（12,500pt）", "お客様の保有する12,500ポイントが本日失効します。今すぐ手続きを行うと、ポイントを延長できます。",
     ["dアカウントID", "パスワード", "ネットワーク暗証番号", "カード番号", "セキュリティコード"], "", "otp",
     "fake points-expiry phishing (docomo-like), asks for network PIN"),
    ("en-sm-usps", "en", "https://usps-redeliver-package.example.com/us/", "USPS", "#333366",
     "Your package could not be delivered", "The address on your package is incomplete. Please update your address and pay a $0.30 redelivery fee within 12 hours or the package will be returned.",
     ["Full name", "Address", "ZIP code", "Phone", "Card number", "Expiry (MM/YY)", "CVV"], "$0.30", "sms",
     "fake USPS address-update fee page"),
    ("en-sm-ezpass", "en", "https://ezpass-tollpay.example.net/pay", "E-ZPass", "#5a2d82",
     "Outstanding toll notice", "You have an unpaid toll balance of $6.99. To avoid a $50 late fee and suspension of your driving privileges, pay by today.",
     ["Plate number", "Full name", "Card number", "Expiry", "CVV", "ZIP"], "$6.99", "otp",
     "fake E-ZPass unpaid-toll page: card then bank one-time code"),
    ("en-sm-boa", "en", "https://bofa-secure-verify.example.org/login", "Bank of America", "#012169",
     "Your account has been temporarily locked", "We noticed unusual sign-in attempts. Verify your identity to restore access to Online Banking.",
     ["Online ID", "Passcode", "SSN (last 4)", "Debit card number", "Card PIN"], "", "otp",
     "fake bank lock page asking for passcode, card and PIN, then OTP"),
    ("en-sm-apple-storage", "en", "https://icloud-billing-update.example.com/", "Apple", "#000",
     "iCloud+ payment failed", "Your iCloud storage plan could not be renewed. Update your billing information within 48 hours to keep your photos and backups.",
     ["Apple Account", "Password", "Card number", "Expiry", "CVV"], "$0.99", "sms",
     "fake iCloud billing update"),
    ("en-sm-dmv", "en", "https://dmv-license-notice.example.org/", "State DMV", "#0b3d91",
     "Final notice: license suspension", "Our records show an unpaid traffic ticket. Pay the $28.00 fine by today to avoid suspension of your driver's license and vehicle registration.",
     ["License number", "Full name", "Date of birth", "Card number", "Expiry", "CVV"], "$28.00", "sms",
     "fake DMV traffic-ticket notice (2025 smishing wave)"),
]

SM_JS = """
document.getElementById('f1').addEventListener('submit',function(e){e.preventDefault();document.getElementById('f1').style.display='none';document.getElementById('f2').style.display='block';
var t=60;setInterval(function(){t=Math.max(0,t-1);document.getElementById('cd').textContent=t},1000)});
document.getElementById('f2').addEventListener('submit',function(e){e.preventDefault();document.getElementById('f2').innerHTML='<p>%s</p>'});
"""


def smishing():
    for slug, lang, url, site, brand, title, lead, fields, amount, step2, note in SMISH:
        ja = lang == "ja"
        fs = "".join(f'<p><label>{esc(f)}<br><input name="f{i}" size="32"{" type=password" if any(k in f for k in ("パスワード", "暗証", "Passcode", "PIN", "Password")) else ""}></label></p>' for i, f in enumerate(fields))
        code_lab = ("SMSで届いた認証コード（6桁）" if step2 == "sms" else "ワンタイムパスワード") if ja else ("Verification code sent by SMS" if step2 == "sms" else "One-time passcode from your bank")
        main = (f"<h1>{esc(title)}</h1><p><strong>{esc(lead)}</strong></p>"
                + (f'<p>{"お支払い金額" if ja else "Amount"}: <b style="color:#c00;font-size:20px">{esc(amount)}</b></p>' if amount else "")
                + f'<form id="f1" class="card">{fs}<button class="btn">{"次へ" if ja else "Continue"}</button></form>'
                + f'<form id="f2" class="card" style="display:none"><p>{esc(code_lab)}</p><p><input size="8" inputmode="numeric" maxlength="6"></p><p class="note">{"有効時間" if ja else "Expires in"} <span id="cd">60</span>{"秒" if ja else "s"}</p><button class="btn">{"認証する" if ja else "Verify"}</button></form>'
                + ('<p class="note">※ 本手続きは期限内に完了してください。期限を過ぎると手続きができなくなります。</p>' if ja else '<p class="note">This link expires in 12 hours.</p>'))
        js = SM_JS % ("処理中です。しばらくお待ちください…" if ja else "Processing… please wait.")
        sc(slug, url, "smishing", lang, note, "article:www.antiphishing.jp" if ja else "article:consumer.ftc.gov",
           site_page(slug, lang, site, title, main, brand, scripts=js))


def build():
    oneclick()
    apps()
    smishing()
