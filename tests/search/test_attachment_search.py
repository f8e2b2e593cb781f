"""The public search finds an item by the words of its binary Word (.doc) or WPS attachment."""
import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import DisclosureAttachment
from tests.review_workflow.office_files import word_document

from .conftest import run_queued_tasks

pytestmark = pytest.mark.django_db

NOTICE = [("Fangshan ", True), ("关于发放2026年度耕地地力保护补贴的通知\r各乡镇人民政府：", False)]


@pytest.mark.parametrize("name", ["补贴通知.doc", "补贴通知.wps"])
def test_an_item_is_found_by_a_phrase_only_its_binary_word_attachment_holds(client, search_index, make_item, publish, name):
    item = make_item()
    document = Document.objects.create(title="附件", file=ContentFile(word_document(NOTICE), name=name))
    item.attachments.add(DisclosureAttachment(document=document))
    publish(item)
    run_queued_tasks()

    results = client.get("/api/search/", {"q": "耕地地力保护补贴"}).json()["results"]
    assert [result["title"] for result in results] == [item.title]
