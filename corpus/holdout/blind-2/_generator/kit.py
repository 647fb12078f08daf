"""Building blocks for the blind-2 held-out pages (written for AlertGuard).

Each page is a small, self-contained HTML file; nothing is fetched from the
network when a page is served. The `repo` of a page names the public site
(`site:<host>`), repository or write-up (`article:<host>`) it is modelled on.
"""
import html
import json

PAGES = []


def q(s):
    """HTML-escape text for attributes and bodies."""
    return html.escape(s, quote=True)


def js(v):
    """A JavaScript literal for a Python value (strings keep non-ASCII)."""
    return json.dumps(v, ensure_ascii=False)


def host_of(url):
    return url.split("/")[2]


def legit(slug, lang, url, cat, note, text, repo=None):
    PAGES.append(dict(slug=slug, expect="allow", url=url, cat=cat, lang=lang, note=note,
                      repo=repo or "site:" + host_of(url), html=text))


def scam(slug, lang, url, cat, note, text, repo, expect="block"):
    PAGES.append(dict(slug=slug, expect=expect, url=url, cat=cat, lang=lang, note=note,
                      repo=repo, html=text))


FONT = {"ja": "'Noto Sans JP','Yu Gothic',Meiryo,sans-serif",
        "en": "system-ui,'Segoe UI',Helvetica,Arial,sans-serif"}


def doc(lang, title, body, css="", script="", head=""):
    """One HTML document; script runs at the end of body like most sites'."""
    tail = "<script>\n%s\n</script>\n" % script if script else ""
    return ('<!doctype html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s<style>\nbody{font-family:%s;margin:0;color:#1b1b1b}\n%s\n</style>\n'
            '</head>\n<body>\n%s\n%s</body>\n</html>\n'
            % (lang, q(title), head, FONT[lang], css, body, tail))


def site(lang, title, brand, content, links=(), foot="", css="", script="", head="",
         bar="#0b3d91"):
    """A page with the chrome most company sites have: top bar, nav, footer."""
    nav = " ".join('<a href="%s">%s</a>' % (q(h), q(t)) for t, h in links)
    body = ('<div class="top"><span class="logo">%s</span><nav>%s</nav></div>\n'
            '<div class="wrap">\n%s\n</div>\n<div class="foot">%s</div>'
            % (q(brand), nav, content, foot or "&copy; " + q(brand)))
    base = (".top{background:%s;color:#fff;padding:10px 20px;display:flex;gap:24px;align-items:center}"
            ".top a{color:#fff;text-decoration:none;margin-right:12px;font-size:14px}.logo{font-weight:700;font-size:18px}"
            ".wrap{max-width:980px;margin:0 auto;padding:18px 20px}.foot{border-top:1px solid #ddd;padding:14px 20px;font-size:12px;color:#666}"
            ".b{display:inline-block;background:%s;color:#fff;border:0;border-radius:4px;padding:9px 16px;font-size:15px;cursor:pointer;text-decoration:none}"
            ".note{background:#f5f7fa;border-left:4px solid #9ab;padding:8px 12px}" % (bar, bar))
    return doc(lang, title, body, base + css, script, head)


def p(*xs):
    return "".join("<p>%s</p>" % x for x in xs)


def li(*xs, tag="ul"):
    return "<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % x for x in xs), tag)
