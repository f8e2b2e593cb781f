"""The fingerprint of an item's content: what a secrecy review is bound to.

Two objects with the same content going live have the same fingerprint, whether the object
is a revision's `as_object()` or the page being saved live; any edit of a field, of an
attachment, or of the bytes of any file the content carries (attachments, and documents and
images linked in the body) changes it. Bookkeeping that publishing, scheduling, moving or
locking changes is left out.
"""
import copy
import hashlib
import json
from functools import lru_cache

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import get_all_child_relations

from gongkai.disclosure_pages.carried_files import carried_files
from gongkai.disclosure_pages.publication import BOOKKEEPING_FIELDS


def read_sha256(storage, name):
    digest = hashlib.sha256()
    with storage.open(name, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=4096)
def remembered_sha256(storage, name, size, modified_at):
    """Serving asks the gate on every request: a file is read again only when its name,
    size or modification time says it may have changed."""
    return read_sha256(storage, name)


def file_sha256(field_file):
    storage, name = field_file.storage, field_file.name
    try:
        stamp = (storage.size(name), storage.get_modified_time(name))
    except (NotImplementedError, OSError):
        return read_sha256(storage, name)
    return remembered_sha256(storage, name, *stamp)


def child_content(page, data):
    """Child rows (attachments, interpreted policies) without their own ids or the parent's."""
    return {
        relation.get_accessor_name(): [
            {key: value for key, value in row.items() if key not in {"pk", relation.field.name}}
            for row in data.get(relation.get_accessor_name(), [])
        ]
        for relation in get_all_child_relations(page)
        if relation.get_accessor_name() not in BOOKKEEPING_FIELDS
    }


def file_hashes(page):
    """SHA-256 of every file the content carries, attachments first, then rich-text links."""
    return [
        {"title": file_object.title, "sha256": file_sha256(file_object.file)}
        for file_object in carried_files(page)
    ]


def as_saved(page):
    """A copy of `page` with the fields its save derives (文号 parts, organ) filled in, so a
    revision's object compares equal to the page that publishing it saves."""
    saved = copy.copy(page)
    fill_derived_fields = getattr(saved, "fill_derived_fields", None)
    if fill_derived_fields is not None and saved.pk is not None:
        fill_derived_fields()
    return saved


def content_fingerprint(page):
    """SHA-256 over the fields that go live and the bytes of every file they carry."""
    page = as_saved(page)
    data = page.serializable_data()
    child_names = {relation.get_accessor_name() for relation in get_all_child_relations(page)}
    fields = {
        key: value
        for key, value in data.items()
        if key not in BOOKKEEPING_FIELDS and key not in child_names
    }
    content = {
        "fields": fields,
        "children": child_content(page, data),
        "files": file_hashes(page),
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def revision_fingerprint(revision):
    return content_fingerprint(revision.as_object())
