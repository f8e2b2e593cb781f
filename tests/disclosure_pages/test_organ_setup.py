"""setup_organ: an organ, its catalogue, its collection and four groups whose permissions
stop at the organ's own subtree; editors of one organ never see another organ's drafts."""
import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.search.index import insert_or_update_object

from gongkai.disclosure_pages.constants import EDITORS
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage, Organ
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.signals import organ_set_up

pytestmark = pytest.mark.django_db
ECOLOGY = {"name": "方山县生态环境局", "code": "11141199405631361N", "short_name": "县生态环境局"}
EDUCATION = {"name": "方山县教育局", "code": "11141199005631092E", "short_name": "县教育局"}


def test_setup_organ_creates_the_organ_its_catalogue_and_its_four_groups(home_page):
    call_command("setup_organ", ECOLOGY["name"], ECOLOGY["code"], "--short-name", ECOLOGY["short_name"],
                 "--prefix", "FSSTHJ", "--office-phone", "0358-6022000")
    organ = Organ.objects.get(code=ECOLOGY["code"])
    assert (organ.short_name, organ.index_prefix, organ.office_phone) == ("县生态环境局", "FSSTHJ", "0358-6022000")
    catalogue = DisclosureCatalogueIndexPage.objects.get(organ=organ)
    assert catalogue.get_parent().pk == home_page.pk and catalogue.live
    # The four groups of the item workflow (other apps, e.g. the requests app, may add their own).
    assert {"县生态环境局保密审查员", "县生态环境局信息编辑", "县生态环境局分管领导", "县生态环境局科室负责人"} <= set(
        Group.objects.filter(name__startswith="县生态环境局").values_list("name", flat=True)
    )
    assert set(GroupPagePermission.objects.filter(group__name="县生态环境局信息编辑").values_list(
        "page_id", "permission__codename")) == {(catalogue.pk, "add_page"), (catalogue.pk, "change_page")}
    publishers = GroupPagePermission.objects.filter(page=catalogue, permission__codename="publish_page")
    assert [permission.group.name for permission in publishers] == ["县生态环境局分管领导"]


def test_setup_is_idempotent_and_announces_the_organ_each_time(home_page):
    announced = []

    def receiver(sender, organ, catalogue, groups, **kwargs):
        announced.append((organ.code, catalogue.pk, sorted(groups)))

    organ_set_up.connect(receiver)
    try:
        first = SetUpOrganAction(**ECOLOGY).execute()
        groups_after_first = Group.objects.filter(name__startswith="县生态环境局").count()
        second = SetUpOrganAction(**ECOLOGY, office_hours="工作日 8:00–12:00").execute()
    finally:
        organ_set_up.disconnect(receiver)
    assert first.created and not second.created
    assert second.catalogue.pk == first.catalogue.pk
    assert Organ.objects.get().office_hours == "工作日 8:00–12:00"
    assert groups_after_first >= 4
    assert Group.objects.filter(name__startswith="县生态环境局").count() == groups_after_first
    assert DisclosureCatalogueIndexPage.objects.count() == 1
    assert announced == [(ECOLOGY["code"], first.catalogue.pk, sorted(first.groups))] * 2


def test_setup_organ_refuses_a_wrong_credit_code(home_page):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="校验码不正确"):
        call_command("setup_organ", "方山县某局", "11141199405631361X")


def editor_of(setup, django_user_model, username):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(setup.groups[EDITORS])
    return user


def draft_in(setup, title, topic, genre):
    item = DisclosureItemPage(title=title, written_date=datetime.date(2025, 4, 1), topic=topic, genre=genre,
                              disclosure="public")
    setup.catalogue.add_child(instance=item)
    item.save_revision()
    return item


def test_an_editor_of_one_organ_cannot_see_or_edit_another_organs_drafts(
    home_page, client, django_user_model, topic, genre, admin_search_index
):
    ecology, education = SetUpOrganAction(**ECOLOGY).execute(), SetUpOrganAction(**EDUCATION).execute()
    own = draft_in(ecology, "生态环境局草稿：大气污染防治方案", topic, genre)
    other = draft_in(education, "教育局草稿：学校招生方案", topic, genre)
    for item in (own, other):
        insert_or_update_object(item)
    admin_search_index.refresh()
    client.force_login(editor_of(ecology, django_user_model, "ecology-editor"))

    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    refused = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))
    assert refused.status_code in (302, 403, 404)
    assert refused.status_code in (403, 404) or refused.url != reverse("wagtailadmin_pages:edit", args=[other.pk])

    explorer = client.get(reverse("wagtailadmin_explore", args=[education.catalogue.pk]), follow=True)
    assert "学校招生方案" not in explorer.content.decode()
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "方案"})
    assert "大气污染防治方案" in search.content.decode()
    assert "学校招生方案" not in search.content.decode()
    listing = client.get(reverse("disclosure_pages:catalogue"))
    assert "大气污染防治方案" in listing.content.decode()
    assert "学校招生方案" not in listing.content.decode()
