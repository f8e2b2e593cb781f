"""Importing a legacy catalogue: rows with the columns below, from .jsonl, .csv or .xlsx.

Columns: title, body, organ, doc_number, written_date, topic, genre, disclosure, reason,
classification, validity, index_number, external_id; optionally organ_code, validity_date,
secrecy_period, abstract, published_date and normative (是/否). Choice columns accept codes, English labels
and Chinese labels; a missing disclosure means 主动公开; a missing index_number is generated.

Each row is validated by the item's own rules; actions.import_rows creates the items.
"""
import csv
import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from .choices import Classification, Disclosure, Validity, WithholdingReason
from .import_references import RowRefused, parse_flag, text
from .legacy_html import body_html
from .models import DisclosureItemPage
from .validation import item_errors

COLUMNS = (
    "title", "body", "organ", "doc_number", "written_date", "topic", "genre", "disclosure",
    "reason", "classification", "validity", "index_number", "external_id",
)
OPTIONAL_COLUMNS = ("organ_code", "validity_date", "secrecy_period", "abstract", "published_date", "normative")
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")
# Fields the import sets itself or that a page only has once it is in the tree.
NOT_FROM_ROW = [
    "organ", "topic", "genre", "index_number", "path", "depth", "url_path", "slug",
    "locale", "translation_key", "draft_title", "content_type", "replaced_by",
]


@dataclass
class RowError:
    row: int
    message: str

    def __str__(self):
        return _("Row %(row)d: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class ImportReport:
    created: int = 0
    published: int = 0
    existing: int = 0
    errors: list = field(default_factory=list)
    created_organs: list = field(default_factory=list)


def read_rows(path):
    """The data rows of a .jsonl, .csv or .xlsx file as dicts keyed by column name."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open(encoding="utf-8-sig") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as lines:
            return list(csv.DictReader(lines))
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        rows = sheet.iter_rows(values_only=True)
        header = [str(name).strip() if name is not None else "" for name in next(rows, ())]
        return [dict(zip(header, values)) for values in rows if any(value is not None for value in values)]
    raise ValueError(_("Unsupported file type “%(suffix)s”: use .jsonl, .csv or .xlsx.") % {"suffix": suffix})


def label(field_name):
    return DisclosureItemPage._meta.get_field(field_name).verbose_name


def parse_date(value, field_name):
    if not value:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text(value), date_format).date()
        except ValueError:
            continue
    raise RowRefused(_("%(field)s “%(value)s” is not a date.") % {"field": label(field_name), "value": value})


def choice_lookup(choices):
    """Codes, English labels and Chinese labels of `choices`, all mapped to the code."""
    lookup = {}
    for value, label in choices.choices:
        for language in ("en", "zh-hans"):
            with translation.override(language):
                lookup[str(label).lower()] = value
        lookup[value] = value
    return lookup


CHOICE_LOOKUPS = {}


def parse_choice(choices, value, field_name, default=""):
    if not text(value):
        return default
    lookup = CHOICE_LOOKUPS.setdefault(choices, choice_lookup(choices))
    try:
        return lookup[text(value).lower()]
    except KeyError:
        raise RowRefused(
            _("%(field)s “%(value)s” is not one of the known values.") % {"field": label(field_name), "value": value}
        )


def existing_item(row):
    external_id, index_number = text(row.get("external_id")), text(row.get("index_number"))
    items = DisclosureItemPage.objects.all()
    if external_id and items.filter(external_id=external_id).exists():
        return True
    return bool(index_number) and items.filter(index_number=index_number).exists()


def item_from_row(row):
    """An unsaved item with the row's own values (no organ, topic or genre yet)."""
    return DisclosureItemPage(
        title=text(row.get("title")),
        body=body_html(row.get("body")),
        abstract=text(row.get("abstract")),
        normative=parse_flag(row.get("normative"), label("normative")),
        doc_number=text(row.get("doc_number")),
        written_date=parse_date(row.get("written_date"), "written_date"),
        disclosure=parse_choice(Disclosure, row.get("disclosure"), "disclosure", Disclosure.PUBLIC),
        reason=parse_choice(WithholdingReason, row.get("reason"), "reason"),
        classification=parse_choice(Classification, row.get("classification"), "classification", Classification.NONE),
        secrecy_period=text(row.get("secrecy_period")),
        validity=parse_choice(Validity, row.get("validity"), "validity", Validity.VALID),
        validity_date=parse_date(row.get("validity_date"), "validity_date"),
        published_date=parse_date(row.get("published_date"), "published_date"),
        index_number=text(row.get("index_number")),
        external_id=text(row.get("external_id")) or None,
        live=False,
    )


def check_item(item):
    """Raise RowRefused with every rule the item breaks, each named by its field."""
    errors = {}
    try:
        item.clean_fields(exclude=NOT_FROM_ROW)
    except ValidationError as error:
        errors.update(error.message_dict)
    for name, messages in item_errors(item).items():
        errors.setdefault(name, []).extend(messages)
    if errors:
        raise RowRefused(
            "；".join(
                f"{label(name)}：{' '.join(map(str, messages))}"
                for name, messages in errors.items()
            )
        )

