from django.db import migrations

from gongkai.disclosure_pages.taxonomy_data import load_shipped_taxonomies


def load(apps, schema_editor):
    load_shipped_taxonomies(apps.get_model("disclosure_pages", "Topic"), apps.get_model("disclosure_pages", "Genre"))


class Migration(migrations.Migration):
    dependencies = [("disclosure_pages", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
