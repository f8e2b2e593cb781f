"""The review ledger (审查台账): records are never changed, and tampering is found."""
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from review_workflow.models import ImmutableRecord, SecrecyReviewRecord


def test_a_review_record_cannot_be_changed_or_deleted_by_the_application(make_item, reviewed):
    reviewed(make_item())
    record = SecrecyReviewRecord.objects.get()
    record.opinion = "改过的意见"
    with pytest.raises(ImmutableRecord):
        record.save()
    with pytest.raises(ImmutableRecord):
        record.delete()
    with pytest.raises(ImmutableRecord):
        SecrecyReviewRecord.objects.update(opinion="改过的意见")
    with pytest.raises(ImmutableRecord):
        SecrecyReviewRecord.objects.all().delete()


def test_each_record_carries_the_hash_of_the_previous_one(make_item, reviewed):
    reviewed(make_item())
    reviewed(make_item(title="第二条"))
    first, second = SecrecyReviewRecord.objects.order_by("sequence")
    assert first.previous_hash == ""
    assert second.previous_hash == first.record_hash


def test_the_ledger_check_passes_on_an_intact_ledger_with_legacy_records(make_item, reviewed, capsys):
    reviewed(make_item())
    reviewed(make_item(title="第二条"))
    call_command("verify_review_ledger")
    assert "intact (2 records)" in capsys.readouterr().out


def test_the_ledger_check_finds_a_record_altered_in_the_database(make_item, reviewed, capsys):
    reviewed(make_item())
    reviewed(make_item(title="第二条"))
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE review_workflow_secrecyreviewrecord SET conclusion = 'approve', opinion = 'x' "
            "WHERE sequence = 1"
        )
    with pytest.raises(CommandError):
        call_command("verify_review_ledger")
    assert "record 1: record altered" in capsys.readouterr().err


def test_the_ledger_check_finds_a_record_removed_from_the_database(make_item, reviewed, capsys):
    for title in ("第一条", "第二条", "第三条"):
        reviewed(make_item(title=title))
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM review_workflow_secrecyreviewrecord WHERE sequence IN (2, 3)")
    with pytest.raises(CommandError):
        call_command("verify_review_ledger")
    err = capsys.readouterr().err
    assert "record 2: record noted in the page history is missing" in err
    assert "record 3: record noted in the page history is missing" in err
