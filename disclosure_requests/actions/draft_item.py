"""予以公开 of general interest (Art. 44): a replied 予以公开 or 部分公开 case becomes a draft
disclosure item of the organ, its subject the item's title and its approved released files the
item's attachments. The draft is never published here: it goes through the organ's normal
review (保密审查 included) like every item."""
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureCatalogueIndexPage, DisclosureItemPage

from ..choices import EventKind, Status
from .base import CaseAction, CaseActionError, CasePermissionError
from .reply import RELEASING

TITLE_LENGTH = 120


class DraftItemError(CaseActionError):
    pass


class DraftItemPermissionError(DraftItemError, CasePermissionError):
    pass


class DraftItemFromReply(CaseAction):
    error = DraftItemError
    permission_error = DraftItemPermissionError
    allowed_statuses = (Status.CLOSED,)
    event_kind = EventKind.DRAFT_ITEM_MADE

    def __init__(self, case, *, topic, genre, title="", **kwargs):
        super().__init__(case, **kwargs)
        self.topic, self.genre, self.title = topic, genre, title.strip()
        self.item = None

    def catalogue(self):
        return DisclosureCatalogueIndexPage.objects.filter(organ=self.case.organ).first()

    def check_permission(self):
        super().check_permission()
        catalogue = self.catalogue()
        if catalogue and not catalogue.permissions_for_user(self.user).can_add_subpage():
            raise self.permission_error(_("Making a disclosure item needs the right to add items to the organ's catalogue."))

    def check_state(self):
        self.require(self.case.outcome in RELEASING, _("Only a reply that discloses information becomes a disclosure item."))
        self.require(self.catalogue() is not None, _("The organ has no disclosure catalogue."))
        self.require(
            not self.case.events.filter(kind=EventKind.DRAFT_ITEM_MADE).exists(),
            _("A draft disclosure item has already been made from this reply."),
        )

    def apply(self):
        item = DisclosureItemPage(
            title=(self.title or self.case.description)[:TITLE_LENGTH],
            organ=self.case.organ,
            written_date=self.case.closed_on,
            topic=self.topic,
            genre=self.genre,
            disclosure="public",
            live=False,
        )
        for order, released in enumerate(f for f in self.case.released_files.all() if f.is_approved):
            with released.file.open("rb") as handle:
                document = get_document_model()(title=released.title, uploaded_by_user=self.user)
                document.file.save(released.original_name, ContentFile(handle.read()), save=False)
            document.save()
            item.attachments.add(DisclosureAttachment(document=document, sort_order=order))
        try:
            self.catalogue().add_child(instance=item)
        except ValidationError as error:
            raise self.error(" ".join(error.messages)) from error
        item.save_revision(user=self.user)
        self.item = item
        self.note = item.title

    def event_data(self):
        return {"item": self.item.pk}

    def execute(self, skip_permission_checks=False):
        super().execute(skip_permission_checks=skip_permission_checks)
        return self.item
