"""Consistency check of this set: python benchmarks/eval_tuning_b/check_set.py

Every judged key exists and is public; every {index_number:KEY} names an item; topics, genres,
replacements and interpreted policies are real; item keys follow <prefix>-<organ>-<year>-<nnn>.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def main():
    cat = json.loads((HERE / "catalogue.json").read_text(encoding="utf-8"))
    queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))["queries"]
    topics = {(c["name"], p["name"]) for p in json.loads((REPO / "disclosure_pages/data/topics.json").read_text(encoding="utf-8")) for c in p["children"]}
    genres = {g["code"] for g in json.loads((REPO / "disclosure_pages/data/genres.json").read_text(encoding="utf-8"))}
    organs = {o["key"] for o in cat["organs"]}
    items = {i["key"]: i for i in cat["items"]}
    public = {k for k, i in items.items() if i["disclosure"] == "public"}
    errors = []
    for key, item in items.items():
        m = re.fullmatch(r"sb-([a-z]+)-(\d{4})-\d{3}", key)
        if not m or m.group(1) != item["organ"] or m.group(1) not in organs or m.group(2) != item["written_date"][:4]:
            errors.append(f"bad key {key}")
        if (item["topic"], item["topic_parent"]) not in topics:
            errors.append(f"{key}: topic pair")
        if item["genre"] not in genres:
            errors.append(f"{key}: genre")
        if item["replaced_by"] and item["replaced_by"] not in items:
            errors.append(f"{key}: replaced_by")
        if any(k not in items for k in item["interprets"]):
            errors.append(f"{key}: interprets")
        if (item["kind"] == "interpretation") != bool(item["interprets"]):
            errors.append(f"{key}: kind/interprets")
    for q in queries:
        for key in re.findall(r"\{index_number:([^}]+)\}", q["q"]):
            if key not in items:
                errors.append(f"{q['q']}: placeholder {key}")
        for key, grade in q["relevant"].items():
            if key not in public or grade not in (1, 2, 3):
                errors.append(f"{q['q']}: judged {key} ({grade})")
        if not any(g >= 2 for g in q["relevant"].values()):
            errors.append(f"{q['q']}: nothing directly relevant")
    print(f"{len(items)} items ({len(public)} public), {len(queries)} queries:",
          dict(collections.Counter(q["kind"] for q in queries)))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
