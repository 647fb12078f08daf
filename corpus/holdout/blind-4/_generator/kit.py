"""Shared pieces for blind-4: page shell, site chrome, registry of pages.

Every page is written here in our own words. Nothing in a page loads from the
network: no http(s) src/href for scripts, styles, images or fonts (checked in
gen.py); downloads, sounds and sw.js are relative paths that do not exist.
"""
import hashlib
import html
import random

PAGES = []  # dicts: slug, label, expect, url, category, lang, note, repo, path, desc, html

LICENSE = "alertguard-replica"


def rng(slug):
    return random.Random(int(hashlib.sha256(slug.encode()).hexdigest()[:12], 16))


def esc(s):
    return html.escape(s, quote=True)


def add(slug, label, expect, url, category, lang, note, repo, path, html_text, desc=None):
    for f in (note, repo, path, url):
        assert "\t" not in f and "\n" not in f and not f.startswith('"'), (slug, f)
    PAGES.append(dict(slug=slug, label=label, expect=expect, url=url, category=category,
                      lang=lang, note=note, repo=repo, path=path, desc=desc or note,
                      html=html_text))


BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:%(font)s;color:#222;background:%(bg)s;line-height:1.7}
a{color:%(link)s}.wrap{max-width:1100px;margin:0 auto;padding:0 16px}
.util{background:#f3f3f3;font-size:12px;border-bottom:1px solid #ddd}.util ul{list-style:none;margin:0;padding:4px 0;display:flex;gap:14px;justify-content:flex-end}
header.site{background:#fff;border-bottom:3px solid %(brand)s}header.site .wrap{display:flex;align-items:center;gap:24px;padding:10px 16px}
.logo{font-weight:700;font-size:22px;color:%(brand)s;text-decoration:none;white-space:nowrap}.logo span{display:inline-block;width:26px;height:26px;border-radius:6px;background:%(brand)s;margin-right:8px;vertical-align:-6px}
nav.gnav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:14px}nav.gnav a{text-decoration:none;color:#333}
.search{margin-left:auto}.search input{padding:5px 8px;border:1px solid #bbb;border-radius:4px;width:170px}
.menu-btn{display:none}.crumbs{font-size:12px;color:#666;padding:8px 0}.crumbs a{color:#666}
.cols{display:flex;gap:28px;align-items:flex-start}.cols main{flex:1;min-width:0}.cols aside{width:250px;font-size:13px}
aside .box{border:1px solid #ddd;border-radius:6px;padding:10px 14px;margin-bottom:16px;background:#fff}aside h3{font-size:14px;margin:0 0 6px}
aside ul{margin:0;padding-left:18px}h1{font-size:26px;line-height:1.35}h2{font-size:20px;border-left:5px solid %(brand)s;padding-left:10px;margin-top:28px}
.btn{display:inline-block;background:%(brand)s;color:#fff;border:0;border-radius:6px;padding:10px 22px;font-size:16px;text-decoration:none;cursor:pointer}
.btn.sub{background:#fff;color:%(brand)s;border:1px solid %(brand)s}.note{font-size:13px;color:#555}
table.t{border-collapse:collapse;width:100%%;margin:10px 0}table.t th,table.t td{border:1px solid #ccc;padding:6px 10px;text-align:left;font-size:14px}table.t th{background:#f5f5f5}
footer.site{background:#2b2f33;color:#ddd;margin-top:40px;font-size:13px}footer.site a{color:#ddd;text-decoration:none}
footer.site .fcols{display:flex;gap:40px;flex-wrap:wrap;padding:24px 16px}footer.site ul{list-style:none;padding:0;margin:6px 0}
.copy{border-top:1px solid #444;padding:10px 16px;font-size:12px;color:#aaa}#pagetop{position:fixed;right:16px;bottom:16px;display:none;background:#555;color:#fff;border:0;border-radius:50%%;width:40px;height:40px}
pre.cmd{background:#1e1e1e;color:#eee;padding:12px 14px;border-radius:6px;overflow:auto;position:relative;font-size:14px}
.copybtn{position:absolute;right:8px;top:8px;font-size:12px;background:#444;color:#fff;border:0;border-radius:4px;padding:3px 8px;cursor:pointer}
.card{border:1px solid #ddd;border-radius:8px;padding:14px 18px;background:#fff;margin:12px 0}
.related ul{padding-left:18px}.related li{margin:6px 0}
.tel{font-size:28px;font-weight:700;color:%(brand)s;letter-spacing:1px}
"""

FONT_JA = "'Hiragino Kaku Gothic ProN','Noto Sans JP',Meiryo,sans-serif"
FONT_EN = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"


def css(brand="#0a5ca8", lang="ja", bg="#fafafa", link=None):
    return BASE_CSS % dict(font=FONT_JA if lang == "ja" else FONT_EN, bg=bg, brand=brand,
                           link=link or brand)


SITE_JS = """
window.dataLayer=window.dataLayer||[];dataLayer.push({event:'pageview',page_type:'%(ptype)s',site:'%(site)s'});
(function(){var b=document.querySelector('.menu-btn'),n=document.querySelector('nav.gnav');if(b&&n){b.addEventListener('click',function(){n.classList.toggle('open')})}
var t=document.getElementById('pagetop');if(t){window.addEventListener('scroll',function(){t.style.display=window.scrollY>300?'block':'none'});t.addEventListener('click',function(){window.scrollTo({top:0,behavior:'smooth'})})}})();
"""

UTIL = {
    "ja": ["文字サイズ 標準", "大", "English", "サイトマップ", "お問い合わせ"],
    "en": ["Accessibility", "Español", "Help", "Contact us", "Sign in"],
}
FOOT = {
    "ja": [("サービス", ["サービス一覧", "料金・手数料", "キャンペーン", "よくあるご質問"]),
           ("企業情報", ["会社概要", "ニュースリリース", "採用情報", "IR情報"]),
           ("ご利用にあたって", ["個人情報保護方針", "サイトのご利用条件", "ソーシャルメディアポリシー", "アクセシビリティ方針"])],
    "en": [("Products", ["All products", "Pricing", "Offers", "FAQ"]),
           ("Company", ["About us", "Newsroom", "Careers", "Investors"]),
           ("Legal", ["Privacy", "Terms of use", "Cookie settings", "Accessibility"])],
}


def ul(items, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def links(items):
    return [f'<a href="#">{esc(i)}</a>' for i in items]


def news(lang, slug, items):
    r = rng(slug + "news")
    out = []
    for it in items:
        m, d = r.randint(1, 12), r.randint(1, 28)
        date = f"2026年{m}月{d}日" if lang == "ja" else f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m-1]} {d}, 2026"
        out.append(f'<span class="note">{date}</span> <a href="#">{esc(it)}</a>')
    return ul(out)


def shell(lang, title, body, style="", scripts="", head=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n{head}<style>{style}</style>\n</head>\n<body>\n{body}\n"
            + (f"<script>\n{scripts}\n</script>\n" if scripts else "") + "</body>\n</html>\n")


def site_page(slug, lang, site, title, main, brand="#0a5ca8", nav=None, crumbs=None,
              aside=None, scripts="", extra_css="", ptype="article", foot=None, head="",
              related=None, copy_name=None, after_body=""):
    """An ordinary site page: utility bar, header, nav, breadcrumbs, main + aside, footer."""
    nav = nav or pick_nav(lang, site, slug)
    crumbs = crumbs or [nav[0], title]
    util = ul(links(UTIL[lang]))
    searchph = "サイト内検索" if lang == "ja" else "Search"
    header = (f'<div class="util"><div class="wrap">{util}</div></div>\n'
              f'<header class="site"><div class="wrap"><a class="logo" href="#"><span></span>{esc(site)}</a>'
              f'<button class="menu-btn" aria-label="menu">≡</button>'
              f'<nav class="gnav">{ul(links(nav))}</nav>'
              f'<form class="search" onsubmit="return false"><input type="search" placeholder="{searchph}"></form></div></header>\n')
    cr = " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in crumbs[:-1]) + " &gt; " + esc(crumbs[-1])
    if aside is None:
        rel = related or nav[1:]
        hd = ("関連ページ", "お知らせ") if lang == "ja" else ("Related", "Latest")
        aside = (f'<div class="box"><h3>{hd[0]}</h3>{ul(links(rel))}</div>'
                 f'<div class="box"><h3>{hd[1]}</h3>{news(lang, slug, rel[:3])}</div>')
    fcols = "".join(f"<div><strong>{esc(h)}</strong>{ul(links(i))}</div>" for h, i in (foot or FOOT[lang])) + mega_footer(lang, slug)
    ck_html, ck_js = cookie_bar(lang, slug)
    main = main + related_block(lang, slug)
    head = head + jsonld(site, crumbs, "")
    cn = copy_name or site
    footer = (f'<footer class="site"><div class="wrap fcols">{fcols}</div>'
              f'<div class="wrap copy">© 2026 {esc(cn)}{" All Rights Reserved." if lang=="en" else " All Rights Reserved."}</div></footer>'
              f'<button id="pagetop" aria-label="top">↑</button>')
    body = (header + f'<div class="wrap"><div class="crumbs">{cr}</div><div class="cols"><main>\n{main}\n</main>'
            f"<aside>{aside}</aside></div></div>\n" + footer + ck_html + after_body)
    js = SITE_JS % dict(ptype=ptype, site=slug.split("-")[1] if "-" in slug else slug) + ck_js + "\n" + scripts
    return shell(lang, title + " | " + site, body, css(brand, lang) + extra_css, js, head)


def bare_page(lang, title, body, style, scripts="", head=""):
    return shell(lang, title, body, style, scripts, head)


def hnum(s):
    """A stable number from a string (Python's hash() is salted per run)."""
    return int(hashlib.sha256(s.encode()).hexdigest()[:15], 16)


# ---------------------------------------------------------------- richer site chrome (size and markup of real sites)
POOL = {
    "ja": {
        "sitemap": ["個人のお客さま", "法人のお客さま", "店舗・ATM", "手続き一覧", "料金一覧", "よくあるご質問", "お問い合わせ窓口", "チャットで相談",
                    "キャンペーン一覧", "新着情報", "重要なお知らせ", "障害・メンテナンス情報", "セキュリティについて", "推奨環境", "アプリのご案内", "メールマガジン",
                    "会社概要", "沿革", "サステナビリティ", "採用情報", "IR・投資家情報", "ニュースリリース", "グループ会社", "公告",
                    "個人情報の取扱い", "Cookieポリシー", "反社会的勢力に対する基本方針", "勧誘方針", "お客さま本位の業務運営", "ウェブアクセシビリティ", "サイトの使い方", "English"],
        "related": [("年末年始の営業日・窓口受付時間について", "12月29日から1月3日までの窓口・電話受付時間をご案内します。"),
                    ("システムメンテナンスのお知らせ", "12月13日（日）1:00～6:00 は一部サービスをご利用いただけません。"),
                    ("当社をかたる不審なメール・SMSにご注意ください", "実在の当社サービス名を用いたフィッシングが確認されています。"),
                    ("ホームページをリニューアルしました", "スマートフォンでも見やすいデザインになりました。"),
                    ("冬のキャンペーン実施中", "期間中のお申し込みで、もれなくポイントをプレゼント。"),
                    ("よくあるご質問を更新しました", "お問い合わせの多いご質問を追加しました。"),
                    ("新しいアプリを公開しました", "App Store・Google Play からダウンロードできます。"),
                    ("お客さまの声から生まれた改善", "いただいたご意見をもとに手続き画面を見直しました。")],
        "cookie": ("当サイトでは、利便性向上とアクセス解析のためにCookieを使用しています。サイトの閲覧を続けることで、Cookieの使用に同意したものとみなされます。", "同意する", "詳細"),
        "rel_h": "あわせて読みたい",
    },
    "en": {
        "sitemap": ["Personal", "Business", "Locations", "Help center", "Pricing", "FAQs", "Contact us", "Chat with us",
                    "Offers", "What's new", "Service status", "Security center", "Supported browsers", "Mobile app", "Newsletter", "Community",
                    "About us", "Our history", "Sustainability", "Careers", "Investor relations", "Press", "Partners", "Suppliers",
                    "Privacy notice", "Cookie policy", "Your privacy choices", "Terms of use", "Accessibility", "Site map", "Do not sell my info", "Español"],
        "related": [("Holiday hours", "See when our stores and phone lines are open over the holidays."),
                    ("Scheduled maintenance", "Some services will be unavailable Sunday from 1 am to 5 am ET."),
                    ("How to spot a scam", "We'll never ask for your password or a code by phone or text."),
                    ("Our new website", "A cleaner design that works better on your phone."),
                    ("Winter savings", "Limited-time offers on our most popular plans."),
                    ("Updated FAQs", "Answers to the questions we hear most often."),
                    ("Try the app", "Manage everything on the go — available for iPhone and Android."),
                    ("Customer stories", "How people like you use our services every day.")],
        "cookie": ("We use cookies to make our site work, to understand how it is used and to personalise content. Choose Accept to agree or Manage to change your settings.", "Accept", "Manage"),
        "rel_h": "You might also like",
    },
}


def mega_footer(lang, slug):
    r = rng(slug + "foot")
    items = POOL[lang]["sitemap"][:]
    r.shuffle(items)
    heads = (["サービス", "サポート", "企業情報", "ポリシー"] if lang == "ja" else ["Services", "Support", "Company", "Policies"])
    cols = "".join(f"<div><strong>{h}</strong>{ul(links(items[i*7:(i+1)*7]))}</div>" for i, h in enumerate(heads))
    return cols


def related_block(lang, slug):
    r = rng(slug + "rel")
    items = POOL[lang]["related"][:]
    r.shuffle(items)
    lis = "".join(f'<li><a href="#">{esc(t)}</a><br><span class="note">{esc(d)}</span></li>' for t, d in items[:5])
    return f'<section class="related"><h2>{POOL[lang]["rel_h"]}</h2><ul>{lis}</ul></section>'


def cookie_bar(lang, slug):
    if rng(slug + "ck").random() > 0.45:
        return "", ""
    t, a, b = POOL[lang]["cookie"]
    html_ = (f'<div id="ckbar" style="position:fixed;left:0;right:0;bottom:0;background:#333;color:#fff;padding:12px 20px;font-size:13px;z-index:40;display:flex;gap:12px;align-items:center">'
             f'<span>{esc(t)}</span><button class="btn" id="ckok">{esc(a)}</button><a href="#" style="color:#ccc">{esc(b)}</a></div>')
    js = "(function(){var b=document.getElementById('ckbar');if(!b)return;try{if(localStorage.getItem('ck')==='1'){b.remove();return}}catch(e){}document.getElementById('ckok').addEventListener('click',function(){try{localStorage.setItem('ck','1')}catch(e){}b.remove()})})();"
    return html_, js


def jsonld(site, crumbs, url_host):
    items = ",".join('{"@type":"ListItem","position":%d,"name":"%s"}' % (i + 1, c.replace('"', "'")) for i, c in enumerate(crumbs))
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"%s"},'
            '{"@type":"BreadcrumbList","itemListElement":[%s]}]}</script>\n' % (site.replace('"', "'"), items))


# ---------------------------------------------------------------- ordinary content for hijacked sites and kit padding
ARTICLE = {
    "ja": ["朝晩の冷え込みが厳しくなってきました。今週は地元の商店街で開かれた冬の市の様子をお届けします。",
           "会場には地元の農家さんが育てた白菜や大根がずらりと並び、開店前から長い列ができていました。",
           "今年で12回目となるこのイベントは、子どもからお年寄りまで楽しめる催しとしてすっかり定着しています。",
           "人気の豚汁のふるまいは、用意した300食が1時間ほどでなくなってしまったそうです。",
           "主催者の方は「来年はテントを増やして、ゆっくり休める場所も作りたい」と話していました。",
           "次回は1月の第2日曜日に開催予定です。詳しい日程は決まり次第、このブログでお知らせします。",
           "ところで、先日いただいたコメントへのお返事が遅くなってしまいました。いつも読んでくださってありがとうございます。",
           "写真はスマートフォンで撮影したものです。明るさだけ少し調整しています。",
           "駐車場は台数に限りがありますので、なるべく公共交通機関をご利用ください。",
           "それでは今日はこのへんで。みなさんも風邪などひかないよう、暖かくしてお過ごしください。"],
    "en": ["The first frost arrived this week, and with it the start of our favourite season in the kitchen.",
           "This recipe came from my grandmother, who wrote it on the back of an envelope in 1962.",
           "You'll need four tart apples, a cup of sugar, a little cinnamon and a generous knob of butter.",
           "Don't skip chilling the dough: thirty minutes in the fridge makes all the difference to the crust.",
           "Readers have asked whether you can use a food processor. You can, but pulse gently.",
           "Bake at 400°F for the first fifteen minutes, then turn the oven down and be patient.",
           "The church bake sale is on Saturday from 9 to noon, and all proceeds go to the food pantry.",
           "Thanks to everyone who left a comment last week. I read every single one.",
           "Photos were taken on my phone by the kitchen window, no filters.",
           "Next week: cranberry bread, and a few tips for freezing it for the holidays."],
}


def article(lang, slug, n=6):
    r = rng(slug + "art")
    paras = ARTICLE[lang][:]
    r.shuffle(paras)
    return "".join(f"<p>{esc(p)}</p>" for p in paras[:n])


SVG_SHIELD = ("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA2NCA2NCI+PHBhdGggZD0iTTMyIDRMOCAxNHYxNmMwIDE1IDEwIDI2IDI0IDMwIDE0LTQgMjQtMTUgMjQtMzBWMTR6IiBmaWxsPSIjMDA3OGQ0Ii8+"
              "PHBhdGggZD0iTTI5IDQwbC05LTkgNC00IDUgNSAxMS0xMSA0IDR6IiBmaWxsPSIjZmZmIi8+PC9zdmc+")
SVG_WARN = ("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA2NCA2NCI+PHBhdGggZD0iTTMyIDRMMiA2MGg2MHoiIGZpbGw9IiNlODExMjMiLz48cmVjdCB4PSIyOSIgeT0iMjIiIHdpZHRoPSI2IiBoZWlnaHQ9IjIyIiBmaWxsPSIjZmZmIi8+"
            "PHJlY3QgeD0iMjkiIHk9IjQ4IiB3aWR0aD0iNiIgaGVpZ2h0PSI2IiBmaWxsPSIjZmZmIi8+PC9zdmc+")

KIT_CSS = """
.tb-ico{display:inline-block;width:22px;height:22px;margin:0 6px;vertical-align:middle;background:#3a3a3a;border-radius:3px}
.desk-icons{position:fixed;left:14px;top:14px;display:grid;gap:18px;z-index:0}.desk-icons div{width:70px;text-align:center;color:#fff;font-size:11px;text-shadow:0 1px 2px #000}
.desk-icons i{display:block;width:40px;height:40px;margin:0 auto 4px;background:#6aa9e9;border-radius:4px}
.sys-tray{float:right}.sys-tray span{margin-left:10px}.notif-toast{position:fixed;right:12px;bottom:52px;width:340px;background:#2b2b2b;color:#fff;padding:12px 14px;font-size:13px;border-left:4px solid #e81123;z-index:5}
.notif-toast img{width:22px;vertical-align:middle;margin-right:6px}.logo-img{width:40px;height:40px;vertical-align:middle;margin-right:8px}
@keyframes blink{50%{opacity:.2}}.blink{animation:blink 1s steps(1) infinite}
"""


def kit_pad(lang, slug, toast=None):
    """What locker and fake-alert kits carry besides the message: desktop icons, taskbar, tray, a toast, inline images."""
    names = (["PC", "ごみ箱", "ドキュメント", "Microsoft Edge", "Excel", "年賀状2027", "写真", "家計簿.xlsx"] if lang == "ja" else
             ["This PC", "Recycle Bin", "Documents", "Microsoft Edge", "Excel", "Taxes 2026", "Photos", "Budget.xlsx"])
    icons = "".join(f"<div><i></i>{esc(n)}</div>" for n in names)
    tray = "".join(f'<span class="tb-ico"></span>' for _ in range(9))
    t = toast or ("Windows セキュリティ: 脅威が見つかりました。今すぐ対処してください。" if lang == "ja" else "Windows Security: Threats found. Take action now.")
    return (f'<div class="desk-icons">{icons}</div>'
            f'<div class="notif-toast"><img src="{SVG_WARN}" alt=""><b>{"Windows セキュリティ" if lang=="ja" else "Windows Security"}</b><br>{esc(t)}</div>'
            f'<img src="{SVG_SHIELD}" alt="" style="display:none" id="shield-img">'
            f'<audio id="snd" src="alert.mp3" preload="auto" loop></audio>'
            f'<noscript>{"JavaScript を有効にしてください" if lang=="ja" else "Please enable JavaScript"}</noscript>'), KIT_CSS


HIJACKED = {
    "ja": ["まちかど日和", "ふるさと農園だより", "しずおか釣り日誌", "昭和レトロ喫茶めぐり", "こども食堂ひまわり", "週末家庭菜園ノート"],
    "en": ["Maple Street Bakery", "Lakeside Garden Club", "Riverside Quilters", "Backyard Birding Notes", "Oak Hill Tennis Club", "Pine Valley Library Friends"],
}


def scam_wrap(slug, lang, mode, title, body, st, js, site=None, brand="#555"):
    """A scam page as it is met: bare kit page, cloned site chrome, or an overlay on a hijacked ordinary site."""
    if mode == "bare":
        return bare_page(lang, title, body, st, js)
    stx = st.replace("body{", ".scam-x{")
    if mode == "clone":
        return site_page(slug, lang, site, title, f'<div class="scam-x">{body}</div>', brand, scripts=js, extra_css=stx)
    if mode == "overlay":
        r = rng(slug + "hj")
        host_site = site or r.choice(HIJACKED[lang])
        topic = ("今週のできごと" if lang == "ja" else "This week")
        return site_page(slug, lang, host_site, topic, article(lang, slug, 8), "#667", scripts=js, extra_css=stx,
                         after_body=f'<div class="scam-x" style="position:fixed;inset:0;z-index:999;overflow:auto;background:rgba(0,0,0,.6)">{body}</div>')
    raise ValueError(mode)


NAVS = {
    "ja": [
        (("銀行", "カード", "証券", "ゆうちょ", "ファイナンス", "Pay", "PayPay"), ["個人のお客さま", "法人のお客さま", "ローン", "資産運用", "店舗・ATM", "ログイン"]),
        (("庁", "省", "市", "警察", "警視", "年金", "国税", "検察", "マイナ", "機構", "センター", "協議会"), ["トップページ", "くらし・手続き", "相談窓口", "報道発表", "組織案内", "よくある質問"]),
        (("動画", "倶楽部", "クラブ", "ナビ", "まとめ", "出会い", "館"), ["トップ", "新着動画", "ランキング", "カテゴリ", "女優一覧", "会員ログイン"]),
        (("ドコモ", "au", "ソフトバンク", "NTT", "電力", "ガス", "NHK"), ["製品", "料金・割引", "お手続き", "サポート", "My ページ"]),
        (("新聞", "ニュース", "NHK", "tenki", "ウェザー", "スポーツ"), ["ニュース", "政治", "経済", "国際", "スポーツ", "天気"]),
        ((), ["ホーム", "サービス", "サポート", "お知らせ", "会社情報"]),
        ((), ["トップ", "製品情報", "ダウンロード", "よくある質問", "お問い合わせ"]),
        ((), ["ホーム", "ブログ", "カテゴリー", "アーカイブ", "プロフィール"]),
    ],
    "en": [
        (("Bank", "Chase", "Amex", "American Express", "Barclays", "PayPal", "Coinbase", "Stripe"), ["Checking", "Savings", "Credit cards", "Loans", "Investing", "Sign in"]),
        (("IRS", "Social Security", "DMV", "Administration", "FTC", "Government"), ["Home", "Services", "Forms", "Contact", "News", "Español"]),
        (("Times", "Guardian", "CNN", "BBC", "Verge", "Weather"), ["World", "US", "Politics", "Business", "Tech", "Weather"]),
        ((), ["Home", "Products", "Support", "News", "About"]),
        ((), ["Download", "Features", "Docs", "Community", "Blog"]),
        ((), ["Home", "Recipes", "Events", "About", "Contact"]),
    ],
}


def pick_nav(lang, site, slug):
    generic = []
    for keys, nav in NAVS[lang]:
        if keys and any(k in site for k in keys):
            return nav
        if not keys:
            generic.append(nav)
    return rng(slug + "nav").choice(generic)
