"""Separation of duties (四眼原则): who may not secrecy-review an item's content.

The rule covers the whole history of the content, not only the last edit: a revision under
review still carries every part an earlier revision introduced, and the ledger record must
show on its own that no author reviewed their own words. Tracing which earlier parts survive
would be guesswork, so every user who ever changed the content (or created the page, or
submitted it for this review) is an author. Saves that change nothing (an approval from the
edit page, a no-op save) do not make an author.
"""
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail.models import WorkflowState

from . import conf
from .fingerprints import BOOKKEEPING_FIELDS


def separation_of_duties_applies():
    return conf.get("GONGKAI_SEPARATION_OF_DUTIES")


def authored_content(page, content):
    """A revision's stored content without bookkeeping: what its author wrote."""
    parental_keys = {
        relation.get_accessor_name(): relation.field.name for relation in get_all_child_relations(page)
    }
    comparable = {}
    for key, value in content.items():
        if key in BOOKKEEPING_FIELDS:
            continue
        if key in parental_keys:
            value = [
                {name: cell for name, cell in row.items() if name not in {"pk", "id", parental_keys[key]}}
                for row in value
            ]
        comparable[key] = value
    return comparable


def content_authors(page, up_to_revision):
    """Ids of every user who changed the content in a revision up to `up_to_revision`,
    the page's owner, and whoever submitted it for review."""
    authors = {page.owner_id}
    previous = None
    revisions = page.revisions.order_by("created_at", "pk")
    if up_to_revision is not None:
        revisions = revisions.filter(pk__lte=up_to_revision.pk)
    for revision in revisions.only("user_id", "content"):
        content = authored_content(page, revision.content)
        if content != previous:
            authors.add(revision.user_id)
        previous = content
    submitters = WorkflowState.objects.for_instance(page).values_list("requested_by_id", flat=True)
    authors.update(submitters)
    authors.discard(None)
    return authors


def separation_of_duties_refusal(page, revision, user):
    """Why `user` may not review `revision` of `page` because they wrote or submitted it."""
    if not separation_of_duties_applies():
        return None
    if user.pk in content_authors(page, revision):
        return _(
            "You wrote, changed or submitted this content (in this or an earlier revision), so "
            "another secrecy reviewer must review it. Ask a colleague in your organ's secrecy "
            "reviewers group to take this step."
        )
    return None
