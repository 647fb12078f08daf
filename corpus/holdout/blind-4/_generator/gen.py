"""Rebuild blind-4: pages, cases.tsv, SOURCES.tsv (cd _generator && python3 gen.py)."""
import os
import re
import shutil
import sys

import kit
import legit_a
MODULES = [legit_a]
for extra in ("legit_b", "legit_c", "scam_a", "scam_b", "scam_c"):
    try:
        MODULES.append(__import__(extra))
    except ModuleNotFoundError:
        pass

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NET = re.compile(r'(?:src|srcset|poster|data|<link[^>]*href)\s*=\s*["\']?\s*(?:https?:)?//|url\(\s*["\']?(?:https?:)?//|@import|(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(\s*["\'](?:https?:|wss?:)?//', re.I)
LABELS = {"scam": {"block", "alert"}, "legit": {"allow", "notblock"}}


def main():
    for m in MODULES:
        m.build()
    slugs = set()
    for p in kit.PAGES:
        assert p["slug"] not in slugs, p["slug"]
        slugs.add(p["slug"])
        assert p["expect"] in LABELS[p["label"]], p["slug"]
        assert p["lang"] == p["slug"][:2], p["slug"]
        bad = NET.search(p["html"])
        assert not bad, (p["slug"], p["html"][bad.start() - 40:bad.end() + 40])
    for d in os.listdir(OUT):
        full = os.path.join(OUT, d)
        if os.path.isdir(full) and d[:3] in ("ja-", "en-"):
            shutil.rmtree(full)
    cases = ["file\texpect\turl\tcategory\tlang\tnote"]
    src = ["file\trepo\tpath\tcommit\tlicense\tcategory\tlanguage\tdescription"]
    for p in sorted(kit.PAGES, key=lambda p: p["slug"]):
        os.makedirs(os.path.join(OUT, p["slug"]))
        with open(os.path.join(OUT, p["slug"], "index.html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        f = p["slug"] + "/index.html"
        row = [f, p["expect"], p["url"], p["category"], p["lang"], p["note"]]
        srow = [f, p["repo"], p["path"], "-", kit.LICENSE, p["category"], p["lang"], p["desc"]]
        for v in row + srow:
            assert v and "\t" not in v and "\n" not in v and not v.startswith('"'), (p["slug"], v)
        cases.append("\t".join(row))
        src.append("\t".join(srow))
    with open(os.path.join(OUT, "cases.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(cases) + "\n")
    with open(os.path.join(OUT, "SOURCES.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(src) + "\n")
    n = len(kit.PAGES)
    size = sum(len(p["html"].encode()) for p in kit.PAGES)
    print(f"{n} pages, {size/1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
