from django.db import migrations

from gongkai.disclosure_column.statutory_categories import load_statutory_categories, unload_statutory_categories


def load(apps, schema_editor):
    load_statutory_categories(
        apps.get_model("disclosure_column", "MandatoryCategory"),
        apps.get_model("disclosure_pages", "Topic"),
        apps.get_model("disclosure_pages", "Genre"),
    )


def unload(apps, schema_editor):
    unload_statutory_categories(apps.get_model("disclosure_column", "MandatoryCategory"))


class Migration(migrations.Migration):
    dependencies = [
        ("disclosure_column", "0003_w13_category_code_normative"),
        ("disclosure_pages", "0002_shipped_taxonomies"),
    ]

    operations = [migrations.RunPython(load, unload)]
