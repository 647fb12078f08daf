"""Legitimate bank, card and carrier hotlines, bills and payment-due pages,
subscription cancellation, countdown sales and shops."""
import re
from kit import legit, site, doc, p, li, q, js

# ------------------------------------------------------------------ hotlines
HOT = [
    ("ja-hot-mufg-funshitsu", "ja", "https://www.bk.mufg.jp/tsukau/kaiin/funshitsu.html", "三菱UFJ銀行", "キャッシュカード・通帳を紛失・盗難にあったとき",
     "キャッシュカードの紛失・盗難", ["キャッシュカードや通帳を紛失・盗難にあった場合は、ただちにお電話ください。", "24時間365日受け付けています。お急ぎください。"], "紛失・盗難受付センター 0120-000-845（通話料無料・24時間）"),
    ("ja-hot-smbc-card-teishi", "ja", "https://www.smbc-card.com/mem/service/sec/funshitsu.jsp", "三井住友カード", "カードの紛失・盗難 | 三井住友カード",
     "カードを紛失・盗難されたら今すぐ連絡を", ["不正利用を防ぐため、すぐにカードの利用を停止します。", "Vpass アプリからも一時停止できます。"], "紛失・盗難受付デスク 0120-000-919（24時間・年中無休）"),
    ("ja-hot-jcb-fusei", "ja", "https://www.jcb.co.jp/faq/fusei.html", "JCB", "身に覚えのない請求がある | JCB",
     "身に覚えのない請求があるとき", ["ご利用明細に心当たりのない請求がある場合は、カード裏面の番号へお問い合わせください。", "JCBがメールやSMSで暗証番号をお聞きすることはありません。"], "JCB紛失・盗難受付デスク 0120-000-701"),
    ("ja-hot-docomo-funshitsu", "ja", "https://www.docomo.ne.jp/support/loss/", "NTTドコモ", "携帯電話の紛失・盗難 | NTTドコモ",
     "ケータイを紛失したら", ["回線の利用中断、おまかせロックの手続きを今すぐ行ってください。", "ドコモ以外の電話からもかけられます。"], "紛失・盗難などのお問い合わせ 0120-000-524（24時間受付）"),
    ("ja-hot-au-koshou", "ja", "https://www.au.com/support/inquiry/trouble/", "au", "故障・紛失のお問い合わせ | au",
     "故障紛失サポートセンター", ["スマートフォンの故障・紛失・盗難のご相談はこちら。", "通話料無料。音声ガイダンスに従って操作してください。"], "au故障紛失サポートセンター 0120-000-925（24時間）"),
    ("ja-hot-yucho-sagi", "ja", "https://www.jp-bank.japanpost.jp/crime/crm_index.html", "ゆうちょ銀行", "犯罪被害に遭わないために | ゆうちょ銀行",
     "不正送金・詐欺被害にあったときは", ["被害に気づいたら、すぐにゆうちょ銀行と警察へ連絡してください。", "「至急」「口座が凍結される」などと電話で急がせるのは詐欺の手口です。"], "ゆうちょ銀行 不正取引相談窓口 0120-000-181"),
    ("ja-hot-tokyogas-gasmore", "ja", "https://www.tokyo-gas.co.jp/safety/gasmore.html", "東京ガス", "ガス漏れのときは | 東京ガス",
     "ガスくさいと感じたら、すぐにお電話を", ["火を使わず、換気扇や電気のスイッチに触れないでください。", "窓を開けて、屋外から連絡してください。"], "ガス漏れ通報専用電話 0570-000-510（24時間）"),
    ("ja-hot-apple-support-jp", "ja", "https://support.apple.com/ja-jp/contact", "Apple サポート", "Apple サポートへのお問い合わせ",
     "Apple サポートにお問い合わせ", ["製品を選ぶと、最適な解決方法をご案内します。", "Apple がポップアップ画面で電話をかけるよう求めることはありません。"], "Apple サポート 0120-000-277"),
    ("en-hot-chase-fraud", "en", "https://www.chase.com/digital/resources/privacy-security/security/report-fraud", "Chase", "Report Fraud | Chase",
     "Report fraud now", ["If you think your account was compromised, call us right away.", "Lost or stolen card? Lock it instantly in the Chase app."], "Call 1-800-555-0135 (24/7)"),
    ("en-hot-amex-lost", "en", "https://www.americanexpress.com/us/customer-service/lost-stolen-card.html", "American Express", "Lost or Stolen Card | American Express",
     "Report a lost or stolen card", ["Act fast: we will cancel your card and send a replacement.", "You are not responsible for fraudulent charges."], "Call us: 1-800-555-0151"),
    ("en-hot-verizon-outage", "en", "https://www.verizon.com/support/contact-us/", "Verizon", "Contact Us | Verizon Customer Service",
     "Contact Verizon", ["For urgent account security issues, call us immediately.", "Verizon will never ask for your account PIN in a text message."], "Customer service 1-800-555-0174"),
    ("en-hot-ssa-scam", "en", "https://www.ssa.gov/scam/", "Social Security", "Protect Yourself from Social Security Scams",
     "Social Security scams", ["Scammers pretend to be government employees and say your number is suspended.", "Hang up and report. Never pay with gift cards."], "Social Security: 1-800-555-0172 (TTY 1-800-555-0178)"),
    ("en-hot-poison-control", "en", "https://www.poison.org/contact-us", "Poison Control", "Contact Poison Control",
     "Call now if someone may have been poisoned", ["Do not wait for symptoms. Experts answer 24 hours a day.", "If the person is unconscious or not breathing, call 911."], "1-800-555-0122"),
    ("en-hot-microsoft-contact", "en", "https://support.microsoft.com/en-us/contactus", "Microsoft Support", "Contact Microsoft Support",
     "Contact Microsoft Support", ["Get help with Windows, Microsoft 365, Xbox and more.", "Error and warning messages from Microsoft never include a phone number."], "Microsoft Store sales and support 1-877-555-0160"),
    ("en-hot-norton-billing", "en", "https://support.norton.com/sp/en/us/home/current/solutions/contact-us", "Norton", "Contact Norton Support",
     "Contact Norton support", ["Billing question or refund? We can help by chat or phone.", "Beware of fake Norton invoices sent by email."], "Member services 1-855-555-0117"),
    ("en-hot-airline-irrops", "en", "https://www.delta.com/us/en/check-in-security/flight-delays-cancellations", "Delta", "Flight Delays & Cancellations | Delta",
     "Your flight was canceled", ["We've rebooked you automatically. Review your new itinerary now.", "Prefer to talk? Call reservations."], "Reservations 1-800-555-0123"),
]
for slug, lang, url, brand, title, h1, paras, line in HOT:
    tel = re.search(r"[0-9][0-9-]{8,}[0-9]", line).group(0)
    body = '<h1>%s</h1>%s<p class="tel"><strong>%s</strong></p><a class="b" href="tel:%s">%s</a>' % (
        q(h1), p(*map(q, paras)), q(line), q(tel), "今すぐ電話する" if lang == "ja" else "Call now")
    legit(slug, lang, url, "bank-hotline", "%s: hotline, 'call now', urgent words" % brand,
          site(lang, title, brand, body, links=(("ホーム" if lang == "ja" else "Home", "/"), ("サポート" if lang == "ja" else "Support", "/support")), css=".tel{font-size:22px}"))

# ------------------------------------------------------------------ bills, payment due, 退会
BILLS = [
    ("ja-bill-suidou", "ja", "https://www.waterworks.city.example.lg.jp/ryokin/tainou.html", "〇〇市上下水道局", "水道料金のお支払いが確認できない場合",
     "お支払い期限を過ぎた水道料金について", ["お支払い期限を過ぎても納付が確認できない場合、督促状をお送りします。", "督促後もお支払いがない場合、給水を停止することがあります。", "お支払い方法：口座振替、コンビニ、スマホ決済（PayPay・LINE Pay）"], "料金センター 03-0000-8120"),
    ("ja-bill-kddi-mihara", "ja", "https://www.au.com/support/service/payment/unpaid/", "au", "料金未払い・お支払い期限について | au",
     "料金のお支払いが確認できない場合", ["お支払い期限までにお支払いがない場合、通話・データ通信が利用停止となります。", "ご請求額は My au でご確認いただけます。"], "料金のお問い合わせ 0077-000-111"),
    ("ja-bill-nhk-jushinryo", "ja", "https://www.nhk-cs.jp/jushinryo/payment/", "NHK受信料の窓口", "受信料のお支払い | NHK",
     "受信料のお支払い方法", ["口座振替・クレジットカード・継続振込からお選びいただけます。", "お支払い期限：偶数月の末日"], "NHKふれあいセンター 0120-000-151"),
    ("ja-bill-denki-yotei", "ja", "https://www.kepco.co.jp/ryokin/payment/", "関西電力", "電気料金のお支払い期限 | 関西電力",
     "電気料金のお支払い期限", ["お支払い期限日は、検針日の翌日から30日目です。", "期限を過ぎると延滞利息がかかる場合があります。"], "関西電力 お客さま番号照会 0800-000-0170"),
    ("ja-bill-kokuho-tokusoku", "ja", "https://www.city.example.lg.jp/kurashi/kokuho/tainou.html", "〇〇市", "国民健康保険税を滞納すると | 〇〇市",
     "国民健康保険税の納付が遅れたとき", ["納期限を過ぎると延滞金が加算されます。", "納付が困難な場合は、早めに納税課へご相談ください。分割納付の相談ができます。"], "納税課 0000-00-1234"),
    ("ja-bill-nenkin-hokenryou", "ja", "https://www.nenkin.go.jp/service/kokunen/hokenryo/20150313-02.html", "日本年金機構", "国民年金保険料の納付 | 日本年金機構",
     "保険料を納め忘れていませんか", ["納付期限は翌月末日です。", "年金事務所の職員が電話で口座番号や暗証番号を聞くことはありません。"], "ねんきん加入者ダイヤル 0570-000-880"),
    ("ja-bill-mobile-seikyusho", "ja", "https://www.softbank.jp/mybill/", "ソフトバンク", "ご請求額 | My SoftBank",
     "2026年11月分 ご請求額 7,348円", ["お支払い期限：2026年12月26日（金）", "お支払い方法：口座振替（〇〇銀行）"], ""),
    ("en-bill-pge-pastdue", "en", "https://www.pge.com/en/account/billing-and-assistance/past-due.html", "PG&E", "Past Due Balance | PG&E",
     "Your account has a past due balance", ["Pay now to avoid a service disconnection notice.", "Need help? Ask about a payment arrangement or assistance programs."], "Customer service 1-800-555-0157"),
    ("en-bill-comcast", "en", "https://www.xfinity.com/support/articles/past-due-bill", "Xfinity", "What happens if my bill is past due",
     "Past due? Here is what happens", ["Services may be suspended 30 days after the due date.", "Sign in to pay your balance or set up autopay."], ""),
    ("en-bill-irs-payment", "en", "https://www.irs.gov/payments", "IRS", "Payments | Internal Revenue Service",
     "Pay your taxes", ["Pay directly from a bank account or by debit card.", "The IRS doesn't demand payment by gift card or call you out of the blue."], ""),
    ("en-bill-hospital", "en", "https://www.mayoclinic.org/patient-visitor-guide/billing-insurance/pay-bill", "Mayo Clinic", "Pay your bill - Mayo Clinic",
     "Pay your bill", ["Amount due: $184.20. Due by Dec 20.", "Questions about your bill? Call patient account services."], "1-844-555-0189"),
    ("en-bill-library-fines", "en", "https://www.sfpl.org/services/fines-fees", "San Francisco Public Library", "Fines & Fees | SFPL",
     "Overdue items and fees", ["Lost items are billed after 30 days overdue.", "Pay online with a credit card."], ""),
]
for slug, lang, url, brand, title, h1, paras, line in BILLS:
    body = "<h1>%s</h1>%s%s<a class='b' href='/pay'>%s</a>" % (q(h1), p(*map(q, paras)), "<p class='note'>%s</p>" % q(line) if line else "",
                                                          "お支払い手続きへ" if lang == "ja" else "Pay now")
    legit(slug, lang, url, "bill-payment", "%s: payment due / overdue, amount, options%s" % (brand, ", phone" if line else ""),
          site(lang, title, brand, body))

TAIKAI = [
    ("ja-taikai-unext", "ja", "https://video.unext.jp/account/cancel", "U-NEXT", "解約手続き | U-NEXT",
     "月額プランの解約", ["解約すると、次回請求日以降は見放題作品を視聴できなくなります。", "解約はいつでも可能です。違約金はかかりません。"]),
    ("ja-taikai-amazon-prime", "ja", "https://www.amazon.co.jp/mc/pipelines/cancellation", "Amazon.co.jp", "プライム会員情報",
     "会員資格を終了しますか？", ["特典を失う前に、もう一度ご確認ください。", "会員資格は 2027年1月3日 まで有効です。"]),
    ("ja-taikai-gym", "ja", "https://www.anytimefitness.co.jp/member/withdrawal/", "エニタイムフィットネス", "退会のお手続き",
     "退会のお手続き", ["退会希望月の前月10日までに手続きしてください。", "未払いの会費がある場合は精算が必要です。"]),
    ("ja-taikai-kuponn", "ja", "https://www.hotpepper.jp/CSP/psh010/doWithdraw", "ホットペッパー", "退会 | ホットペッパーグルメ",
     "会員を退会する", ["退会すると、ためたポイントはすべて失効します。", "本当に退会しますか？"]),
    ("en-cancel-nyt", "en", "https://myaccount.nytimes.com/seg/cancel", "The New York Times", "Cancel subscription",
     "We're sorry to see you go", ["Before you cancel: get 50% off for 6 months.", "If you cancel, your access ends on Jan 4."]),
    ("en-cancel-spotify", "en", "https://www.spotify.com/us/account/cancel/", "Spotify", "Cancel Premium - Spotify",
     "Cancel Premium", ["You'll switch to Spotify Free on Jan 2.", "Your downloads will be removed."]),
]
for slug, lang, url, brand, title, h1, paras in TAIKAI:
    body = "<h1>%s</h1>%s<button class='b' onclick=\"if(confirm(%s))location.href='/done'\">%s</button> <a href='/account'>%s</a>" % (
        q(h1), p(*map(q, paras)), q(js("本当に解約しますか？" if lang == "ja" else "Cancel your subscription?")),
        "解約する" if lang == "ja" else "Cancel subscription", "戻る" if lang == "ja" else "Keep my plan")
    legit(slug, lang, url, "bill-payment", "%s: subscription cancellation (退会/解約) with confirm()" % brand, site(lang, title, brand, body))

# ------------------------------------------------------------------ countdown sales
CD_JS = """var end=Date.now()+%d*1000;setInterval(function(){var s=Math.max(0,Math.floor((end-Date.now())/1000));
document.getElementById('cd').textContent=Math.floor(s/3600)+':'+('0'+Math.floor(s%%3600/60)).slice(-2)+':'+('0'+s%%60).slice(-2);},1000);%s"""
CDS = [
    ("ja-cd-rakuten-ss", "ja", "https://event.rakuten.co.jp/campaign/supersale/", "楽天市場", "楽天スーパーSALE", "楽天スーパーSALE 終了まで", ["ポイント最大44倍！", "在庫がなくなり次第終了します。"], 7200, ""),
    ("ja-cd-yodobashi-timesale", "ja", "https://www.yodobashi.com/ec/category/timesale/", "ヨドバシ.com", "タイムセール | ヨドバシ.com", "本日のタイムセール 残り", ["ワイヤレスイヤホン 9,980円", "お一人様1点限り"], 3600, ""),
    ("ja-cd-ticket-kounyu", "ja", "https://l-tike.com/order/confirm", "ローチケ", "購入手続き | ローチケ", "お支払い手続きの残り時間", ["このページを閉じたり、戻るボタンを押したりしないでください。", "時間内に完了しない場合、座席の確保は解除されます。"], 600,
     "window.onbeforeunload=function(e){e.preventDefault();return '';};"),
    ("ja-cd-fukubukuro", "ja", "https://www.uniqlo.com/jp/ja/special-feature/new-year", "ユニクロ", "新春初売り | ユニクロ", "初売り開始まで", ["1月1日 0時スタート", "オンラインストア限定"], 86400, ""),
    ("ja-cd-hotel-kakunin", "ja", "https://www.jalan.net/reserve/confirm/", "じゃらんnet", "予約内容の確認 | じゃらん", "この料金でのご予約はあと", ["他に3人がこの宿を見ています", "お部屋は残り1室です"], 900, ""),
    ("en-cd-amazon-lightning", "en", "https://www.amazon.com/deals", "Amazon.com", "Today's Deals", "Lightning deal ends in", ["78% claimed", "Limit 1 per customer"], 5400, ""),
    ("en-cd-ticketmaster", "en", "https://checkout.ticketmaster.com/", "Ticketmaster", "Checkout | Ticketmaster", "Time left to complete your purchase", ["Don't refresh or close this page or you may lose your tickets."], 480,
     "window.onbeforeunload=function(e){e.preventDefault();return '';};"),
    ("en-cd-black-friday", "en", "https://www.bestbuy.com/site/misc/black-friday/", "Best Buy", "Black Friday Deals | Best Buy", "Doorbuster ends in", ["Hurry! Only a few left.", "Free shipping on orders over $35."], 10800, ""),
    ("en-cd-kickstarter", "en", "https://www.kickstarter.com/projects/someone/thing", "Kickstarter", "Thing - Kickstarter", "Campaign ends in", ["$48,210 pledged of $20,000 goal", "Back this project"], 172800, ""),
    ("en-cd-exam-timer", "en", "https://www.khanacademy.org/test/sat-practice", "Khan Academy", "SAT practice test", "Time remaining in this section", ["Do not leave this page: your progress is saved."], 1800, ""),
]
for slug, lang, url, brand, title, h1, paras, secs, extra in CDS:
    body = "<h1>%s <span id='cd' class='cd'></span></h1>%s<a class='b' href='/cart'>%s</a>" % (q(h1), p(*map(q, paras)), "カートに入れる" if lang == "ja" else "Add to cart")
    legit(slug, lang, url, "countdown-shop", "%s countdown%s" % (brand, ", beforeunload 'don't leave'" if extra else ""),
          site(lang, title, brand, body, css=".cd{color:#c00;font-family:monospace}", script=CD_JS % (secs, extra), bar="#bf0000" if lang == "ja" else "#232f3e"))

# ------------------------------------------------------------------ ordinary shops with support words
SHOPS = [
    ("ja-shop-pc-repair", "ja", "https://www.pc-depot.com/service/repair/", "PC DEPOT", "パソコン修理・ウイルス駆除 | PC DEPOT",
     ["パソコンが動かない、ウイルスに感染したかも？", "店頭で無料診断いたします。お気軽にご来店・お電話ください。", "サポート専用ダイヤル 0120-000-389"]),
    ("ja-shop-security-soft", "ja", "https://www.sourcenext.com/product/zero/", "ソースネクスト", "ZERO スーパーセキュリティ | ソースネクスト",
     ["更新料0円のセキュリティソフト。ウイルス・ランサムウェア・詐欺サイトをブロック。", "Windows / Mac / Android / iOS 対応。", "今すぐ購入：4,980円（税込）"]),
    ("ja-shop-kagi-110", "ja", "https://www.kagi110.example.jp/", "鍵の110番", "鍵開け・鍵交換 24時間対応",
     ["鍵をなくした、閉じ込められた！そんなときはすぐにお電話を。", "最短15分で駆けつけます。", "0120-000-110（24時間受付）"]),
    ("en-shop-geeksquad", "en", "https://www.bestbuy.com/site/services/geek-squad/", "Best Buy", "Geek Squad Tech Support",
     ["Virus removal, setup and repairs. In-store, in-home or remote.", "Beware: Geek Squad will never email you an invoice for a renewal you didn't buy.", "Schedule an appointment online."]),
    ("en-shop-mcafee-buy", "en", "https://www.mcafee.com/en-us/antivirus/mcafee-total-protection.html", "McAfee", "McAfee Total Protection",
     ["Antivirus, VPN and identity monitoring.", "Your first year: $39.99. Auto-renews, cancel anytime.", "Buy now: 30-day money-back guarantee."]),
    ("en-shop-apple-store", "en", "https://www.apple.com/shop/buy-mac/macbook-air", "Apple", "Buy MacBook Air - Apple",
     ["Free delivery, or pick up at an Apple Store.", "Get help buying: chat now or call 1-800-555-0192."]),
]
for slug, lang, url, brand, title, paras in SHOPS:
    legit(slug, lang, url, "ordinary-shop", "%s: shop page with support/virus words" % brand,
          site(lang, title, brand, "<h1>%s</h1>%s" % (q(title.split("|")[0].strip()), p(*map(q, paras)))))
