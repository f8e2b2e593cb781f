from django.db import migrations, models


def sign_existing_records(apps, schema_editor):
    """The ledger as it stands at the upgrade is taken as genuine and signed (docs/ledger.md)."""
    from gongkai.review_workflow.ledger_signing import record_message, sign

    records = apps.get_model("review_workflow", "SecrecyReviewRecord")
    for record in records.objects.filter(record_hmac=""):
        records.objects.filter(pk=record.pk).update(record_hmac=sign(record_message(record.record_hash)))


class Migration(migrations.Migration):
    dependencies = [("review_workflow", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="secrecyreviewrecord",
            name="record_hmac",
            field=models.CharField(blank=True, editable=False, max_length=64, verbose_name="record signature"),
        ),
        migrations.RunPython(sign_existing_records, migrations.RunPython.noop),
    ]
