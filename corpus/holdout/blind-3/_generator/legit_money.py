"""Legitimate pages (2): bank, card, carrier and utility hotlines; bills, payment-due and
督促 pages; subscription cancellation; countdown sales with beforeunload; government tax,
pension and My Number pages; delivery tracking; toll and ETC pages."""
import re
from kit import legit, site, p, li, a, q, js, table, faq, seed

BANKSIDE = {"ja": [("関連ページ", ["不正利用にご注意ください", "カードの一時停止", "暗証番号の変更", "各種お問い合わせ"])],
            "en": [("Related", ["Fraud protection", "Lock your card", "Change your PIN", "Contact us"])]}

HOT = [
    ("ja-hot-mizuho-tounan", "https://www.mizuhobank.co.jp/retail/contact/loss.html", "みずほ銀行", "#00257a",
     "キャッシュカード・通帳の紛失・盗難", ["キャッシュカードや通帳、印鑑を紛失・盗難にあわれた場合は、至急お電話でご連絡ください。", "みずほダイレクトアプリから、カードの利用停止をすぐに行うこともできます。"],
     "紛失・盗難のご連絡 0120-000-324（24時間365日）", ["当行の行員が、キャッシュカードを預かりに伺うことはありません。", "電話で暗証番号をお聞きすることはありません。"]),
    ("ja-hot-boy-fusei", "https://www.boy.co.jp/kojin/service/anzen/fusei.html", "横浜銀行", "#004ea2",
     "不正送金の被害にあわれた方へ", ["身に覚えのない振込や出金がある場合は、至急当行までご連絡ください。", "あわせて最寄りの警察署にもご相談ください。"],
     "不正取引専用ダイヤル 0120-000-457（24時間受付）", ["至急のお手続きが必要です。", "インターネットバンキングの利用停止は電話でも受け付けます。"]),
    ("ja-hot-saison-fusei", "https://www.saisoncard.co.jp/customer-support/lost/", "クレディセゾン", "#003399",
     "カードの紛失・盗難・不正利用", ["カードを紛失された場合や不正利用の疑いがある場合は、すぐにカードの利用を停止いたします。", "Netアンサーからも一時停止できます。"],
     "セゾンカード 紛失・盗難受付 0120-000-110（24時間・年中無休）", ["SMSでお送りするURLからカード番号を入力させることはありません。"]),
    ("ja-hot-epos-denwa", "https://www.eposcard.co.jp/support/lost.html", "エポスカード", "#e50012",
     "カードを紛失・盗難にあわれたら", ["すぐにお電話ください。第三者による不正利用を防ぐため、ただちにカードを無効にします。"],
     "エポスカード紛失受付センター 03-0000-0101（24時間）", ["紛失届の提出後、新しいカードを再発行します。"]),
    ("ja-hot-nicos-kinkyu", "https://www.cr.mufg.jp/member/support/lost/", "三菱UFJニコス", "#d50019",
     "緊急のご連絡（紛失・盗難）", ["カードの紛失・盗難にお気づきになったら、今すぐご連絡ください。", "海外からの場合はコレクトコールをご利用いただけます。"],
     "三菱UFJニコス 紛失盗難受付 0120-000-211（24時間）", ["当社を名乗る不審な電話・SMSにご注意ください。"]),
    ("ja-hot-ahamo-funshitsu", "https://ahamo.com/support/loss/", "ahamo", "#00b4e6",
     "スマホを紛失・盗難されたら", ["回線の利用中断をすぐに行ってください。ahamo サイトまたは電話で手続きできます。", "おまかせロックで遠隔から画面をロックできます。"],
     "紛失・盗難窓口 0120-000-524（24時間）", ["ahamo は原則オンライン手続きですが、紛失時は電話でも受け付けます。"]),
    ("ja-hot-chuden-teiden", "https://miraiz.chuden.co.jp/info/teiden/", "中部電力ミライズ", "#ea5504",
     "停電・電気の緊急時のご連絡", ["停電情報は停電情報サイトで確認できます。", "電柱や電線に異常を見つけたら、近づかずにすぐお電話ください。"],
     "停電・緊急時専用 0120-000-985（24時間）", ["電気料金の支払いを求めて訪問・電話することはありません。"]),
    ("ja-hot-osakagas-gasmore", "https://www.osakagas.co.jp/safety/gasleak/", "大阪ガス", "#0066b3",
     "ガス漏れかな？と思ったら", ["すぐに窓を開け、火気を使わず、電気のスイッチに触れずに、屋外から電話してください。", "ガスメーターの復帰方法は動画でご案内しています。"],
     "ガス漏れ通報専用 0120-000-819（24時間）", ["ガス漏れの通報は最優先で対応します。"]),
    ("en-hot-citi-fraud", "https://www.citi.com/credit-cards/fraud-protection", "Citi", "#056dae",
     "Report fraud or a lost card", ["If you suspect fraud on your account, call us immediately.", "You can also lock your card in the Citi Mobile app."],
     "Citi fraud line 1-800-555-0190 (24/7)", ["Citi will never ask you to move money to protect it."]),
    ("en-hot-capitalone", "https://www.capitalone.com/help-center/credit-cards/report-lost-stolen/", "Capital One", "#004977",
     "Report a lost or stolen card", ["Lock your card right now in the app, then call to get a replacement.", "We'll send a new card within 2 business days."],
     "1-800-555-0118", ["We'll never ask for your password over the phone."]),
    ("en-hot-usbank-scam", "https://www.usbank.com/online-security/report-fraud.html", "U.S. Bank", "#0c2074",
     "Report fraud", ["Think you're a victim of fraud? Call us now. Time matters.", "Scammers may pretend to be from U.S. Bank. Hang up and call the number on your card."],
     "Fraud line 1-877-555-0149 (24 hours)", ["We never ask for one-time passcodes by text."]),
    ("en-hot-tmobile", "https://www.t-mobile.com/support/account/lost-stolen-device", "T-Mobile", "#e20074",
     "Lost or stolen device", ["Suspend your line right away to stop unauthorized charges.", "Call from another phone or use T-Life."],
     "Call 1-877-555-0112 (24/7)", ["T-Mobile won't text you a link to 'verify' your SIM."]),
    ("en-hot-spectrum-outage", "https://www.spectrum.net/support/internet/outage", "Spectrum", "#0079c0",
     "Service outage? Call now", ["Check your area for outages, or call us for urgent help.", "Technicians will show ID when visiting."],
     "1-833-555-0156", ["We never ask for payment in gift cards."]),
]
for slug, url, brand, color, h1, paras, line, notes in HOT:
    lang = slug[:2]
    ja = lang == "ja"
    tel = re.search(r"[0-9][0-9-]{8,}[0-9]", line).group(0)
    body = ('<h1>%s</h1>\n%s\n<div class="box"><p class="tel">%s</p><p><a class="btn" href="tel:%s">%s</a></p>%s</div>\n'
            '<h2>%s</h2>\n%s\n<h2>%s</h2>\n%s'
            % (q(h1), p(*map(q, paras)), q(line), q(tel), "今すぐ電話する" if ja else "Call now",
               p(q("受付時間外もつながります。番号をよくお確かめのうえおかけください。" if ja else "Have your account number ready. Calls may be recorded.")),
               "ご注意ください" if ja else "Stay safe", li(*map(q, notes)),
               "手続きの流れ" if ja else "What happens next",
               li(*(["お電話で利用停止を承ります。", "必要に応じて警察への届出をお願いします。", "再発行カードを登録住所へお送りします。"] if ja else
                    ["We block the card.", "We review recent charges with you.", "A replacement arrives in 2–5 business days."]), tag="ol")))
    legit(slug, lang, url, "bank-hotline", "%s: hotline with 'call now' and urgent words" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("個人" if ja else "Personal", "/"), ("サポート" if ja else "Support", "/support"), ("セキュリティ" if ja else "Security", "/security")],
               crumbs=["サポート" if ja else "Support", h1], side=BANKSIDE[lang], color=color))

# ------------------------------------------------------------------ bills / due / 督促
BILLS = [
    ("ja-bill-tohoku-epco", "https://www.tohoku-epco.co.jp/ryokin/shiharai/mibarai.html", "東北電力", "#00a051",
     "電気料金のお支払いが遅れた場合", ["お支払い期限日までにお支払いが確認できない場合、「電気料金お支払いのお願い（督促状）」をお送りします。",
      "督促状に記載の期日を過ぎてもお支払いがない場合、電気の供給を停止させていただくことがあります。"],
     [("お支払い期限", "検針日の翌日から30日目"), ("延滞利息", "期限の翌日から年10%（日割り）"), ("お支払い方法", "口座振替・クレジットカード・コンビニ払込票")],
     "東北電力 コールセンター 0120-000-175（平日 9:00〜17:00）", "overdue, supply stop notice"),
    ("ja-bill-nagoya-suido", "https://www.water.city.nagoya.jp/category/ryokin/tainou.html", "名古屋市上下水道局", "#0073a8",
     "水道料金等の滞納と給水停止", ["納付期限を過ぎた料金は、督促状を送付した後、なお未納の場合は給水停止予告を行います。",
      "給水停止後に料金をお支払いいただければ、当日中に給水を再開します（夜間を除く）。"],
     [("督促手数料", "なし"), ("支払場所", "市内金融機関・コンビニ・スマホ決済"), ("相談", "分割のご相談はお早めに")],
     "上下水道局 お客さま受付センター 052-000-0412", "督促, 給水停止予告"),
    ("ja-bill-ymobile-teishi", "https://www.ymobile.jp/support/payment/unpaid/", "ワイモバイル", "#ff0033",
     "料金未払いによる利用停止について", ["お支払い期限日を過ぎてもお支払いが確認できない場合、事前のご案内のうえ通話・通信を停止します。",
      "利用停止後も基本料金はかかります。お早めにお支払いください。"],
     [("請求書番号", "My Y!mobile でご確認ください"), ("払込票", "再発行できます")], "ワイモバイル カスタマーセンター 0120-000-500", "利用停止, お支払い期限"),
    ("ja-bill-rakuten-mobile", "https://network.mobile.rakuten.co.jp/guide/payment/overdue/", "楽天モバイル", "#bf0000",
     "お支払いが確認できない場合", ["ご登録のお支払い方法で決済できなかった場合、my 楽天モバイルで再決済をお願いします。",
      "期限までに再決済がない場合、回線を利用停止し、その後契約を解除することがあります。"],
     [("再決済の期限", "請求月の翌月20日"), ("お支払い方法", "クレジットカード・口座振替・楽天ポイント")], "楽天モバイル コミュニケーションセンター 0800-000-0500", "再決済, 利用停止・契約解除"),
    ("ja-bill-jasso-entai", "https://www.jasso.go.jp/shogakukin/henkan/entai/", "日本学生支援機構", "#003366",
     "奨学金の返還が遅れている方へ", ["返還期日までに口座から引き落としができなかった場合、延滞金が発生します。",
      "延滞が3か月以上続くと、個人信用情報機関に登録されます。返還が難しい方は、減額返還・返還期限猶予の制度をご利用ください。"],
     [("延滞金", "年3%"), ("振込先", "機構指定口座（返還者ごとに異なります）")], "奨学金返還相談センター 0570-000-607（平日 9:00〜20:00）", "延滞金, 督促, 信用情報"),
    ("ja-bill-kobe-kokuho", "https://www.city.kobe.lg.jp/a12345/kurashi/kokuho/tainou.html", "神戸市", "#006ab6",
     "国民健康保険料を納め忘れていませんか", ["納期限を過ぎると督促状を送付します。督促状の指定期限後も未納の場合、財産の差押えを行うことがあります。",
      "スマートフォン決済（PayPay、au PAY、楽天ペイ）でも納付できます。"],
     [("延滞金", "納期限の翌日から計算"), ("窓口", "各区役所 保険年金医療課")], "国保コールセンター 078-000-1230", "督促, 差押え"),
    ("ja-bill-nta-entaizei", "https://www.nta.go.jp/taxes/nozei/entaizei/index.htm", "国税庁", "#1a4d8f",
     "延滞税について", ["国税を法定納期限までに完納しない場合には、原則として法定納期限の翌日から納付する日までの日数に応じて、延滞税が自動的に課されます。",
      "納付が困難な場合は、所轄の税務署にご相談ください（納税の猶予制度があります）。"],
     [("納付方法", "ダイレクト納付・インターネットバンキング・クレジットカード・コンビニ"), ("注意", "税務署がSMSでカード番号の入力を求めることはありません")],
     "最寄りの税務署（電話相談センター）", "延滞税, 差押え wording"),
    ("ja-bill-nagoya-juminzei", "https://www.city.nagoya.jp/zaisei/page/0000012345.html", "名古屋市", "#00724d",
     "市民税・県民税の督促状が届いた方へ", ["督促状は、納期限までに納付が確認できない場合に送付しています。行き違いで納付済みの場合はご容赦ください。",
      "督促状の指定期限を過ぎても納付がない場合は、滞納処分（差押え）の手続きに入ります。"],
     [("納付場所", "金融機関・コンビニ・スマホ決済アプリ"), ("問い合わせ", "市税事務所")], "名古屋市 市税事務所 052-000-2140", "督促状, 滞納処分"),
    ("en-bill-duke", "https://www.duke-energy.com/home/billing/past-due", "Duke Energy", "#00789e",
     "Past-due bills and disconnection", ["If your balance is past due, you may receive a disconnection notice.", "Pay now online or call us to set up a payment arrangement."],
     [("Pay by", "Online, phone, or an authorized pay location"), ("Note", "We never demand payment by gift card or crypto.")], "1-800-555-0186", "past due, disconnection notice"),
    ("en-bill-sce", "https://www.sce.com/residential/billing-payment/payment-arrangement", "Southern California Edison", "#00664f",
     "Need more time to pay?", ["Set up a payment arrangement before your due date to avoid disconnection.", "Your current balance is due 19 days after your bill date."],
     [("Payment arrangement", "Up to 12 months"), ("Assistance", "CARE/FERA discounts")], "1-800-555-0155", "due date, disconnection"),
    ("en-bill-studentaid", "https://studentaid.gov/manage-loans/default", "Federal Student Aid", "#112e51",
     "Student loan delinquency and default", ["Your loan becomes delinquent the first day after you miss a payment.", "If you can't make payments, contact your loan servicer right away."],
     [("Default", "After 270 days"), ("Collections", "Wage garnishment, tax refund offset")], "Default Resolution Group 1-800-555-0176", "delinquency, garnishment"),
    ("en-bill-dmv-ca", "https://www.dmv.ca.gov/portal/vehicle-registration/registration-fees/", "California DMV", "#034a90",
     "Registration renewal fees and penalties", ["Late fees apply if you renew after the expiration date.", "The DMV does not send text messages asking you to pay."],
     [("Late fee", "Depends on days late"), ("Pay", "Online, kiosk, mail")], "DMV 1-800-555-0177", "late penalties"),
]
PAY_JS = "document.getElementById('pay').addEventListener('click',function(){location.href='/pay/login?from='+encodeURIComponent(location.pathname);});"
for slug, url, brand, color, h1, paras, rows, line, tags in BILLS:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>\n%s\n%s\n<p><button class="btn" id="pay" type="button">%s</button> %s</p>\n<h2>%s</h2><p class="tel">%s</p>\n%s'
            % (q(h1), p(*map(q, paras)), table([(k, q(v)) for k, v in rows]), "お支払い手続きへ" if ja else "Pay now",
               a("お支払い方法の一覧" if ja else "Other ways to pay", "/pay/methods"), "お問い合わせ" if ja else "Questions?", q(line),
               faq(lang, [("督促状が届いたが、すでに払った", "行き違いの場合がありますので、領収書をお手元に保管してください。"),
                          ("分割で払えますか", "事情をお伺いして、分割納付のご相談に応じます。お早めにご連絡ください。")] if ja else
                   [("I already paid", "Payments can take 2 business days to post."), ("Can I get an extension?", "Call us before the due date to discuss options.")])))
    legit(slug, lang, url, "bill-payment", "%s: %s, pay button, hotline" % (brand, tags),
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("料金" if ja else "Billing", "/ryokin"), ("手続き" if ja else "Account", "/tetsuzuki")],
               crumbs=["料金・お支払い" if ja else "Billing", h1], side=[("料金" if ja else "Billing", ["お支払い方法", "領収書", "口座振替の申込"] if ja else ["Ways to pay", "AutoPay", "Paperless"])],
               color=color, script=PAY_JS))

# ------------------------------------------------------------------ subscription cancellation
CANCEL = [
    ("ja-cancel-danime", "https://animestore.docomo.ne.jp/animestore/cancel", "dアニメストア", "#ff6d00", "解約手続き",
     "解約すると、当月末まで視聴できます。日割り計算はありません。", "本当に解約しますか？ 視聴履歴とマイリストは削除されます。"),
    ("ja-cancel-hulu", "https://www.hulu.jp/account/cancel", "Hulu", "#1ce783", "契約の解除",
     "契約を解除すると、次回の請求日以降は視聴できなくなります。", "Hulu の契約を解除します。よろしいですか？"),
    ("ja-cancel-dazn", "https://www.dazn.com/ja-JP/myaccount/subscription/cancel", "DAZN", "#0c161c", "メンバーシップの解約",
     "解約は次回請求日の前日までに行ってください。年間プランの途中解約はできません。", "解約を確定しますか？"),
    ("en-cancel-peacock", "https://www.peacocktv.com/account/plans/cancel", "Peacock", "#000", "Cancel your plan",
     "You'll keep access until the end of your billing period.", "Are you sure you want to cancel Peacock Premium?"),
    ("en-cancel-audible", "https://www.audible.com/account/cancel", "Audible", "#f7991c", "Cancel membership",
     "You'll lose any unused credits when you cancel. Spend them first?", "Cancel your membership and lose 2 credits?"),
    ("en-cancel-hulu-us", "https://secure.hulu.com/account/cancel", "Hulu", "#1ce783", "Cancel your subscription",
     "Before you go: switch to a cheaper plan or pause instead?", "Cancel Hulu (With Ads)?"),
]
for slug, url, brand, color, h1, lead, conf in CANCEL:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>%s<div class="box"><label><input type="checkbox" id="agree"> %s</label><p>'
            '<button class="btn" id="cancel" type="button">%s</button> <a class="btn sub" href="/account">%s</a></p><p id="done"></p></div>%s'
            % (q(h1), p(q(lead)), "注意事項を確認しました" if ja else "I understand", "解約する" if ja else "Cancel membership",
               "やめる" if ja else "Keep my plan",
               faq(lang, [("解約後に再開できますか", "いつでも再登録できます。"), ("料金はいつまでかかりますか", "解約した月の末日までの料金がかかります。")] if ja else
                   [("Can I come back?", "Yes, restart anytime."), ("Will I be charged again?", "No further charges after this period.")])))
    script = "document.getElementById('cancel').addEventListener('click',function(){if(confirm(%s)){document.getElementById('done').textContent=%s;}});" % (
        js(conf), js("解約手続きが完了しました。" if ja else "Your membership has been canceled."))
    legit(slug, lang, url, "bill-payment", "%s: cancellation with confirm()" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("アカウント" if ja else "Account", "/account")], crumbs=["アカウント" if ja else "Account", h1], color=color, script=script))

# ------------------------------------------------------------------ countdown sales with beforeunload
SALES = [
    ("ja-sale-qoo10-megawari", "https://www.qoo10.jp/gmkt.inc/Special/Megawari.aspx", "Qoo10", "#ff2b4e", "メガ割 最終日",
     "メガ割クーポンは本日23:59まで！", "カートに商品が残っています。ページを離れますか？"),
    ("ja-sale-yahoo-shopping", "https://shopping.yahoo.co.jp/promotion/campaign/5days/", "Yahoo!ショッピング", "#ff0033", "5のつく日キャンペーン",
     "本日限定 PayPayポイント最大+4%", "入力中の内容が失われます。"),
    ("ja-sale-zozotown", "https://zozo.jp/sale/timesale/", "ZOZOTOWN", "#000", "タイムセール",
     "タイムセール終了まで", "購入手続き中です。このページから移動しますか？"),
    ("ja-sale-his-tokka", "https://www.his-j.com/kaigai/campaign/timesale/", "H.I.S.", "#005bac", "海外ツアー タイムセール",
     "残席わずか！お申し込みは終了時刻まで", "お申し込みが完了していません。"),
    ("en-sale-target", "https://www.target.com/c/top-deals/-/N-4xw74", "Target", "#cc0000", "Deal of the Day",
     "Ends tonight at 11:59 p.m. PT", "You have items in your cart."),
    ("en-sale-woot", "https://www.woot.com/", "Woot!", "#5aa700", "Today's Woot-Off",
     "Next deal in", "Leave the Woot-Off? Deals change fast."),
    ("en-sale-kohls", "https://www.kohls.com/sale-event/black-friday.jsp", "Kohl's", "#859b3b", "Black Friday Deals",
     "Doorbusters end in", "Your Kohl's Cash offer expires if you leave now."),
]
SALE_JS = """var end=Date.now()+%d*1000;setInterval(function(){var s=Math.max(0,Math.floor((end-Date.now())/1000));
document.getElementById('cd').textContent=Math.floor(s/3600)+':'+('0'+Math.floor(s/60)%%60).slice(-2)+':'+('0'+s%%60).slice(-2);},1000);
var dirty=false;document.querySelectorAll('.add').forEach(function(b){b.addEventListener('click',function(){dirty=true;document.getElementById('cart').textContent=+document.getElementById('cart').textContent+1;});});
addEventListener('beforeunload',function(e){if(dirty){e.preventDefault();e.returnValue=%s;}});"""
for slug, url, brand, color, h1, banner, leave in SALES:
    lang = slug[:2]
    ja = lang == "ja"
    items = "".join('<div class="box" style="width:200px"><div style="height:120px;background:hsl(%d,40%%,80%%)"></div><p>%s</p><p><strong>%s</strong></p><button class="btn add" type="button">%s</button></div>'
                    % ((seed(slug) + i * 50) % 360, q(n), q(pr), "カートに入れる" if ja else "Add to cart") for i, (n, pr) in enumerate(
                        [("ワイヤレスイヤホン", "¥3,980"), ("電気ケトル 1.0L", "¥2,480"), ("保湿クリーム 2個セット", "¥1,690"), ("ダウンジャケット", "¥8,990")] if ja else
                        [("Air fryer 5qt", "$39.99"), ("Wireless earbuds", "$24.99"), ("Throw blanket", "$12.00"), ("Smart plug 4-pack", "$19.99")]))
    body = ('<div class="warn" style="font-size:20px"><strong>%s</strong> <span id="cd" style="font-family:monospace">--:--:--</span></div><h1>%s</h1>'
            '<p>%s <span id="cart">0</span></p><div style="display:flex;flex-wrap:wrap;gap:14px">%s</div>'
            % (q(banner), q(h1), "カート:" if ja else "Cart:", items))
    legit(slug, lang, url, "countdown-shop", "%s: countdown sale, beforeunload when the cart is filled" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("セール" if ja else "Deals", "/sale"), ("カート" if ja else "Cart", "/cart")], crumbs=[h1], color=color,
               script=SALE_JS % (3600 * 5 + seed(slug) % 3000, js(leave)), section="shop"))

# ------------------------------------------------------------------ government: tax, pension, My Number
GOV = [
    ("ja-gov-kakutei-shinkoku", "https://www.nta.go.jp/taxes/shiraberu/shinkoku/tokushu/index.htm", "国税庁", "#1a4d8f",
     "確定申告特集", ["令和8年分の確定申告の期限は、令和9年3月15日（月）です。", "スマホとマイナンバーカードで、e-Tax から申告できます。",
                  "国税庁や税務署を名乗り、「未納の税金がある」としてSMSでカード払いを求める詐欺が発生しています。"],
     [("所得税の申告・納付期限", "3月15日"), ("振替納税の引落日", "4月下旬"), ("電話相談", "税務署の電話相談センター")], "deadline, scam warning"),
    ("ja-gov-mynaportal", "https://myna.go.jp/SCK0101_01_001/SCK0101_01_001_InitDiscsys.form", "マイナポータル", "#00497a",
     "マイナポータルにログイン", ["マイナンバーカードを読み取ってログインします。スマートフォンの場合はアプリをダウンロードしてください。",
                             "利用者証明用電子証明書の暗証番号（数字4桁）を入力してください。3回間違えるとロックされます。"],
     [("必要なもの", "マイナンバーカード、暗証番号"), ("アプリ", "マイナポータルアプリ（iOS / Android）"), ("お問い合わせ", "マイナンバー総合フリーダイヤル 0120-000-178")], "app download, card PIN"),
    ("ja-gov-kojinbango-yukokigen", "https://www.kojinbango-card.go.jp/kofushinse/expiry/", "地方公共団体情報システム機構", "#d7000f",
     "電子証明書の有効期限が近づいている方へ", ["電子証明書の有効期限は、発行日から5回目の誕生日までです。有効期限の2〜3か月前に「有効期限通知書」をお送りします。",
                                         "更新はお住まいの市区町村の窓口で行います。手数料は無料です。電話やメールで更新費用を請求することはありません。"],
     [("有効期限", "発行日から5回目の誕生日"), ("更新場所", "市区町村の窓口"), ("問い合わせ", "マイナンバー総合フリーダイヤル 0120-000-178")], "有効期限, 更新 notice, toll-free"),
    ("ja-gov-digital-hokensho", "https://www.digital.go.jp/policies/mynumber/insurance-card", "デジタル庁", "#000",
     "マイナ保険証の利用登録", ["医療機関の顔認証付きカードリーダーで、カメラに顔を向けて本人確認をします。",
                          "利用登録はマイナポータルやセブン銀行ATMでもできます。"],
     [("本人確認", "顔認証または暗証番号"), ("資格確認書", "お持ちでない方に送付")], "face camera wording, registration"),
    ("ja-gov-nenkin-net", "https://www.nenkin.go.jp/n_net/login.html", "日本年金機構", "#00449e",
     "ねんきんネットへのログイン", ["ねんきんネットでは、年金記録の確認や将来の年金見込額の試算ができます。",
                            "日本年金機構の職員が、年金の手続きのためにATMの操作をお願いすることはありません。"],
     [("ログイン方法", "マイナポータル経由 / ユーザID"), ("ねんきんネット専用番号", "0570-000-035")], "login, hotline, scam note"),
    ("ja-gov-furusato-nozei", "https://www.soumu.go.jp/main_sosiki/jichi_zeisei/czaisei/czaisei_seido/furusato/mechanism/deduction.html", "総務省", "#004098",
     "ふるさと納税のしくみ", ["寄附金のうち2,000円を超える部分について、所得税と住民税から控除を受けられます。",
                        "ワンストップ特例の申請期限は翌年1月10日（必着）です。"],
     [("申請期限", "翌年1月10日"), ("控除上限", "収入・家族構成で異なる")], "期限 wording"),
    ("en-gov-hmrc-penalty", "https://www.gov.uk/self-assessment-tax-returns/penalties", "GOV.UK", "#1d70b8",
     "Self Assessment tax returns: penalties", ["You'll get a penalty if you need to send a tax return and you miss the deadline for submitting it or paying your bill.",
                                               "HMRC will never ask you to pay by text message. Check that a contact is genuine."],
     [("Deadline", "31 January"), ("Late penalty", "£100 up to 3 months late, then more"), ("Pay", "Online, bank, or Direct Debit")], "deadline, penalties"),
    ("en-gov-ftb-ca", "https://www.ftb.ca.gov/pay/collections/index.html", "Franchise Tax Board", "#0f4c81",
     "Collections: you owe a balance", ["If you received a notice, pay the balance or set up a payment plan to avoid wage garnishment or a bank levy.",
                                        "We'll never ask for gift cards."],
     [("Pay", "Web Pay, card, check"), ("Payment plan", "Apply online")], "garnishment, levy words"),
    ("en-gov-medicare", "https://www.medicare.gov/basics/reporting-medicare-fraud-and-abuse", "Medicare.gov", "#0071bc",
     "Report Medicare fraud", ["Medicare will never call you to sell you anything or visit your home.", "Guard your Medicare card like a credit card."],
     [("Call", "1-800-555-0133 (TTY 1-877-555-0148)"), ("Online", "Fraud reporting form")], "hotline, scam words"),
]
for slug, url, brand, color, h1, paras, rows, tags in GOV:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>\n%s\n%s\n%s\n<h2>%s</h2>\n%s'
            % (q(h1), p(*map(q, paras)), table([(k, q(v)) for k, v in rows]),
               '<p><a class="btn" href="/login">%s</a> <a class="btn sub" href="/app">%s</a></p>' % ("ログイン" if ja else "Sign in", "アプリをダウンロード" if ja else "Get the app"),
               "関連情報" if ja else "Related", li(*[a(x) for x in (["よくある質問", "手続きの流れ", "お知らせ一覧", "不審な電話・メールにご注意"] if ja else ["Help", "Pay", "Forms", "Scams"])])))
    legit(slug, lang, url, "government", "%s: %s" % (brand, tags),
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("お知らせ" if ja else "News", "/news"), ("手続き" if ja else "Services", "/services")],
               crumbs=[h1], color=color, section="gov"))

# ------------------------------------------------------------------ delivery tracking
TRACK = [
    ("ja-track-yamato", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko", "ヤマト運輸", "#fdd000", "荷物お問い合わせシステム",
     [("伝票番号", "4321-0987-6543"), ("状態", "持戻（ご不在）"), ("再配達", "ご希望の日時をお選びください")], "ヤマト運輸がSMSで送料不足の支払いを求めることはありません。"),
    ("ja-track-yubin", "https://trackings.post.japanpost.jp/services/srv/search/", "日本郵便", "#cc0000", "郵便追跡サービス",
     [("お問い合わせ番号", "1234-5678-9012"), ("状態", "ご不在のため持ち戻り"), ("再配達", "インターネットまたは電話で受付")], "再配達の申込で手数料を請求することはありません。"),
    ("ja-track-fukutsu", "https://corp.fukutsu.co.jp/situation/tracking_no", "福山通運", "#005caa", "お荷物追跡",
     [("お問合せ番号", "5678-1234-99"), ("状態", "配達店到着"), ("配達予定", "12月9日")], "当社を装った不審なSMSにご注意ください。"),
    ("ja-track-seino", "https://track.seino.co.jp/kamotsu/GempyoNoShokai.do", "西濃運輸", "#0064b0", "お問合せ番号検索",
     [("お問合せ番号", "9988-7766-55"), ("状態", "配達中"), ("担当店", "東京支店 03-0000-1166")], "ご不明点は担当店へお電話ください。"),
    ("en-track-ups", "https://www.ups.com/track?tracknum=1Z999AA10123456784", "UPS", "#351c15", "Tracking",
     [("Tracking number", "1Z999AA10123456784"), ("Status", "Delivery attempted"), ("Next", "We'll try again next business day")], "UPS doesn't ask for payment by text for redelivery."),
    ("en-track-ontrac", "https://www.ontrac.com/tracking/?number=D10012345678901", "OnTrac", "#0067a0", "Track a shipment",
     [("Tracking", "D10012345678901"), ("Status", "Out for delivery"), ("ETA", "By 8 p.m.")], "Questions? 1-800-555-0108"),
    ("en-track-canadapost", "https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604", "Canada Post", "#da291c", "Track",
     [("Tracking number", "7023210039414604"), ("Status", "Item available for pickup"), ("Duties", "Pay duties only in your Canada Post account")], "Canada Post doesn't text you to pay fees through a link."),
]
for slug, url, brand, color, h1, rows, note in TRACK:
    lang = slug[:2]
    ja = lang == "ja"
    steps = [("12/07 09:12", "荷物受付" if ja else "Picked up"), ("12/07 21:40", "発送" if ja else "Departed facility"),
             ("12/08 08:05", "配達店到着" if ja else "Arrived at facility"), ("12/08 14:22", rows[1][1])]
    body = ('<h1>%s</h1><form class="box" action="#"><label>%s <input value="%s" size="22"></label> <button class="btn" type="button">%s</button></form>%s<h2>%s</h2>%s'
            '<p><a class="btn" href="/redelivery">%s</a></p><div class="info">%s</div>'
            % (q(h1), q(rows[0][0]), q(rows[0][1]), "検索" if ja else "Track", table([(k, q(v)) for k, v in rows]),
               "配達状況" if ja else "Progress", table([(t, q(s)) for t, s in steps]), "再配達を依頼する" if ja else "Request redelivery", q(note)))
    legit(slug, lang, url, "delivery-tracking", "%s: tracking page, redelivery button, 'not at home' status" % brand,
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("送る" if ja else "Ship", "/ship"), ("受け取る" if ja else "Receive", "/receive")], crumbs=[h1], color=color))

# ------------------------------------------------------------------ toll / ETC
TOLL = [
    ("ja-toll-etc-meisai", "https://www.etc-meisai.jp/", "ETC利用照会サービス", "#0a8a3a", "ETC利用照会サービス",
     ["ETCカードのご利用明細を確認・印刷できるサービスです。会員登録が必要です。", "本サービスから、メールやSMSで支払いを求めることはありません。「ETCサービスが無効になりました」というメールは詐欺です。"],
     [("ご利用明細", "最大15か月分"), ("ヘルプデスク", "ETC利用照会サービス事務局 0570-000-139")], "ETC login, scam note"),
    ("ja-toll-driveplaza-mibarai", "https://www.driveplaza.com/etc/unpaid/", "NEXCO 中日本", "#008c44", "料金のお支払いについて（未払い）",
     ["料金所で通行料金のお支払いが確認できなかった場合、後日、ご請求書を郵送いたします。", "請求書に記載の期限までにお支払いください。期限を過ぎた場合は割増金を請求することがあります。"],
     [("お支払い方法", "請求書記載の方法（コンビニ・銀行振込）"), ("お問い合わせ", "NEXCO お客さまセンター 0120-000-102")], "未払い, 割増金"),
    ("ja-toll-shutoko-etc2", "https://www.shutoko.jp/fee/etc2/", "首都高速道路", "#00498d", "ETC2.0 のご案内",
     ["ETC2.0 に対応した車載器で、渋滞回避支援などの情報を受け取れます。", "料金は距離に応じて計算されます。"],
     [("料金", "距離別料金"), ("お客さまセンター", "03-0000-8101（24時間）")], "toll page, hotline"),
    ("en-toll-thetollroads", "https://www.thetollroads.com/paying-tolls/violations", "The Toll Roads", "#00338d", "Toll violations",
     ["If you drove without paying within 5 days, a notice of toll evasion will be mailed to the registered owner.", "Pay within 30 days to avoid more penalties. We never send payment links by text."],
     [("Pay", "Online with your notice number"), ("Customer service", "1-949-555-0180")], "violation, penalties"),
    ("en-toll-sunpass", "https://www.sunpass.com/en/pay/payTolls.shtml", "SunPass", "#f58220", "Pay tolls",
     ["Pay your Toll-By-Plate invoice online.", "SunPass will not text you about unpaid tolls with a link. Sign in directly instead."],
     [("Invoice number", "On your mailed invoice"), ("Call", "1-888-555-0113")], "unpaid toll, invoice"),
    ("en-toll-ntta", "https://www.ntta.org/pay-an-invoice", "NTTA", "#00205b", "Pay an invoice",
     ["Enter your invoice number and license plate to pay.", "Unpaid invoices can lead to late fees and registration blocks."],
     [("Late fee", "Added to second notice"), ("Customer service", "1-972-555-0146")], "late fees, registration block"),
]
for slug, url, brand, color, h1, paras, rows, tags in TOLL:
    lang = slug[:2]
    ja = lang == "ja"
    body = ('<h1>%s</h1>%s%s<form class="box" action="/login"><label>%s <input></label> <label>%s <input type="password"></label> <button class="btn">%s</button></form>'
            % (q(h1), p(*map(q, paras)), table([(k, q(v)) for k, v in rows]), "ユーザーID" if ja else "Invoice number",
               "パスワード" if ja else "License plate", "ログイン" if ja else "Continue"))
    legit(slug, lang, url, "bill-payment", "%s: %s" % (brand, tags),
          site(lang, "%s | %s" % (h1, brand), brand, body, nav=[("料金" if ja else "Tolls", "/fee"), ("ETC" if ja else "Accounts", "/etc")], crumbs=[h1], color=color))
