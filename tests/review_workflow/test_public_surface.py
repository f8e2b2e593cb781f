"""The public-surface crawler: items in every state, and an anonymous client trying every
address the public could reach. Nothing that is not public answers 200, and no text that was
never public appears in any answer.

The catalogue index is filled the way the product fills it (its signals, then a sync of each
item they name), before the changes no signal announces (a plain `Page` save, a database
update, a replaced file, a later refusal): the index-backed surfaces (search, its API, its
feed, catalogue browsing) are checked for content that was never reviewed.
"""
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Page

from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureItemPage
from gongkai.review_workflow.choices import Conclusion, RecordKind
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.ledger import append_record
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction
from gongkai.search.connection import client as es_client
from gongkai.search.index_names import versioned_index_pattern
from gongkai.search.indexing import ensure_index, sync_items

from .documents import image_embed, image_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def fresh_index(db):
    def delete_all():
        es = es_client()
        names = list(es.indices.get(index=versioned_index_pattern(), expand_wildcards="open"))
        if names:
            es.indices.delete(index=",".join(names))

    delete_all()
    ensure_index()
    yield
    delete_all()


class Catalogue:
    """Builds the items: each carries an attachment and an image whose words are its own."""

    def __init__(self, make_item, organ_setup, reviewed, leader, editor, superuser):
        self.make_item, self.organ_setup, self.reviewed = make_item, organ_setup, reviewed
        self.leader, self.editor, self.superuser = leader, editor, superuser
        self.items = {}
        self.never_public = []

    def item(self, state, secret_title=True, **fields):
        title_word, body_word, file_word = f"ttl{state}", f"bdy{state}", f"fil{state}"
        if secret_title:
            self.never_public.append(title_word)
        if fields.get("classification"):
            # 涉密信息不上网: a state-secret item is a record without body or files.
            self.items[state] = self.make_item(title=f"{title_word} 通知", slug=state, body="", **fields)
            return self.items[state]
        self.never_public += [body_word, file_word]
        image = image_of(title=f"img{state}", collection=self.organ_setup.collection)
        document = Document.objects.create(
            title=f"doc{state}",
            file=ContentFile(f"附件 {file_word}".encode(), name=f"{state}.txt"),
            collection=self.organ_setup.collection,
        )
        item = self.make_item(
            title=f"{title_word} 通知",
            slug=state,
            body=f"<p>正文 {body_word}</p>{image_embed(image)}",
            **fields,
        )
        item.attachments.add(DisclosureAttachment(document=document))
        item.save_revision()
        image.get_rendition("width-800")
        self.items[state] = item
        return item

    def publish(self, item):
        self.reviewed(item).publish()
        return DisclosureItemPage.objects.get(pk=item.pk)


def plain_save_live(item):
    page = Page.objects.get(pk=item.pk)
    page.live = True
    page.save()


@pytest.fixture
def catalogue_states(make_item, organ_setup, reviewed, leader, editor, reviewer, superuser, client, fresh_index):
    made = Catalogue(make_item, organ_setup, reviewed, leader, editor, superuser)
    made.publish(made.item("public", secret_title=False))
    made.never_public.remove("bdypublic")
    made.never_public.remove("filpublic")
    made.item("draft")
    in_review = made.item("inreview")
    organ_setup.catalogue.get_workflow().start(in_review, editor)
    changed = made.publish(made.item("changed", secret_title=False))
    made.never_public.remove("bdychanged")
    made.never_public.remove("filchanged")
    changed.body = "<p>改动 bdychangeddraft</p>"
    changed.save_revision()
    made.never_public.append("bdychangeddraft")
    stored_change = made.publish(made.item("storedchange", secret_title=False))
    made.never_public.remove("filstoredchange")
    withdrawn = made.publish(made.item("withdrawn", secret_title=False))
    WithdrawItemAction(withdrawn, user=leader, reason="复核发现个人信息").execute()
    for state, fields in {
        "onrequest": {"disclosure": "on_request", "reason": "process_information"},
        "withheld": {"disclosure": "withheld", "reason": "internal_affairs"},
        "secret": {"disclosure": "withheld", "reason": "state_secret", "classification": "secret", "secrecy_period": "10年"},
    }.items():
        item = made.item(state, **fields)
        reviewed(item)
        plain_save_live(item)
    refused = made.publish(made.item("refused", secret_title=False))
    made.never_public.remove("filrefused")
    made.never_public.remove("bdyrefused")
    replaced = made.publish(made.item("replaced", secret_title=False))
    made.never_public.remove("bdyreplaced")
    made.never_public.remove("filreplaced")
    sync_items([item.pk for item in made.items.values()], refresh=True)
    # Changes no publishing signal announces come after the index caught up.
    DisclosureItemPage.objects.filter(pk=stored_change.pk).update(body="<p>未审查 bdystoredchangeraw</p>")
    made.never_public.remove("bdystoredchange")
    made.never_public.append("bdystoredchangeraw")
    revision = refused.get_latest_revision()
    append_record(
        refused, reviewer, kind=RecordKind.REVIEW, revision=revision,
        fingerprint=revision_fingerprint(revision), conclusion=Conclusion.WITHHOLD, opinion="不予公开",
    )
    document = replaced.attachments.first().document
    client.force_login(superuser)
    client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": document.title, "collection": str(document.collection_id), "tags": "",
         "file": SimpleUploadedFile("replaced.txt", "新名单 filreplacednew".encode(), content_type="text/plain")},
    )
    client.logout()
    made.never_public.append("filreplacednew")
    return made


def text_of(response):
    if response.streaming:
        raw = b"".join(response.streaming_content)
    else:
        raw = response.content
    text = raw.decode("utf-8", errors="replace")
    if response.get("Content-Type", "").startswith("application/json"):
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return text


def test_nothing_that_is_not_public_answers_200_or_appears_in_any_answer(catalogue_states, client, organ_setup):
    made = catalogue_states
    organ = organ_setup.organ
    surfaces = [
        "/", organ_setup.catalogue.url, "/catalogue/", f"/catalogue/organ/{organ.pk}/",
        "/feeds/latest/", f"/feeds/organ/{organ.pk}/", "/sitemap.xml",
    ]
    # Words every item shares (a marker in the query would be echoed back by the search page).
    for word in ("通知", "正文", "附件", "新名单", "未审查", "改动"):
        surfaces += [f"/search/?q={word}", f"/api/search/?q={word}", f"/feeds/search/?q={word}"]
    answers = {address: client.get(address) for address in surfaces}
    item_addresses = {state: Page.objects.get(pk=item.pk).url for state, item in made.items.items()}
    answers.update({address: client.get(address) for address in item_addresses.values()})
    files = {}
    for item in made.items.values():
        state = item.slug
        for attachment in DisclosureAttachment.objects.filter(item=item):
            files[attachment.document.url] = state
            files["/media/" + attachment.document.file.name] = state
    for image in get_image_model().objects.all():
        state = image.title.removeprefix("img")
        files["/media/" + image.file.name] = state
        for rendition in image.renditions.all():
            files[rendition.url] = state
    answers.update({address: client.get(address) for address in files})

    texts = {address: text_of(response) for address, response in answers.items()}
    leaks = [(address, word) for address, text in texts.items() for word in made.never_public if word in text]
    assert leaks == []
    served = {state for state, address in item_addresses.items() if answers[address].status_code == 200}
    assert served == {"public", "changed"}
    served_files = {address: state for address, state in files.items() if answers[address].status_code == 200}
    assert set(served_files.values()) == {"public", "changed"}
    # The crawler sees the public item everywhere, so its silence about the others means something.
    assert "bdypublic" in texts[item_addresses["public"]]
    assert "ttlpublic" in texts["/feeds/latest/"] and item_addresses["public"] in texts["/sitemap.xml"]
    assert "ttlpublic" in texts["/api/search/?q=通知"]
    for state in ("withdrawn", "refused", "replaced", "storedchange", "onrequest", "withheld", "secret"):
        for address in ("/", "/feeds/latest/", f"/feeds/organ/{organ.pk}/", "/sitemap.xml"):
            assert f"ttl{state}" not in texts[address] and item_addresses[state] not in texts[address]
