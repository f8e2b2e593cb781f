"""内容概述 (Art. 12): shown on the item page, the result snippet when nothing better is
highlighted, and refused when it only repeats the title."""
import pytest
from django.core.exceptions import ValidationError

from .conftest import add_url

pytestmark = pytest.mark.django_db

TITLE = "方山县人民政府办公室关于做好政府信息公开工作的通知"


def test_the_item_page_shows_the_abstract_in_the_catalogue_entry(client, make_item, publish):
    item = publish(make_item(abstract="部署年度政务公开重点工作及完成时限。"))

    html = client.get(item.url).content.decode()

    assert "<th scope=\"row\">内容概述</th>" in html
    assert "部署年度政务公开重点工作及完成时限。" in html


def test_the_abstract_is_the_search_snippet_when_the_query_matches_only_the_title(client, make_item, publish, catalogue_index):
    item = publish(make_item(abstract="部署年度重点工作及完成时限。", body="<p>各乡镇、各部门：现将有关事项通知如下。</p>"))
    catalogue_index(item)

    html = client.get("/search/", {"q": "信息公开"}).content.decode()

    assert '<p class="snippet">部署年度重点工作及完成时限。</p>' in html


@pytest.mark.parametrize("abstract", [TITLE, f"  {TITLE}。", "关于做好政府信息公开工作的通知", "政府信息公开"])
def test_an_abstract_that_repeats_the_title_is_refused_in_the_admin_form(admin_client, catalogue, new_item_data, abstract):
    data = new_item_data(title=TITLE, abstract=abstract)
    response = admin_client.post(add_url(catalogue), data)

    assert response.status_code == 200
    assert [str(m) for m in response.context["form"].errors["abstract"]] == ["内容概述应概括正文内容，不能重复标题。"]


def test_an_abstract_that_summarises_is_accepted(admin_client, catalogue, new_item_data):
    response = admin_client.post(add_url(catalogue), new_item_data(title=TITLE, abstract="明确政务公开重点任务、责任分工和完成时限。"))
    assert response.status_code == 302


def test_the_model_refuses_an_abstract_copied_from_the_title(make_item):
    item = make_item(title=TITLE)
    item.abstract = TITLE
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "abstract" in error.value.message_dict
