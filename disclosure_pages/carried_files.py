"""The documents and images an item's content carries: its attachments (附件) and every
document linked or image embedded in its rich text.

A file belongs to the content that carries it: the secrecy review's fingerprint hashes these
files, and the portal serves one only while a public item carries it (gongkai.disclosure_pages.serving).
"""
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


def carried_files(page):
    """The Document and Image objects `page` carries as it stands (a revision's object or a
    stored page): attachments first, then rich-text links. A link to a file that no longer
    exists carries nothing (the link stays part of the text)."""
    attachments = getattr(page, "attachments", None)
    files = [attachment.document for attachment in attachments.all()] if attachments is not None else []
    for model, pk in rich_text_references(page):
        found = model.objects.filter(pk=pk).first() if pk.isdigit() else None
        if found is not None and found not in files:
            files.append(found)
    return files


def carries(page, file_object):
    return file_object in carried_files(page)
