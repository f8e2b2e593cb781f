"""有效性: a repealed or expired item stays public with a notice the portal shows."""
import datetime

import pytest

from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


def test_an_item_in_force_has_no_notice(make_item):
    assert make_item().validity_notice() == ""


def test_a_repealed_item_stays_public_with_a_notice_linking_its_replacement(make_item, publish, client):
    replacement = publish(make_item(title="方山县防汛应急预案（2025年修订）"))
    item = publish(make_item(title="方山县防汛应急预案"))
    item.validity = "repealed"
    item.validity_date = datetime.date(2025, 6, 1)
    item.replaced_by = replacement
    item.save_revision().publish()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live
    assert item.validity_notice() == "本文件已于2025年6月1日废止，不再有效。"
    html = client.get(item.url).content.decode()
    assert html.count("本文件已于2025年6月1日废止，不再有效。") == 1
    assert f'请参阅： <a href="{replacement.url}">方山县防汛应急预案（2025年修订）</a>' in html


def test_an_expired_item_stays_public_with_its_notice(make_item, publish):
    item = make_item(validity="expired", validity_date=datetime.date(2025, 1, 1))
    item = publish(item)
    assert item.live
    assert item.validity_notice() == "本文件已于2025年1月1日失效，不再有效。"


def test_an_item_without_a_validity_date_says_its_state_without_an_empty_date(make_item):
    assert make_item(validity="repealed").validity_notice() == "本文件状态：已废止。"


def test_the_item_page_shows_the_validity_statement_once(client, make_item, publish):
    item = publish(make_item(validity="repealed", validity_date=datetime.date(2024, 3, 18)))

    html = client.get(item.url).content.decode()

    assert html.count("本文件已于2024年3月18日废止，不再有效。") == 1
    assert "已于 2024-03-18 已废止" not in html and "已废止。" not in html
