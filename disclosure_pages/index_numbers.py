"""索引号 generation: `{organ_code}/{year}-{serial:05d}` by default (setting
GONGKAI_INDEX_NUMBER_PATTERN); the serial restarts per organ per year and never repeats."""
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.text import slugify

from . import conf
from .models.index_numbers import IndexNumberCounter


def index_number_pattern():
    return conf.get("GONGKAI_INDEX_NUMBER_PATTERN")


def _take_serial(organ_code, year):
    counters = IndexNumberCounter.objects.filter(organ_code=organ_code, year=year)
    # Updating first takes the write lock at once (a row lock on PostgreSQL, the database
    # lock on SQLite), so two editors can never read the same serial.
    if not counters.update(last_serial=F("last_serial") + 1):
        try:
            with transaction.atomic():
                IndexNumberCounter.objects.create(organ_code=organ_code, year=year, last_serial=1)
            return 1
        except IntegrityError:
            counters.update(last_serial=F("last_serial") + 1)
    return counters.values_list("last_serial", flat=True).get()


def generate_index_number(item_model, organ, year):
    """A new 索引号 for an item of `organ` written in `year`, unused by any item."""
    with transaction.atomic():
        while True:
            number = index_number_pattern().format(
                organ_code=organ.index_number_code, year=year, serial=_take_serial(organ.index_number_code, year)
            )
            if not item_model.objects.filter(index_number=number).exists():
                return number


def index_number_slug(index_number):
    """The item's URL segment: its 索引号, which is unique, stable and readable in any
    language ("111411994056312813/2025-00001" → "111411994056312813-2025-00001")."""
    return slugify(index_number.replace("/", "-"))
