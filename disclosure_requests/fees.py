"""信息处理费 (国办函〔2020〕109号), charged only for excessive use.

By count: per applicant (certificate number) per calendar month, here counted per organ
(each organ charges for its own workload): the first 10 requests are free, the 11th–30th
cost 100 元 each, and above 30 each further block of 10 costs 100 元 more per request
(31st–40th: 200 元, 41st–50th: 300 元 ...).
By pages, per request: up to 30 pages free; pages 31–100 cost 10 元 each, 101–200 20 元 each,
above 200 40 元 each.
"""
from decimal import Decimal

from django.db.models.functions import Coalesce, TruncDate

from .models import DisclosureRequest

FREE_REQUESTS = 10
FIRST_TIER_END = 30
BLOCK = 10
STEP = Decimal(100)
PAGE_TIERS = ((30, Decimal(0)), (100, Decimal(10)), (200, Decimal(20)), (None, Decimal(40)))


def price_of_nth_request(n):
    """The fee of an applicant's n-th request of the month (1-based)."""
    if n <= FREE_REQUESTS:
        return Decimal(0)
    if n <= FIRST_TIER_END:
        return STEP
    return STEP * (1 + (n - FIRST_TIER_END + BLOCK - 1) // BLOCK)


def fee_by_pages(pages):
    """The fee of one request's `pages` pages, each page priced by the tier it falls in."""
    total, lower = Decimal(0), 0
    for upper, price in PAGE_TIERS:
        in_tier = max(0, (pages if upper is None else min(pages, upper)) - lower)
        total += in_tier * price
        if upper is None or pages <= upper:
            break
        lower = upper
    return total


def position_in_month(case):
    """Which request of the month this is for its applicant at its organ (1-based), counted
    by receipt date, then by registration order."""
    day = case.received_on or case.submitted_at.date()
    same = DisclosureRequest.objects.annotate(day=Coalesce("received_on", TruncDate("submitted_at"))).filter(
        organ=case.organ,
        certificate_number__iexact=case.certificate_number,
        day__year=day.year,
        day__month=day.month,
    )
    return same.filter(day__lt=day).count() + same.filter(day=day, pk__lte=case.pk).count()


def fee_by_count(case):
    return price_of_nth_request(position_in_month(case))
