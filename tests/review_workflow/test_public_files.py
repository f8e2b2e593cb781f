"""Files are inside the review: a document or image is served to the public only while a
live item that may be public now carries it; staff of the organ still open it."""
import re

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureItemPage
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction

from .documents import document_link, image_embed, image_of

REVIEWED_BYTES = "公示名单：张三、李四".encode()
NEW_BYTES = "公示名单：张三 142301199001011234".encode()


def stored_document(organ_setup, data=REVIEWED_BYTES, name="名单.txt"):
    return Document.objects.create(
        title="公示名单", file=ContentFile(data, name=name), collection=organ_setup.collection
    )


def attach(item, document):
    item.attachments.add(DisclosureAttachment(document=document))
    item.save_revision()
    return document


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def reload(item):
    return DisclosureItemPage.objects.get(pk=item.pk)


def test_a_drafts_attachment_is_not_downloadable_by_the_public(make_item, organ_setup, client):
    document = attach(make_item(), stored_document(organ_setup))
    assert client.get(document.url).status_code == 404
    assert client.get("/media/" + document.file.name).status_code == 404


def test_staff_of_the_organ_open_a_drafts_attachment(make_item, organ_setup, editor, client):
    document = attach(make_item(), stored_document(organ_setup))
    client.force_login(editor)
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == REVIEWED_BYTES


def test_a_public_items_attachment_is_downloadable(make_item, organ_setup, reviewed, client):
    item = make_item()
    document = attach(item, stored_document(organ_setup))
    reviewed(item).publish()
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == REVIEWED_BYTES


def test_a_withdrawn_items_attachment_is_no_longer_downloadable(make_item, organ_setup, reviewed, leader, client):
    item = make_item()
    document = attach(item, stored_document(organ_setup))
    reviewed(item).publish()
    WithdrawItemAction(reload(item), user=leader, reason="含有个人信息").execute()
    assert client.get(document.url).status_code == 404
    assert client.get("/media/" + document.file.name).status_code == 404


def test_a_document_in_an_organs_collection_that_no_item_carries_is_not_public(organ_setup, client):
    document = stored_document(organ_setup)
    assert client.get(document.url).status_code == 404


def test_a_document_outside_the_disclosure_content_is_served_as_wagtail_serves_it(organ_setup, client):
    document = Document.objects.create(title="办事指南", file=ContentFile(REVIEWED_BYTES, name="指南.txt"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == REVIEWED_BYTES
    assert client.get("/media/" + document.file.name).status_code == 200


def test_a_drafts_attachment_outside_the_organs_collection_is_not_public(make_item, client):
    document = Document.objects.create(title="公示名单", file=ContentFile(REVIEWED_BYTES, name="名单.txt"))
    attach(make_item(), document)
    assert client.get(document.url).status_code == 404


def replace_in_documents_admin(client, document, data):
    url = reverse("wagtaildocs:edit", args=[document.pk])
    return client.post(
        url,
        {
            "title": document.title,
            "collection": str(document.collection_id),
            "file": SimpleUploadedFile("名单.txt", data, content_type="text/plain"),
            "tags": "",
        },
    )


def test_replacing_a_live_items_file_never_gives_the_public_the_new_bytes(
    make_item, organ_setup, reviewed, superuser, client
):
    item = make_item()
    document = attach(item, stored_document(organ_setup))
    reviewed(item).publish()
    client.force_login(superuser)
    assert replace_in_documents_admin(client, document, NEW_BYTES).status_code == 302
    client.logout()
    document.refresh_from_db()
    response = client.get(document.url)
    assert response.status_code == 404
    assert NEW_BYTES not in body(response)
    assert client.get(reload(item).url).status_code == 404
    # The changed content is in front of the editors as a draft that needs a review.
    assert reload(item).has_unpublished_changes


def test_a_replaced_file_is_public_again_once_the_new_content_is_reviewed(
    make_item, organ_setup, reviewed, superuser, client
):
    item = make_item()
    document = attach(item, stored_document(organ_setup))
    reviewed(item).publish()
    client.force_login(superuser)
    replace_in_documents_admin(client, document, "更正后的公示名单".encode())
    client.logout()
    reviewed(reload(item)).publish()
    document.refresh_from_db()
    assert body(client.get(document.url)) == "更正后的公示名单".encode()


def test_a_document_linked_in_a_drafts_body_is_not_public(make_item, organ_setup, client):
    document = stored_document(organ_setup)
    make_item(body=document_link(document))
    assert client.get(document.url).status_code == 404


def test_a_document_linked_in_a_public_items_body_is_public(make_item, organ_setup, reviewed, client):
    document = stored_document(organ_setup)
    item = make_item(body=document_link(document))
    reviewed(item).publish()
    assert client.get(document.url).status_code == 200


def media_image_urls(html):
    return re.findall(r'<img[^>]+src="(/media/[^"]+)"', html)


def test_an_image_in_a_drafts_body_and_its_renditions_are_not_public(make_item, reviewed, organ_setup, client):
    image = image_of(collection=organ_setup.collection)
    item = make_item(body=image_embed(image))
    rendition = image.get_rendition("width-800")
    assert client.get(rendition.url).status_code == 404
    assert client.get("/media/" + image.file.name).status_code == 404
    reviewed(item).publish()
    sources = media_image_urls(client.get(reload(item).url).content.decode())
    assert sources and all(client.get(source).status_code == 200 for source in sources)
    assert client.get("/media/" + image.file.name).status_code == 200
