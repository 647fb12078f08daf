"""Writes the blind-1 held-out set: python3 gen.py (from this folder)."""
import os
import common
import legit_en, legit_ja, scams  # noqa: F401  (each module adds its pages)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    seen = set()
    cases = ["file\texpect\turl\tcategory\tlang\tnote"]
    srcs = ["file\trepo\tpath\tcommit\tlicense\tcategory\tlanguage\tdescription"]
    for p in common.PAGES:
        assert p["slug"] not in seen, p["slug"]
        seen.add(p["slug"])
        d = os.path.join(OUT, p["slug"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "index.html"), "w", encoding="utf-8") as f:
            f.write(p["html"])
        f = p["slug"] + "/index.html"
        for v in (p["url"], p["note"], p["repo"]):
            assert "\t" not in v and "\n" not in v
        cases.append("\t".join([f, p["expect"], p["url"], p["cat"], p["lang"], p["note"]]))
        srcs.append("\t".join([f, p["repo"], p["path"], p["commit"], "alertguard-replica", p["cat"], p["lang"], p["note"]]))
    for name, rows in (("cases.tsv", cases), ("SOURCES.tsv", srcs)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
    print(len(common.PAGES), "pages")


if __name__ == "__main__":
    main()
