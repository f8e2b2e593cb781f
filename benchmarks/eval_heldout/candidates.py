"""Lists, per query, unjudged items sharing two-character substrings with the query (title+abstract+body, weighted)."""
import json, re, sys
from pathlib import Path
here = Path(__file__).parent
items = {i["key"]: i for i in json.loads((here / "catalogue.json").read_text())["items"] if i["disclosure"] == "public"}
queries = json.loads((here / "queries.json").read_text())["queries"]
HINTS = {"拆迁": "征收", "看病": "医疗", "报销": "救助", "低保": "最低生活保障", "上小学": "招生入学", "种地": "耕地", "电梯": "老旧小区",
         "廉租": "公共租赁", "财政": "预算", "宫颈": "HPV", "公益": "就业", "批地": "宅基地", "大水": "防汛", "老人": "养老", "补课": "校外培训",
         "火化": "殡葬", "避难": "避难场所", "上坟": "森林防火", "最底": "最低", "保户": "保护", "祖赁": "租赁", "天汽": "天气", "补尝": "补偿", "费物": "废物"}
STOP = set("怎么哪里能不能多少是的了吗在要去个一年今最新文件通知全文下载查询结果竹溪县")
for n, q in enumerate(queries):
    if n < int(sys.argv[1] if len(sys.argv) > 1 else 0):
        continue
    text = q["q"]
    for a, b in HINTS.items():
        if a in text:
            text += " " + b
    segs = re.findall(r"[\u4e00-\u9fff]+", text)
    grams = {s[i:i + 2] for s in segs for i in range(len(s) - 1)}
    grams = {g for g in grams if not (g[0] in STOP and g[1] in STOP)}
    scored = []
    for k, it in items.items():
        ta = it["title"] + it["abstract"]
        s = sum(2 for g in grams if g in ta) + sum(1 for g in grams if g in it["body"] and g not in ta)
        docs = re.findall(r"\d+", q["q"])
        if s >= 3 and k not in q["relevant"]:
            scored.append((s, k, it["title"][:40]))
    scored.sort(reverse=True)
    print(f"#{n} [{q['kind']}] {q['q']}  judged={list(q['relevant'])}")
    for s, k, t in scored[:8]:
        print(f"    {s:3d} {k} {t}")
