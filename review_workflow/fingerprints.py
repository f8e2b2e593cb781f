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
from django.db.models import prefetch_related_objects
from modelcluster.models import get_all_child_relations

from gongkai.disclosure_pages.carried_files import carried_files_among, prefetch_carried_files
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


def file_hashes(files):
    """SHA-256 of every file the content carries, attachments first, then rich-text links."""
    return [{"title": file_object.title, "sha256": file_sha256(file_object.file)} for file_object in files]


def as_saved(page):
    """A copy of `page` with the content its save derives (文号 parts, organ) filled in, so a
    revision's object compares equal to the page that publishing it saves. The copy has its own
    prefetch cache: what a fingerprint reads ends with it, never going stale in the caller's page."""
    saved = copy.copy(page)
    saved._prefetched_objects_cache = dict(getattr(page, "_prefetched_objects_cache", {}))
    fill_derived_content = getattr(saved, "fill_derived_content", None)
    if fill_derived_content is not None and saved.pk is not None:
        fill_derived_content()
    return saved


def prefetch_content(pages):
    """Read the child rows and carried attachments of the stored `pages`, a few queries per page model."""
    stored = [page for page in pages if page.pk is not None]
    for model in {type(page) for page in stored}:
        relations = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        prefetch_related_objects([page for page in stored if type(page) is model], *relations)
    prefetch_carried_files(stored)


def fingerprint_of(page, files):
    """SHA-256 over the fields that go live and the bytes of `files`, the files they carry."""
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
        "files": file_hashes(files),
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def fingerprints_among(pages):
    """content_fingerprint of each of `pages`, in order, reading the stored ones' child rows
    and carried files in a few queries for the whole list."""
    saved = [as_saved(page) for page in pages]
    prefetch_content(saved)
    return [fingerprint_of(page, files) for page, files in zip(saved, carried_files_among(saved))]


def content_fingerprint(page):
    """SHA-256 over the fields that go live and the bytes of every file they carry."""
    return fingerprints_among([page])[0]


def revision_fingerprint(revision):
    return content_fingerprint(revision.as_object())
