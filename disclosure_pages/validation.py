"""The rules a disclosure item's attributes must satisfy, each with the message the
editor sees on the field it concerns (domain.md §1–§3)."""
import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .choices import Classification, Disclosure, Validity, WithholdingReason
from .doc_numbers import doc_number_errors
from .visibility import is_state_secret

TITLE_MAX_LENGTH = 200
# What the rich-text editor leaves in an emptied body: empty paragraphs and line breaks.
EMPTY_RICH_TEXT = re.compile(r"<p(\s[^>]*)?>|</p>|<br\s*/?>|&nbsp;|\s")


def has_content(html):
    """True when rich text holds anything (text, an image, a link), not just empty paragraphs."""
    return bool(EMPTY_RICH_TEXT.sub("", html or ""))


def item_errors(item):
    """A dict of field name → messages for every rule `item` breaks."""
    errors = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    if len(item.title or "") > TITLE_MAX_LENGTH:
        add("title", _("The title may have at most %(max)d characters.") % {"max": TITLE_MAX_LENGTH})
    for message in doc_number_errors(item.doc_number):
        add("doc_number", message)
    if item.disclosure != Disclosure.PUBLIC and not item.reason:
        add("reason", _("Give the reason for not disclosing this item proactively."))
    if item.disclosure == Disclosure.PUBLIC and item.reason:
        add("reason", _("A proactively disclosed item has no reason for not disclosing."))
    if item.reason == WithholdingReason.STATE_SECRET:
        if item.classification == Classification.NONE:
            add("classification", _("A state secret needs its classification level."))
        if not item.secrecy_period:
            add("secrecy_period", _("A state secret needs its secrecy period."))
    if item.classification != Classification.NONE and item.disclosure != Disclosure.WITHHELD:
        add("classification", _("A classified item can only be marked as not disclosed."))
    if is_state_secret(item) and has_content(item.body):
        add("body", _("State secrets never go online: this record keeps metadata only, no body text."))
    if item.written_date and item.written_date > timezone.localdate():
        add("written_date", _("The written date cannot be in the future."))
    if item.validity != Validity.VALID and not item.validity_date:
        add("validity_date", _("Give the date from which this validity applies."))
    if item.replaced_by_id and item.replaced_by_id == item.pk:
        add("replaced_by", _("An item cannot replace itself."))
    return errors


def validate_item(item):
    errors = item_errors(item)
    if errors:
        raise ValidationError(errors)
