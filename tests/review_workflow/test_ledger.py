"""The review ledger (审查台账): records are never changed, and tampering is found."""
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import PageLogEntry

from gongkai.review_workflow.choices import Conclusion, RecordKind
from gongkai.review_workflow.constants import SECRECY_REVIEW_ACTION
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.ledger import record_hash, record_verifies, verified_records
from gongkai.review_workflow.models import ImmutableRecord, SecrecyReviewRecord


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


def reviewed_and_anchored(make_item, reviewed, capture, titles=("第一条", "第二条", "第三条")):
    """Review items the way the application does, anchors (written after commit) included."""
    for title in titles:
        with capture(execute=True):
            reviewed(make_item(title=title))
    return list(SecrecyReviewRecord.objects.order_by("sequence"))


def execute(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def ledger_problems(capsys):
    with pytest.raises(CommandError):
        call_command("verify_review_ledger")
    return capsys.readouterr().err


def test_removing_the_newest_record_with_its_page_history_entry_is_found_by_the_anchor(
    make_item, reviewed, django_capture_on_commit_callbacks, capsys
):
    reviewed_and_anchored(make_item, reviewed, django_capture_on_commit_callbacks)
    execute("DELETE FROM review_workflow_secrecyreviewrecord WHERE sequence = 3")
    execute("DELETE FROM wagtailcore_pagelogentry WHERE action = %s AND CAST(data AS TEXT) LIKE %s", [SECRECY_REVIEW_ACTION, '%"sequence": 3%'])
    assert not PageLogEntry.objects.filter(action=SECRECY_REVIEW_ACTION, data__sequence=3).exists()
    assert "record 3: anchored record is missing" in ledger_problems(capsys)


def test_rewriting_a_record_and_recomputing_every_later_hash_is_found(
    make_item, reviewed, django_capture_on_commit_callbacks, capsys
):
    records = reviewed_and_anchored(make_item, reviewed, django_capture_on_commit_callbacks)
    previous = ""
    for record in records:
        if record.sequence == 1:
            record.conclusion = Conclusion.WITHHOLD
        record.previous_hash = previous
        old_hash, record.record_hash = record.record_hash, record_hash(record)
        execute(
            "UPDATE review_workflow_secrecyreviewrecord SET conclusion = %s, previous_hash = %s, "
            "record_hash = %s WHERE sequence = %s",
            [record.conclusion, record.previous_hash, record.record_hash, record.sequence],
        )
        for entry in PageLogEntry.objects.filter(action=SECRECY_REVIEW_ACTION, data__hash=old_hash):
            PageLogEntry.objects.filter(pk=entry.pk).update(data={**entry.data, "hash": record.record_hash})
        previous = record.record_hash
    err = ledger_problems(capsys)
    assert "record 1: record not signed with the ledger key (forged)" in err
    assert "record 3: anchored record was rewritten" in err
    assert not record_verifies(SecrecyReviewRecord.objects.get(sequence=1))


def test_a_forged_passing_record_with_a_correct_hash_is_found_and_not_trusted(
    make_item, reviewed, django_capture_on_commit_callbacks, capsys
):
    records = reviewed_and_anchored(make_item, reviewed, django_capture_on_commit_callbacks, titles=("第一条",))
    target = make_item(title="未经审查的草稿")
    revision = target.save_revision()
    forged = SecrecyReviewRecord(
        sequence=2,
        kind=RecordKind.REVIEW,
        page_id=target.pk,
        page_title=target.title,
        organ_id=target.organ_id,
        revision=revision,
        fingerprint=revision_fingerprint(revision),
        reviewer_id=records[0].reviewer_id,
        reviewer_name=records[0].reviewer_name,
        reviewed_at=records[0].reviewed_at,
        conclusion=Conclusion.APPROVE,
        previous_hash=records[0].record_hash,
    )
    forged.record_hash = record_hash(forged)
    forged.save()
    PageLogEntry.objects.log_action(
        target, SECRECY_REVIEW_ACTION, revision=revision, data={"sequence": 2, "hash": forged.record_hash}
    )
    assert "record 2: record not signed with the ledger key (forged)" in ledger_problems(capsys)
    assert not record_verifies(forged)
    assert verified_records(SecrecyReviewRecord.objects.order_by("sequence")) == records


def test_genuine_records_verify_and_the_check_passes_with_anchors(
    make_item, reviewed, django_capture_on_commit_callbacks, ledger_anchor_file, capsys
):
    records = reviewed_and_anchored(make_item, reviewed, django_capture_on_commit_callbacks)
    assert all(record_verifies(record) for record in records)
    assert len(ledger_anchor_file.read_text().splitlines()) == 3
    call_command("verify_review_ledger")
    assert "intact (3 records)" in capsys.readouterr().out


def test_records_signed_with_another_key_do_not_verify(make_item, reviewed, settings, capsys):
    reviewed(make_item())
    settings.GONGKAI_LEDGER_KEY = "another-key-that-the-ledger-was-not-signed-with"
    assert not record_verifies(SecrecyReviewRecord.objects.get())
    assert "record 1: record not signed with the ledger key" in ledger_problems(capsys)


def test_a_forged_anchor_line_is_reported(make_item, reviewed, ledger_anchor_file, capsys):
    reviewed(make_item())
    head = SecrecyReviewRecord.objects.get()
    ledger_anchor_file.write_text(
        json.dumps({"sequence": 1, "hash": head.record_hash, "at": "2026-01-01T00:00:00", "hmac": "0" * 64}) + "\n"
    )
    assert "anchor line 1 is not signed with the ledger key" in ledger_problems(capsys)


def test_anchor_review_ledger_anchors_the_head(make_item, reviewed, ledger_anchor_file):
    reviewed(make_item())
    call_command("anchor_review_ledger")
    anchor = json.loads(ledger_anchor_file.read_text())
    assert anchor["sequence"] == 1
    assert anchor["hash"] == SecrecyReviewRecord.objects.get().record_hash
