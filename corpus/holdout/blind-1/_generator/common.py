"""Shared page scaffolding for the blind-1 held-out set.

Every page is written for AlertGuard (our own words); the source column
names the public site, kit or write-up whose layout and mechanics a page
follows. Nothing here loads anything from the network when served.
"""
import html

PAGES = []


def esc(s):
    return html.escape(s, quote=True)


def add(slug, expect, url, cat, lang, note, repo, html_text, path="-", commit="-"):
    PAGES.append(dict(slug=slug, expect=expect, url=url, cat=cat, lang=lang,
                      note=note, repo=repo, path=path, commit=commit, html=html_text))


BASE_CSS = """body{margin:0;font-family:%s;color:#222;line-height:1.6}
header,footer{padding:12px 24px;background:%s;color:%s}
header a,footer a{color:inherit;margin-right:14px;text-decoration:none}
main{max-width:960px;margin:0 auto;padding:16px 24px}
.btn{display:inline-block;padding:10px 18px;border-radius:6px;background:%s;color:#fff;border:0;font-size:16px;cursor:pointer}
pre{background:#f4f4f4;padding:10px;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}
.small{font-size:13px;color:#666}"""

FONTS = {"ja": "'Hiragino Kaku Gothic ProN','Noto Sans JP',Meiryo,sans-serif",
         "en": "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"}


def page(lang, title, main, brand="", nav=(), foot="", css="", script="",
         head="", colors=("#1d3c6e", "#fff", "#1d66c2"), body_attr=""):
    """A site page: header with brand and navigation, main, footer."""
    navh = "".join('<a href="%s">%s</a>' % (esc(h), esc(t)) for t, h in nav)
    base = BASE_CSS % (FONTS.get(lang, FONTS["en"]), colors[0], colors[1], colors[2])
    hdr = ('<header><strong>%s</strong> <nav>%s</nav></header>' % (esc(brand), navh)) if brand else ""
    ftr = ('<footer>%s</footer>' % foot) if foot else ""
    scr = ("<script>\n%s\n</script>" % script) if script else ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n%s<style>%s\n%s</style>\n</head>\n<body%s>\n%s\n<main>\n%s\n</main>\n%s\n%s\n</body>\n</html>\n"
            % (lang, esc(title), head, base, css, body_attr, hdr, main, ftr, scr))


def bare(lang, title, body, css="", script="", head="", body_attr=""):
    """A page without site chrome (challenge pages, kits)."""
    scr = ("<script>\n%s\n</script>" % script) if script else ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
            "<title>%s</title>\n%s<style>%s</style>\n</head>\n<body%s>\n%s\n%s\n</body>\n</html>\n"
            % (lang, esc(title), head, css, body_attr, body, scr))


def paras(*ps):
    return "\n".join("<p>%s</p>" % p for p in ps)


def ul(*items):
    return "<ul>" + "".join("<li>%s</li>" % i for i in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join("<li>%s</li>" % i for i in items) + "</ol>"


COPY_JS = """document.querySelectorAll('button.copy').forEach(function(b){
  b.addEventListener('click', function(){
    var t = b.parentNode.querySelector('code').textContent;
    navigator.clipboard.writeText(t).then(function(){ b.textContent = b.dataset.done || 'Copied'; });
  });
});"""


def codebox(cmd, label="Copy", done="Copied"):
    return ('<div class="code"><pre><code>%s</code></pre><button class="copy" data-done="%s">%s</button></div>'
            % (esc(cmd), esc(done), esc(label)))
