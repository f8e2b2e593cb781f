"""Request numbers: organ and year based (pattern GONGKAI_REQUESTS_NUMBER_PATTERN), serials
restart each year and are never reused, even when a request is withdrawn or deleted."""
from django.db import transaction
from django.db.models import F

from . import conf
from .models import RequestNumberCounter


@transaction.atomic
def next_request_number(organ, year):
    """(number, serial) for the organ's next request of `year`; call inside the case's transaction."""
    counter, _created = RequestNumberCounter.objects.select_for_update().get_or_create(organ=organ, year=year)
    RequestNumberCounter.objects.filter(pk=counter.pk).update(last_serial=F("last_serial") + 1)
    counter.refresh_from_db()
    number = conf.get("GONGKAI_REQUESTS_NUMBER_PATTERN").format(
        organ_code=organ.index_number_code, year=year, serial=counter.last_serial
    )
    return number, counter.last_serial
