"""Organ setup and the catalogue import are Wagtail actions: found in Wagtail's action
registry, asked who may act apart from acting, refused with their own named error, logged,
and followed by their signal."""
import pytest
from django.contrib.auth import get_user_model
from wagtail.actions import action_registry
from wagtail.models import ModelLogEntry, PageLogEntry

from gongkai.disclosure_pages.constants import IMPORT_ACTION, ORGAN_SET_UP_ACTION
from gongkai.disclosure_pages.actions.import_rows import ImportRowsAction, ImportRowsError, ImportRowsPermissionError
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction, SetUpOrganPermissionError
from gongkai.disclosure_pages.models import DisclosureItemPage, Organ
from gongkai.disclosure_pages.signals import catalogue_imported

from .test_importing import legacy_row
from .test_organ_setup import ECOLOGY

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(db):
    return get_user_model().objects.create_user("clerk", password="x")


def test_wagtail_finds_organ_setup_and_the_import_in_its_action_registry():
    assert action_registry.get_action_class(Organ, "set_up_organ") is SetUpOrganAction
    assert action_registry.get_action_class(DisclosureItemPage, "import_rows") is ImportRowsAction


def test_a_user_who_may_not_add_organs_is_refused_before_anything_is_created(home_page, clerk):
    with pytest.raises(SetUpOrganPermissionError):
        SetUpOrganAction(**ECOLOGY, user=clerk).execute()
    assert not Organ.objects.exists()


def test_an_organ_set_up_is_in_its_history(home_page):
    setup = SetUpOrganAction(**ECOLOGY).execute()
    SetUpOrganAction(**ECOLOGY).execute()
    entries = ModelLogEntry.objects.filter(object_id=str(setup.organ.pk), action=ORGAN_SET_UP_ACTION)
    assert [entry.data["created"] for entry in entries.order_by("pk")] == [True, False]


def test_only_administrators_import_and_nothing_is_created_otherwise(catalogue, clerk):
    with pytest.raises(ImportRowsPermissionError):
        ImportRowsAction([legacy_row(1, organ="方山县人民政府办公室", genre="通知")], user=clerk).execute()
    assert not DisclosureItemPage.objects.exists()


def test_a_legacy_publication_without_who_answers_for_it_is_refused(catalogue):
    with pytest.raises(ImportRowsError) as refused:
        ImportRowsAction([legacy_row(1, organ="方山县人民政府办公室", genre="通知")], legacy_published=True).execute()
    assert not isinstance(refused.value, ImportRowsPermissionError)
    assert not DisclosureItemPage.objects.exists()


def test_imported_items_say_so_in_their_history_and_the_import_is_announced(catalogue):
    announced = []

    def listen(sender, report, user, **kwargs):
        announced.append((report.created, len(report.errors), user))

    catalogue_imported.connect(listen)
    try:
        ImportRowsAction(
            [legacy_row(1, organ="方山县人民政府办公室", genre="通知"), legacy_row(2, organ="无此机关")]
        ).execute()
    finally:
        catalogue_imported.disconnect(listen)
    assert announced == [(1, 1, None)]
    item = DisclosureItemPage.objects.get()
    assert PageLogEntry.objects.filter(page=item, action=IMPORT_ACTION).exists()
