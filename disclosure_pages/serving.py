"""Serving asks "may this be public now?" (publication.may_be_public_now) for disclosure content pages and
for every document and image an item carries.

An item page answers 404 unless the item may be public now, whatever made it live (a plain
`Page` save included). A document or image is served to the public only while a live item
that may be public now carries it in its stored content; anything else (a draft's attachment,
a withdrawn item's, a file in an organ's collection that no item carries yet) answers 404,
except to signed-in staff who may work with it: its collection's users, or editors of an item
that refers to it. A file outside the disclosure content (no item carries it and it is not in an
organ's collection: the site's other pages' files) is left to Wagtail, served as Wagtail serves it.
"""
from django.conf import settings
from django.http import Http404
from django.views.static import serve as serve_static
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Revision
from wagtail.permissions import policy_registry

from .carried_files import carries
from .models import DisclosureAttachment, DisclosureItemPage, Organ
from .publication import GatedPublicationMixin, may_be_public_now


def refuse_non_public_item(page, request, serve_args, serve_kwargs):
    """before_serve_page: disclosure content (an item, a report, and a report's downloads, which
    are its sub-routes) that may not be public now is not there for anyone."""
    if isinstance(page, GatedPublicationMixin) and not may_be_public_now(page):
        raise Http404


def items_referring_to(file_object):
    """Items whose stored content may carry the file: attachment rows and body mentions,
    narrowed by carried_files (a mention of the same id is not yet a link)."""
    item_ids = set(
        DisclosureItemPage.objects.filter(body__contains=f'id="{file_object.pk}"').values_list("pk", flat=True)
    )
    if isinstance(file_object, get_document_model()):
        item_ids |= set(DisclosureAttachment.objects.filter(document=file_object).values_list("item_id", flat=True))
    items = DisclosureItemPage.objects.filter(pk__in=item_ids).specific()
    return [item for item in items if carries(item, file_object)]


def in_organ_collection(file_object):
    """Whether the file sits in an organ's collection (organ_setup.ensure_collection), where
    editors upload attachments before an item carries them."""
    root = Collection.get_first_root_node()
    return Collection.objects.child_of(root).filter(
        pk=file_object.collection_id, name__in=Organ.objects.values("name")
    ).exists()


def mentions(content, file_object):
    """Whether a revision's stored content names the file (carries() then decides)."""
    attachments = content.get("attachments") or []
    return any(attachment.get("document") == file_object.pk for attachment in attachments) or (
        f'id="{file_object.pk}"' in (content.get("body") or "")
    )


def carried_by_a_draft(file_object):
    """Whether an item's latest draft (a revision not yet in the page's row) carries the file."""
    drafts = DisclosureItemPage.objects.filter(has_unpublished_changes=True).values("latest_revision_id")
    revisions = Revision.objects.filter(pk__in=drafts)
    return any(
        carries(revision.as_object(), file_object) for revision in revisions if mentions(revision.content, file_object)
    )


def is_disclosure_content(file_object):
    return in_organ_collection(file_object) or carried_by_a_draft(file_object)


def may_serve_publicly(file_object):
    """A file is public while a live item that may be public now carries it; a file outside
    the disclosure content is as public as Wagtail makes it."""
    items = items_referring_to(file_object)
    if not items:
        return not is_disclosure_content(file_object)
    return any(may_be_public_now(item) for item in items if item.live)


def is_staff_for(user, file_object):
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    policy = policy_registry.get_by_type(type(file_object))
    if policy.user_has_any_permission_for_instance(user, ["choose", "change"], file_object):
        return True
    return any(item.permissions_for_user(user).can_edit() for item in items_referring_to(file_object))


def may_open(user, file_object):
    return may_serve_publicly(file_object) or is_staff_for(user, file_object)


def refuse_non_public_document(document, request):
    """before_serve_document: /documents/<id>/<name> answers 404 unless the file may be opened."""
    if not may_open(request.user, document):
        raise Http404


def stored_file_at(path):
    """The Document or Image whose file (or one of whose renditions) is stored at `path`."""
    Document, Image = get_document_model(), get_image_model()
    found = Document.objects.filter(file=path).first() or Image.objects.filter(file=path).first()
    if found is None:
        rendition = Image.get_rendition_model().objects.filter(file=path).select_related("image").first()
        found = rendition.image if rendition else None
    return found


def serve_media(request, path):
    """MEDIA_URL: uploaded files are served only through the same question, never as a
    directory; a web server in front must route /media/ here rather than serve MEDIA_ROOT."""
    file_object = stored_file_at(path)
    if file_object is None or not may_open(request.user, file_object):
        raise Http404
    response = serve_static(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "private, no-cache"
    return response
