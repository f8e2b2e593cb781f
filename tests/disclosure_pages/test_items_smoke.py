import pytest

from disclosure_pages.models import DisclosureItemPage
from disclosure_pages.publication import PublicationRefused


def test_a_new_item_gets_an_index_number_from_its_organ_and_written_year(make_item):
    item = make_item()
    assert item.index_number == "111411994056312813/2025-00001"
    assert item.organ.name == "方山县人民政府办公室"
    assert make_item(title="第二条").index_number == "111411994056312813/2025-00002"


def test_an_item_disclosed_on_request_is_refused_by_save_with_live_true(make_item):
    item = make_item(disclosure="on_request", reason="process_information")
    item.live = True
    with pytest.raises(PublicationRefused):
        item.save()
    assert not DisclosureItemPage.objects.get(pk=item.pk).live
