"""Building blocks for the blind-3 held-out pages (written for AlertGuard).

Pages are full-size documents (header, navigation, breadcrumbs, side column,
footer, inline scripts) written in our own words. Nothing is fetched from the
network when a page is served: no external scripts, styles, images or fonts;
links are plain anchors. `repo` names the public site (`site:<host>`),
repository or write-up (`article:<host>`) the layout and mechanics follow.
"""
import hashlib
import html
import json

PAGES = []


def q(s):
    return html.escape(s, quote=True)


def js(v):
    return json.dumps(v, ensure_ascii=False)


def host_of(url):
    return url.split("/")[2]


def seed(s):
    """A stable small number from a string (for ids and versions; no randomness)."""
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16)


def legit(slug, lang, url, cat, note, text, repo=None):
    PAGES.append(dict(slug=slug, expect="allow", url=url, cat=cat, lang=lang, note=note,
                      repo=repo or "site:" + host_of(url), html=text))


def scam(slug, lang, url, cat, note, text, repo, expect="block"):
    PAGES.append(dict(slug=slug, expect=expect, url=url, cat=cat, lang=lang, note=note,
                      repo=repo, html=text))


FONT = {"ja": "'Hiragino Kaku Gothic ProN','Noto Sans JP','Yu Gothic',Meiryo,sans-serif",
        "en": "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"}


def p(*xs):
    return "\n".join("<p>%s</p>" % x for x in xs)


def li(*xs, tag="ul", cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "<%s%s>\n%s\n</%s>" % (tag, c, "\n".join("<li>%s</li>" % x for x in xs), tag)


def a(text, href="#", cls=""):
    c = ' class="%s"' % cls if cls else ""
    return '<a href="%s"%s>%s</a>' % (q(href), c, q(text))


def doc(lang, title, body, css="", script="", head="", desc="", bodyattr=""):
    """One HTML document. `script` runs at the end of body like most sites'."""
    meta = '<meta name="description" content="%s">\n' % q(desc) if desc else ""
    tail = "<script>\n%s\n</script>\n" % script.strip() if script else ""
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s<meta name="format-detection" content="telephone=no">\n%s'
            '<style>\n*{box-sizing:border-box}body{font-family:%s;margin:0;color:#222;line-height:1.7;background:#fff}\n%s\n</style>\n'
            '</head>\n<body%s>\n%s\n%s</body>\n</html>\n'
            % (lang, q(title), meta, head, FONT[lang], css.strip(), bodyattr, body, tail))


LOGO = ('<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="6" fill="%s"/>'
        '<text x="14" y="19" font-size="14" text-anchor="middle" fill="#fff" font-family="Arial">%s</text></svg>')

UTIL = {"ja": ["文字サイズ 標準 大", "English", "サイトマップ", "よくあるご質問"],
        "en": ["Accessibility", "Español", "Locations", "Help"]}
FOOTCOLS = {
    "ja": [("会社情報", ["企業情報", "ニュースリリース", "採用情報", "IR情報"]),
           ("サポート", ["よくあるご質問", "お問い合わせ", "各種お手続き", "ご利用ガイド"]),
           ("ご利用にあたって", ["サイトのご利用条件", "個人情報保護方針", "Cookieポリシー", "ソーシャルメディアポリシー", "ウェブアクセシビリティ方針"])],
    "en": [("Company", ["About us", "Newsroom", "Careers", "Investors"]),
           ("Support", ["Help center", "Contact us", "Accessibility", "Site map"]),
           ("Legal", ["Privacy", "Terms of use", "Cookie settings", "Do not sell or share my personal information"])]}

SITE_CSS = """
a{color:%(c)s}
.util{background:#f4f5f7;font-size:12px;text-align:right;padding:4px 24px}.util a{color:#555;margin-left:14px;text-decoration:none}
header.gh{display:flex;align-items:center;gap:20px;padding:12px 24px;border-bottom:3px solid %(c)s}
header.gh .logo{display:flex;align-items:center;gap:8px;font-weight:700;font-size:19px;color:#111;text-decoration:none}
header.gh nav{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:14px}header.gh nav a{color:#333;text-decoration:none}
header.gh .search{margin-left:auto}header.gh .search input{border:1px solid #bbb;border-radius:3px;padding:5px 8px;width:180px}
.menu-btn{display:none}
.crumb{font-size:12px;color:#666;padding:8px 24px;max-width:1120px;margin:0 auto}.crumb a{color:#666}
.layout{display:flex;gap:32px;max-width:1120px;margin:0 auto;padding:4px 24px 40px}
main{flex:1;min-width:0}aside.side{width:250px;font-size:14px}
aside.side h3{font-size:14px;border-bottom:2px solid %(c)s;padding-bottom:4px}aside.side ul{padding-left:18px}
h1{font-size:26px;line-height:1.4;margin:12px 0 16px}h2{font-size:20px;border-left:5px solid %(c)s;padding-left:10px;margin-top:32px}h3{font-size:17px}
.btn{display:inline-block;background:%(c)s;color:#fff;border:0;border-radius:4px;padding:10px 20px;font-size:15px;cursor:pointer;text-decoration:none}
.btn.sub{background:#fff;color:%(c)s;border:1px solid %(c)s}
.box{border:1px solid #d5d9de;border-radius:6px;padding:14px 18px;margin:16px 0;background:#fafbfc}
.warn{border-left:5px solid #d93025;background:#fff5f4;padding:12px 16px;margin:16px 0}
.info{border-left:5px solid %(c)s;background:#f3f7fb;padding:12px 16px;margin:16px 0}
table.t{border-collapse:collapse;width:100%%;margin:12px 0;font-size:14px}table.t th,table.t td{border:1px solid #ccd;padding:7px 10px;text-align:left;vertical-align:top}table.t th{background:#eef1f5;width:30%%}
.tel{font-size:24px;font-weight:700;letter-spacing:.03em}
pre.code{background:#1e1e1e;color:#e6e6e6;padding:12px 14px;border-radius:6px;overflow:auto;font-size:13px;position:relative}
footer.gf{background:#2b2f36;color:#cfd3d8;font-size:13px;margin-top:40px}footer.gf a{color:#cfd3d8;text-decoration:none}
footer.gf .cols{display:flex;flex-wrap:wrap;gap:40px;max-width:1120px;margin:0 auto;padding:28px 24px}
footer.gf h4{color:#fff;font-size:13px;margin:0 0 8px}footer.gf ul{list-style:none;padding:0;margin:0}footer.gf li{margin:4px 0}
footer.gf .copy{border-top:1px solid #444;text-align:center;padding:12px;font-size:12px}
#pagetop{position:fixed;right:16px;bottom:16px;background:%(c)s;color:#fff;border-radius:50%%;width:40px;height:40px;text-align:center;line-height:40px;text-decoration:none;display:none}
@media (max-width:760px){aside.side{display:none}header.gh nav{display:none}.menu-btn{display:block}}
"""

BASE_JS = """window.dataLayer=window.dataLayer||[];
dataLayer.push({event:'page_view',page_type:%s,site_section:%s});
(function(){var b=document.querySelector('.menu-btn'),n=document.querySelector('header.gh nav');
if(b&&n){b.addEventListener('click',function(){n.style.display=n.style.display==='flex'?'none':'flex';});}
var t=document.getElementById('pagetop');
addEventListener('scroll',function(){if(t){t.style.display=scrollY>400?'block':'none';}},{passive:true});})();
"""


def site(lang, title, brand, content, nav=(), crumbs=(), side=None, foot_note="", css="", script="",
         head="", color="#0b5cab", desc="", section="content", bodyattr="", pre=""):
    """A company or office page: utility bar, header with logo and nav, breadcrumbs,
    main column, optional side column, multi-column footer, small site script."""
    initial = brand.strip()[0]
    navh = "\n".join(a(t, h) for t, h in nav)
    util = "".join(a(u) for u in UTIL[lang])
    home = "ホーム" if lang == "ja" else "Home"
    crumb = " &gt; ".join([a(home, "/")] + [a(c) for c in crumbs[:-1]] + ([q(crumbs[-1])] if crumbs else []))
    sideh = ""
    if side:
        sideh = '<aside class="side">\n' + "\n".join(
            "<h3>%s</h3>\n%s" % (q(h), li(*[a(x) for x in xs])) for h, xs in side) + "\n</aside>"
    cols = "\n".join('<div><h4>%s</h4>%s</div>' % (q(h), li(*[a(x) for x in xs])) for h, xs in FOOTCOLS[lang])
    search = "サイト内検索" if lang == "ja" else "Search"
    body = ('%s<div class="util">%s</div>\n'
            '<header class="gh"><a class="logo" href="/">%s<span>%s</span></a>\n<nav>\n%s\n</nav>\n'
            '<form class="search" action="/search" role="search"><input type="search" name="q" placeholder="%s" aria-label="%s"></form>'
            '<button class="menu-btn" type="button">MENU</button></header>\n'
            '<div class="crumb">%s</div>\n<div class="layout">\n<main id="main">\n%s\n</main>\n%s\n</div>\n'
            '<footer class="gf"><div class="cols">\n%s\n</div>%s<div class="copy">&copy; %s</div></footer>\n'
            '<a id="pagetop" href="#">&#9650;</a>'
            % (pre, util, LOGO % (color, q(initial)), q(brand), navh, search, search, crumb, content, sideh, cols,
               ('<p style="max-width:1120px;margin:0 auto;padding:0 24px 12px">%s</p>' % foot_note) if foot_note else "",
               q(brand)))
    return doc(lang, title, body, SITE_CSS % {"c": color} + css, BASE_JS % (js(section), js(title[:40])) + script,
               head, desc or title, bodyattr)


def table(rows):
    return '<table class="t">\n%s\n</table>' % "\n".join(
        "<tr><th>%s</th><td>%s</td></tr>" % (q(k), v) for k, v in rows)


def faq(lang, items):
    h = "よくあるご質問" if lang == "ja" else "Frequently asked questions"
    return "<h2>%s</h2>\n%s" % (h, "\n".join(
        '<details><summary>%s</summary><p>%s</p></details>' % (q(k), q(v)) for k, v in items))


COPY_JS = """document.querySelectorAll('button.copy').forEach(function(b){b.addEventListener('click',function(){
var t=document.getElementById(b.dataset.target).textContent;navigator.clipboard.writeText(t).then(function(){
var o=b.textContent;b.textContent=%s;setTimeout(function(){b.textContent=o;},1500);});});});"""


def codeblock(i, text, lang):
    label = "コピー" if lang == "ja" else "Copy"
    return ('<div class="cb"><pre class="code" id="c%d">%s</pre>'
            '<button class="copy btn sub" type="button" data-target="c%d">%s</button></div>' % (i, q(text), i, label))


# ------------------------------------------------------------------ compromised ordinary sites
# Many scam screens are injected into ordinary (hacked) sites: the site's own page stays
# underneath and the scam covers it. These are the sites' own words, made up here.
TOPICS = {
    "kagu": ("北欧家具のお店 ことり", ["冬のおすすめ：ウールのブランケット入荷", "ダイニングチェアの選び方", "オイル仕上げのお手入れ方法", "年末年始の営業日のお知らせ"]),
    "game": ("ゲーム攻略ノート", ["新イベント「雪原の塔」攻略まとめ", "最強キャラランキング（12月版）", "初心者向け：効率のよいレベル上げ", "ガチャ更新情報"]),
    "ryoko": ("ふらり旅ブログ", ["金沢で食べた海鮮丼ベスト3", "冬の白川郷ライトアップに行ってきた", "青春18きっぷで巡る山陰", "旅の持ち物リスト（冬編）"]),
    "chiiki": ("みなと区 地域ニュース", ["商店街で歳末セール始まる", "小学校で防災訓練", "図書館の年末年始休館について", "駅前の再開発計画 説明会"]),
    "onsen": ("温泉宿さがし", ["露天風呂付き客室のある宿10選", "日帰り入浴できる名湯", "冬の湯治におすすめの宿", "子連れで泊まれる温泉旅館"]),
    "matome": ("話題のまとめ速報", ["人気ドラマ最終回の感想まとめ", "新型スマホの発表内容まとめ", "年末の大掃除ライフハック", "今週のバズった料理"]),
    "bakery": ("Maple Street Bakery", ["Holiday pre-orders are open", "Our sourdough starter turns 10", "New: cardamom buns on Saturdays", "Closed December 25"]),
    "news": ("Riverside Gazette", ["Council approves new bike lanes", "High school team wins regional title", "Library extends weekend hours", "Winter farmers market opens"]),
    "forum": ("PC Builders Forum", ["GPU coil whine — normal?", "Best budget case for airflow", "BIOS update bricked my board", "Show off your build (December)"]),
    "tax": ("Free Tax Forms Online", ["1040 instructions for 2026", "Standard deduction amounts", "Where is my refund?", "State forms by state"]),
    "crypto": ("Crypto Daily", ["Bitcoin holds above support", "What the ETF flows mean", "Layer-2 fees drop again", "How to store keys safely"]),
    "travel": ("Wander Notes", ["48 hours in Lisbon", "Packing cubes: worth it?", "Best hikes near Denver", "Travel insurance explained"]),
}


def hacked(lang, topic, slug, overlay, css="", script="", color="#5a6b7b", title=None):
    """An ordinary small site (its own nav, articles, side column, footer) with a scam
    overlay injected before it, as on compromised WordPress sites."""
    name, posts = TOPICS[topic]
    ja = lang == "ja"
    arts = "\n".join('<article class="box"><h2 style="border:0;padding:0;font-size:18px"><a href="/p/%d">%s</a></h2><p style="color:#777;font-size:12px">%s</p><p>%s</p></article>'
                     % (seed(slug + t) % 9000 + 100, q(t), "2026年12月%d日" % (i + 1) if ja else "December %d, 2026" % (i + 1),
                        q("続きを読む…" if ja else "Read more…")) for i, t in enumerate(posts))
    side = [("カテゴリー" if ja else "Categories", ["お知らせ", "コラム", "イベント", "未分類"] if ja else ["News", "Columns", "Events", "Uncategorized"]),
            ("アーカイブ" if ja else "Archives", ["2026年12月", "2026年11月", "2026年10月"] if ja else ["December 2026", "November 2026", "October 2026"])]
    return site(lang, title or name, name, "<h1>%s</h1>\n%s" % (q(name), arts), nav=[("ホーム" if ja else "Home", "/"), ("ブログ" if ja else "Blog", "/blog"), ("お問い合わせ" if ja else "Contact", "/contact")],
                crumbs=["ブログ" if ja else "Blog"], side=side, color=color, css=css, script=script, pre=overlay, section="blog")
