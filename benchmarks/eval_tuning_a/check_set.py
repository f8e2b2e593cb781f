"""Sanity check of this set: every judged key exists and is public, grades are 1-3, kinds are known,
superseded/interpretation links point at existing items, {index_number:KEY} placeholders name items.

    python benchmarks/eval_tuning_a/check_set.py
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"colloquial", "question", "keyword", "terms", "noisy", "typo", "traditional", "doc_number", "partial_doc_number", "index_number"}


def main():
    catalogue = json.loads((HERE / "catalogue.json").read_text(encoding="utf-8"))
    queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))["queries"]
    items = {item["key"]: item for item in catalogue["items"]}
    organs = {organ["key"] for organ in catalogue["organs"]}
    errors = []
    for item in items.values():
        if item["organ"] not in organs:
            errors.append(f"{item['key']}: unknown organ")
        for linked in ([item["replaced_by"]] if item["replaced_by"] else []) + item["interprets"]:
            if linked not in items:
                errors.append(f"{item['key']}: links to missing {linked}")
    for n, query in enumerate(queries):
        if query["kind"] not in KINDS:
            errors.append(f"query {n}: unknown kind {query['kind']}")
        if not query["relevant"]:
            errors.append(f"query {n}: no judgments")
        for key, grade in query["relevant"].items():
            if key not in items:
                errors.append(f"query {n}: {key} does not exist")
            elif items[key]["disclosure"] != "public":
                errors.append(f"query {n}: {key} is not public")
            if grade not in (1, 2, 3):
                errors.append(f"query {n}: grade {grade}")
        for key in re.findall(r"\{index_number:([^}]+)\}", query["q"]):
            if key not in items:
                errors.append(f"query {n}: placeholder names missing {key}")
    print(f"{len(items)} items ({sum(i['disclosure'] == 'public' for i in items.values())} public), {len(queries)} queries")
    print(dict(collections.Counter(query["kind"] for query in queries)))
    for error in errors:
        print("ERROR", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
