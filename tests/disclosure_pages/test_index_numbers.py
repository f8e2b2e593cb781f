"""索引号: generated on first save from the organ and the written year, unique, never
repeated (even under concurrent editors), new for a copy, fixed once public."""
import datetime
import threading

import pytest
from django.db import connection

from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage


@pytest.mark.django_db
def test_the_serial_restarts_per_organ_and_per_written_year(make_item, other_catalogue):
    assert make_item().index_number == "111411994056312813/2025-00001"
    assert make_item(written_date=datetime.date(2024, 12, 30)).index_number == "111411994056312813/2024-00001"
    assert make_item(parent=other_catalogue).index_number == "11141199405631361N/2025-00001"
    assert make_item().index_number == "111411994056312813/2025-00002"


@pytest.mark.django_db
def test_the_pattern_is_a_setting_and_the_prefix_replaces_the_code(make_item, catalogue, settings):
    settings.GONGKAI_INDEX_NUMBER_PATTERN = "{organ_code}-{year}-{serial:04d}"
    catalogue.organ.index_prefix = "FSXZFB"
    catalogue.organ.save()
    assert make_item().index_number == "FSXZFB-2025-0001"


@pytest.mark.django_db
def test_a_number_already_taken_is_skipped_never_repeated(make_item):
    make_item(index_number="111411994056312813/2025-00001")
    assert make_item(title="第二条").index_number == "111411994056312813/2025-00002"


@pytest.mark.django_db
def test_a_copied_item_gets_a_new_number(make_item):
    original = make_item()
    copy = original.copy(update_attrs={"slug": "copy"})
    assert DisclosureItemPage.objects.get(pk=copy.pk).index_number == "111411994056312813/2025-00002"
    assert copy.get_latest_revision_as_object().index_number == "111411994056312813/2025-00002"


@pytest.mark.django_db
def test_the_number_never_changes_once_public_even_when_the_written_year_does(make_item, publish):
    item = publish(make_item())
    number = item.index_number
    item.written_date = datetime.date(2024, 11, 5)
    item.title = "更正成文日期后的标题"
    item.save_revision().publish()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.index_number == number
    assert item.title == "更正成文日期后的标题"


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_items_created_by_8_concurrent_editors_get_200_different_numbers(catalogue, topic, genre):
    errors = []

    def editor(worker):
        try:
            parent = DisclosureCatalogueIndexPage.objects.get(pk=catalogue.pk)
            for n in range(25):
                parent.add_child(instance=DisclosureItemPage(
                    title=f"编辑{worker}的第{n}条", written_date=datetime.date(2025, 5, 6),
                    topic=topic, genre=genre, disclosure="public",
                ))
        except Exception as error:  # reported below, with the thread that failed
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=editor, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    numbers = list(DisclosureItemPage.objects.values_list("index_number", flat=True))
    assert len(numbers) == 200
    assert len(set(numbers)) == 200
    assert sorted(numbers)[-1] == "111411994056312813/2025-00200"


@pytest.mark.django_db
def test_saving_an_in_memory_copy_cannot_change_the_number_of_a_public_item(make_item, publish):
    item = publish(make_item())
    item.index_number = "手工改动/2025-99999"
    item.save()
    assert DisclosureItemPage.objects.get(pk=item.pk).index_number == "111411994056312813/2025-00001"
