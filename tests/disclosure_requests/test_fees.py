"""信息处理费 (国办函〔2020〕109号): by count per applicant per month, or by pages."""
import datetime
from decimal import Decimal

from hypothesis import given, strategies as st

from gongkai.disclosure_requests.fees import fee_by_count, fee_by_pages, position_in_month, price_of_nth_request

D = datetime.date


def test_the_first_ten_requests_of_a_month_are_free_then_100_yuan_to_the_30th():
    assert [price_of_nth_request(n) for n in (1, 10, 11, 30)] == [0, 0, 100, 100]


def test_above_30_each_block_of_ten_costs_100_yuan_more():
    assert [price_of_nth_request(n) for n in (31, 40, 41, 50, 51)] == [200, 200, 300, 300, 400]


def test_pages_are_free_to_30_then_10_20_and_40_yuan_a_page():
    assert fee_by_pages(30) == 0
    assert fee_by_pages(31) == 10
    assert fee_by_pages(100) == 70 * 10
    assert fee_by_pages(101) == 700 + 20
    assert fee_by_pages(250) == 700 + 100 * 20 + 50 * 40


@given(st.integers(min_value=1, max_value=500))
def test_the_price_never_falls_and_rises_by_100_per_block_of_ten(n):
    assert price_of_nth_request(n + 1) >= price_of_nth_request(n)
    if n > 30:
        assert price_of_nth_request(n + 10) == price_of_nth_request(n) + 100


@given(st.integers(min_value=0, max_value=2000))
def test_one_more_page_costs_that_pages_tier_price(pages):
    step = fee_by_pages(pages + 1) - fee_by_pages(pages)
    tier = 0 if pages < 30 else 10 if pages < 100 else 20 if pages < 200 else 40
    assert step == Decimal(tier)


def test_the_eleventh_request_of_a_month_by_the_same_certificate_number_is_charged(make_case):
    cases = [make_case(D(2025, 4, 1) + datetime.timedelta(days=day % 20)) for day in range(11)]
    make_case(D(2025, 5, 2))
    last = max(cases, key=lambda case: (case.received_on, case.pk))
    assert position_in_month(last) == 11
    assert fee_by_count(last) == 100
    assert fee_by_count(make_case(D(2025, 4, 21), certificate_number="110105194912310045")) == 0
