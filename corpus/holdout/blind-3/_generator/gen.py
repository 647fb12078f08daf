"""Writes the blind-3 held-out set: python3 gen.py (run from this folder).

Rebuilds every page, cases.tsv and SOURCES.tsv byte for byte."""
import os

import kit
import legit_media, legit_money, legit_web  # noqa: F401  (each adds pages)
try:
    import scams_lock, scams_lure  # noqa: F401
except ImportError:  # scams are added in a later commit
    pass

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = "file\texpect\turl\tcategory\tlang\tnote"
SOURCES = "file\trepo\tpath\tcommit\tlicense\tcategory\tlanguage\tdescription"


def main():
    seen = set()
    cases, srcs = [CASES], [SOURCES]
    for pg in kit.PAGES:
        slug = pg["slug"]
        assert slug not in seen, slug
        assert slug.startswith(pg["lang"] + "-"), slug
        assert pg["expect"] in ("allow", "alert", "block"), slug
        seen.add(slug)
        for v in (pg["url"], pg["note"], pg["repo"], pg["cat"]):
            assert "\t" not in v and "\n" not in v, slug
        low = pg["html"].lower()
        for bad in ("<script src", "<link rel=\"stylesheet\"", "<img src=\"http", "@import", "url(http"):
            assert bad not in low, (slug, bad)
        os.makedirs(os.path.join(OUT, slug), exist_ok=True)
        with open(os.path.join(OUT, slug, "index.html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(pg["html"])
        fn = slug + "/index.html"
        cases.append("\t".join([fn, pg["expect"], pg["url"], pg["cat"], pg["lang"], pg["note"]]))
        srcs.append("\t".join([fn, pg["repo"], "-", "-", "alertguard-replica", pg["cat"], pg["lang"], pg["note"]]))
    for name, rows in (("cases.tsv", cases), ("SOURCES.tsv", srcs)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(rows) + "\n")
    print(len(kit.PAGES), "pages")


if __name__ == "__main__":
    main()
