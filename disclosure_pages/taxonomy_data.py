"""The shipped taxonomies: the State Council 主题分类 scheme and the usual 体裁."""
import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def load_shipped_taxonomies(topic_model, genre_model):
    """Create the shipped topics and genres that do not exist yet (matched by code)."""
    topics = json.loads((DATA_DIR / "topics.json").read_text(encoding="utf-8"))
    for position, first in enumerate(topics):
        parent, _ = topic_model.objects.get_or_create(
            code=first["code"], defaults={"name": first["name"], "sort_order": position}
        )
        for child_position, second in enumerate(first["children"]):
            topic_model.objects.get_or_create(
                code=second["code"],
                defaults={"name": second["name"], "parent": parent, "sort_order": child_position},
            )
    genres = json.loads((DATA_DIR / "genres.json").read_text(encoding="utf-8"))
    for position, genre in enumerate(genres):
        genre_model.objects.get_or_create(
            code=genre["code"], defaults={"name": genre["name"], "sort_order": position}
        )
