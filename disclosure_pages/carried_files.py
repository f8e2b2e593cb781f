"""The documents and images an item's content carries: its attachments (附件) and every
document linked or image embedded in its rich text.

A file belongs to the content that carries it: the secrecy review's fingerprint hashes these
files, and the portal serves one only while a public item carries it (gongkai.disclosure_pages.serving).
"""
from django.db.models import prefetch_related_objects
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail.images import get_image_model


def rich_text_fields(page):
    return [field for field in page._meta.get_fields() if isinstance(field, RichTextField)]


def rich_text_references(page):
    """(model, pk) of every document and image the page's rich text refers to, in order."""
    file_models = (get_document_model(), get_image_model())
    references = []
    for field in rich_text_fields(page):
        for model, pk, *_ in field.extract_references(getattr(page, field.name) or ""):
            if model in file_models and (model, str(pk)) not in references:
                references.append((model, str(pk)))
    return references


def prefetch_carried_files(pages):
    """Read the attachments of the stored `pages`, with their documents, in two queries. It fills
    the objects given, so callers pass objects of their own (a stale cache must not outlive them);
    attachments held in memory (a revision's object) still win over what this read."""
    prefetch_related_objects(
        [page for page in pages if page.pk is not None and hasattr(page, "attachments")], "attachments__document"
    )


def carried_files_among(pages):
    """carried_files of each of `pages`, in order, looking up the files their rich text links in
    one query per kind of file for the whole list."""
    references = [rich_text_references(page) for page in pages]
    found = {
        model: model.objects.in_bulk({pk for refs in references for kind, pk in refs if kind is model and pk.isdigit()})
        for model in (get_document_model(), get_image_model())
    }
    return [files_of(page, page_references, found) for page, page_references in zip(pages, references)]


def files_of(page, references, found):
    attachments = getattr(page, "attachments", None)
    files = [attachment.document for attachment in attachments.all()] if attachments is not None else []
    for model, pk in references:
        file_object = found[model].get(int(pk)) if pk.isdigit() else None
        if file_object is not None and file_object not in files:
            files.append(file_object)
    return files


def carried_files(page):
    """The Document and Image objects `page` carries as it stands (a revision's object or a
    stored page): attachments first, then rich-text links. A link to a file that no longer
    exists carries nothing (the link stays part of the text)."""
    return carried_files_among([page])[0]


def carries(page, file_object):
    return file_object in carried_files(page)
