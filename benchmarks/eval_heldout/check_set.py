"""Consistency checks of the held-out set: python3 benchmarks/eval_heldout/check_set.py (exit 1 on a problem)."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
catalogue = json.loads((HERE / "catalogue.json").read_text(encoding="utf-8"))
queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))["queries"]
topics = json.loads((REPO / "disclosure_pages" / "data" / "topics.json").read_text(encoding="utf-8"))
genres = {g["code"] for g in json.loads((REPO / "disclosure_pages" / "data" / "genres.json").read_text(encoding="utf-8"))}
pairs = {(child["name"], parent["name"]) for parent in topics for child in parent["children"]}
items = {item["key"]: item for item in catalogue["items"]}
organs = {organ["key"] for organ in catalogue["organs"]}
problems = []
if len(items) != len(catalogue["items"]):
    problems.append("duplicate item keys")
for key, item in items.items():
    if not re.fullmatch(rf"zx-{item['organ']}-{item['written_date'][:4]}-\d{{3}}", key):
        problems.append(f"{key}: key does not match organ/year")
    if item["organ"] not in organs:
        problems.append(f"{key}: unknown organ")
    if (item["topic"], item["topic_parent"]) not in pairs:
        problems.append(f"{key}: topic pair")
    if item["genre"] not in genres:
        problems.append(f"{key}: genre")
    for linked in ([item["replaced_by"]] if item["replaced_by"] else []) + item["interprets"]:
        if linked not in items:
            problems.append(f"{key}: links to missing {linked}")
    if item["validity"] in ("amended", "repealed") and not (item["replaced_by"] and item["validity_date"]):
        problems.append(f"{key}: superseded without replacement/date")
    if item["disclosure"] == "public" and not 80 <= len(item["body"]) <= 700:
        problems.append(f"{key}: body length {len(item['body'])}")
for query in queries:
    for key in re.findall(r"\{index_number:([^}]+)\}", query["q"]):
        if key not in items:
            problems.append(f"{query['q']}: placeholder for missing {key}")
    if not query["relevant"]:
        problems.append(f"{query['q']}: no judgments")
    for key, grade in query["relevant"].items():
        if key not in items:
            problems.append(f"{query['q']}: missing {key}")
        elif items[key]["disclosure"] != "public":
            problems.append(f"{query['q']}: {key} is not public")
        if grade not in (1, 2, 3):
            problems.append(f"{query['q']}: grade {grade}")
print(len(items), "items;", Counter(i["disclosure"] for i in items.values()))
print(len(queries), "queries;", dict(Counter(q["kind"] for q in queries)))
print("\n".join(problems) or "no problems")
sys.exit(1 if problems else 0)
