"""The 主题分类 chooser of the item form shows the two-level tree: one group per first-level
class holding its second-level classes, with a search box."""
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from gongkai.disclosure_pages.models import Topic

pytestmark = pytest.mark.django_db


def topic_select(admin_client, catalogue):
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    return BeautifulSoup(admin_client.get(url).content, "html.parser").find(attrs={"data-topic-select": True})


def test_each_first_level_class_is_a_group_of_its_second_level_classes(admin_client, catalogue):
    chooser = topic_select(admin_client, catalogue)
    groups = chooser.find("select", attrs={"name": "topic"}).find_all("optgroup")
    assert [group["label"] for group in groups] == list(
        Topic.objects.filter(parent=None).values_list("name", flat=True)
    )
    water = next(group for group in groups if group["label"] == "农业、林业、水利")
    assert [option.text for option in water.find_all("option")] == ["农业、畜牧业、渔业", "林业", "水利", "其他"]


def test_only_second_level_classes_are_offered_to_a_new_item(admin_client, catalogue):
    options = topic_select(admin_client, catalogue).find_all("option")
    offered = {int(option["value"]) for option in options if option.get("value")}
    assert offered == set(Topic.objects.exclude(parent=None).values_list("pk", flat=True))


def test_the_chooser_has_a_search_box_in_chinese(admin_client, catalogue):
    search = topic_select(admin_client, catalogue).find("input", attrs={"type": "search"})
    assert search["placeholder"] == "搜索主题分类"


def test_an_item_filed_under_a_first_level_class_keeps_it_when_edited(admin_client, make_item):
    first_level = Topic.objects.get(name="综合政务", parent=None)
    item = make_item(topic=first_level)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(item.pk,))).content
    chooser = BeautifulSoup(html, "html.parser").find(attrs={"data-topic-select": True})
    chosen = chooser.find("option", selected=True)
    assert (chosen["value"], chosen.text) == (str(first_level.pk), "综合政务")


def test_the_due_date_of_an_item_without_one_shows_empty_not_none(admin_client, catalogue):
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    html = admin_client.get(url).content.decode()
    assert ">None<" not in html.replace(" ", "").replace("\n", "")
