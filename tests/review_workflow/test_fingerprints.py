"""A review is bound to a fingerprint of the exact content that goes live."""
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureItemPage
from gongkai.review_workflow.fingerprints import content_fingerprint, revision_fingerprint

from .documents import document_link, image_embed, image_of, png


def attach(item, name="名单.txt", data="公示名单".encode()):
    document = Document.objects.create(title=name, file=ContentFile(data, name=name))
    item.attachments.add(DisclosureAttachment(document=document))
    return document


def test_a_revision_and_the_live_page_it_publishes_have_the_same_fingerprint(make_item, reviewed):
    item = make_item()
    attach(item)
    item.doc_number = "方政办[2025]12号"
    revision = item.save_revision()
    reviewed(item).publish()
    live = DisclosureItemPage.objects.get(pk=item.pk)
    assert live.live and live.doc_number == "方政办〔2025〕12号"
    assert content_fingerprint(live) == revision_fingerprint(revision)


def test_editing_a_field_changes_the_fingerprint(make_item):
    item = make_item()
    before = revision_fingerprint(item.save_revision())
    item.abstract = "新增的内容概述"
    assert revision_fingerprint(item.save_revision()) != before


def test_replacing_the_bytes_of_an_attachment_file_changes_the_fingerprint(make_item):
    item = make_item()
    document = attach(item)
    before = revision_fingerprint(item.save_revision())
    document.file.save("名单.txt", ContentFile("公示名单（含身份证号）".encode()))
    assert revision_fingerprint(item.save_revision()) != before


def test_bookkeeping_does_not_change_the_fingerprint(make_item):
    item = make_item()
    before = content_fingerprint(item)
    item.locked = True
    item.has_unpublished_changes = False
    item.url_path = "/elsewhere/"
    assert content_fingerprint(item) == before


def test_replacing_the_bytes_of_a_document_linked_in_the_body_changes_the_fingerprint(make_item):
    document = Document.objects.create(title="名单.txt", file=ContentFile("公示名单".encode(), name="名单.txt"))
    item = make_item(body=document_link(document))
    before = revision_fingerprint(item.save_revision())
    document.file.save("名单.txt", ContentFile("公示名单（含身份证号）".encode()))
    assert revision_fingerprint(item.save_revision()) != before


def test_replacing_an_image_embedded_in_the_body_changes_the_fingerprint(make_item):
    image = image_of()
    item = make_item(body=image_embed(image))
    before = revision_fingerprint(item.save_revision())
    image.file.save("photo.png", ContentFile(png(colour=(0, 0, 0))), save=False)
    image.width = image.height = 8
    image.save()
    assert revision_fingerprint(item.save_revision()) != before
