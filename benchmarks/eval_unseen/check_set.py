"""Checks the unseen evaluation set: catalogue shape like site/demo_data/catalogue.json, valid organ
codes, item rules, and that every judged key exists and is public. Prints counts per query kind."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from gongkai.disclosure_pages.organ_codes import is_valid_credit_code  # noqa: E402

demo = json.loads((ROOT / "site/demo_data/catalogue.json").read_text())
cat = json.loads((HERE / "catalogue.json").read_text())
problems = []
assert set(cat) == set(demo), set(cat) ^ set(demo)
assert all(set(o) == set(demo["organs"][0]) for o in cat["organs"])
assert all(set(u) == set(demo["users"][0]) for u in cat["users"])
for o in cat["organs"]:
    if not is_valid_credit_code(o["code"]):
        problems.append(f"bad organ code {o['code']}")
topics = {(c["name"], p["name"]) for p in json.loads((ROOT / "disclosure_pages/data/topics.json").read_text())
          for c in p.get("children", [])}
genres = {g["code"] for g in json.loads((ROOT / "disclosure_pages/data/genres.json").read_text())}
items = {i["key"]: i for i in cat["items"]}
organs = {o["key"] for o in cat["organs"]}
for i in cat["items"]:
    k = i["key"]
    if set(i) != set(demo["items"][0]):
        problems.append(f"{k}: fields {set(i) ^ set(demo['items'][0])}")
    if (i["topic"], i["topic_parent"]) not in topics:
        problems.append(f"{k}: topic {i['topic']}/{i['topic_parent']}")
    if i["genre"] not in genres or i["organ"] not in organs:
        problems.append(f"{k}: genre/organ")
    if i["validity"] != "valid" and not i["validity_date"]:
        problems.append(f"{k}: validity date")
    if i["replaced_by"] and i["replaced_by"] not in items:
        problems.append(f"{k}: replaced_by")
    if any(p not in items for p in i["interprets"]) or (i["kind"] == "interpretation") != bool(i["interprets"]):
        problems.append(f"{k}: interprets")
    if i["written_date"] > "2026-11-30":
        problems.append(f"{k}: future date")
    n = len(i["body"])
    if i["reason"] != "state_secret" and not 150 <= n <= 600:
        problems.append(f"{k}: body {n} chars")
    if (i["disclosure"] == "public") == bool(i["reason"]):
        problems.append(f"{k}: reason")
print(len(items), "items;", Counter(i["disclosure"] for i in items.values()), Counter(i["validity"] for i in items.values()))
print(Counter(i["kind"] for i in items.values()), Counter(i["organ"] for i in items.values()))
qpath = HERE / "queries.json"
if qpath.exists():
    queries = json.loads(qpath.read_text())["queries"]
    for q in queries:
        if not q["relevant"] or 3 not in q["relevant"].values() and q["kind"] != "colloquial" and False:
            pass
        for key, grade in q["relevant"].items():
            if key not in items:
                problems.append(f"query {q['q']}: unknown key {key}")
            elif items[key]["disclosure"] != "public":
                problems.append(f"query {q['q']}: non-public {key}")
            if grade not in (1, 2, 3):
                problems.append(f"query {q['q']}: grade {grade}")
        if not q["relevant"]:
            problems.append(f"query {q['q']}: no judgments")
    print(len(queries), "queries;", Counter(q["kind"] for q in queries))
    print("judgments:", sum(len(q["relevant"]) for q in queries), Counter(g for q in queries for g in q["relevant"].values()))
print("\n".join(problems) or "OK")
