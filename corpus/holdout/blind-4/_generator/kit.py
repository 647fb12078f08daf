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
    nav = nav or (["ホーム", "サービス", "サポート", "お知らせ", "会社情報"] if lang == "ja"
                  else ["Home", "Products", "Support", "News", "About"])
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
    fcols = "".join(f"<div><strong>{esc(h)}</strong>{ul(links(i))}</div>" for h, i in (foot or FOOT[lang]))
    cn = copy_name or site
    footer = (f'<footer class="site"><div class="wrap fcols">{fcols}</div>'
              f'<div class="wrap copy">© 2026 {esc(cn)}{" All Rights Reserved." if lang=="en" else " All Rights Reserved."}</div></footer>'
              f'<button id="pagetop" aria-label="top">↑</button>')
    body = (header + f'<div class="wrap"><div class="crumbs">{cr}</div><div class="cols"><main>\n{main}\n</main>'
            f"<aside>{aside}</aside></div></div>\n" + footer + after_body)
    js = SITE_JS % dict(ptype=ptype, site=slug.split("-")[1] if "-" in slug else slug) + scripts
    return shell(lang, title + " | " + site, body, css(brand, lang) + extra_css, js, head)


def bare_page(lang, title, body, style, scripts="", head=""):
    return shell(lang, title, body, style, scripts, head)


def hnum(s):
    """A stable number from a string (Python's hash() is salted per run)."""
    return int(hashlib.sha256(s.encode()).hexdigest()[:15], 16)
