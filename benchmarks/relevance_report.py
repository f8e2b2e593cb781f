"""`make bench`'s relevance part: benchmarks/relevance.py on each graded set, and its lines."""
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / ".bench"
SETS = REPO / "benchmarks"
# Sets for tuning (the first, and eval_tuning_*: written apart from the engine) and those
# reported on but never tuned on; docs/search-analysis.md says which is which.
REPORTING_SETS = ("eval_unseen", "eval_heldout")


def relevance():
    """benchmarks/relevance.py on each graded set present (the first, the tuning sets, then those
    only reported on), each in its own process, database and index prefix: ours against Wagtail's stock."""
    sets = {"first": []}
    extra = sorted(path.parent for path in SETS.glob("eval_*/queries.json"))
    for directory in sorted(extra, key=lambda path: path.name in REPORTING_SETS):
        sets[directory.name.removeprefix("eval_")] = ["--set", str(directory)]
    results = {}
    for name, arguments in sets.items():
        out = OUT / f"relevance-{name}.json"
        env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "GONGKAI_INDEX_PREFIX")}
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "relevance.py"), *arguments, "--json", str(out)], check=True, env=env)
        results[name] = json.loads(out.read_text(encoding="utf-8"))
    return results


def relevance_lines(results):
    from relevance import markdown

    lines = []
    for name, result in results.items():
        project, stock = result["project"]["overall"], result["stock"]["overall"]
        lines.append(f"| (c) nDCG@10, {name} set ({result['query_count']} queries) | {project['ndcg']:.3f} | {stock['ndcg']:.3f} (Wagtail stock) | | ≥ 0.90, ≥ stock + 0.05 by kind |")
        lines.append(f"| (c) recall of grade ≥ 2, {name} set | {project['recall']:.3f} | {stock['recall']:.3f} | | ≥ 0.95 |")
        lines.append(f"| (c) matched fraction, {name} set | {project['matched']:.1%} | {stock['matched']:.1%} | | ≤ 15% |")
    by_kind = "\n\n".join(markdown(result) for result in results.values())
    return lines, by_kind
