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
NOT_WORD = re.compile(r"[\W_]+")
# Neither 主动公开 nor 非政府信息 is a withholding, so neither has a reason.
NO_REASON_DISCLOSURES = (Disclosure.PUBLIC, Disclosure.NON_GOVERNMENT)


def comparable_text(text):
    """`text` without spaces and punctuation, to tell a restated title from a summary."""
    return NOT_WORD.sub("", text or "")


def abstract_errors(title, abstract):
    """内容概述 summarises the content (Art. 12); a copy of the title, or a piece of it, says nothing more."""
    summary = comparable_text(abstract)
    if summary and summary in comparable_text(title):
        return [_("The abstract must summarise the content, not repeat the title.")]
    return []


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
    if item.disclosure not in NO_REASON_DISCLOSURES and not item.reason:
        add("reason", _("Give the reason for not disclosing this item proactively."))
    if item.disclosure == Disclosure.PUBLIC and item.reason:
        add("reason", _("A proactively disclosed item has no reason for not disclosing."))
    if item.disclosure == Disclosure.NON_GOVERNMENT and item.reason:
        add("reason", _("Information that is not government information needs no reason for not disclosing."))
    for message in abstract_errors(item.title, item.abstract):
        add("abstract", message)
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
