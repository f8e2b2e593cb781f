"""The dashboard names an item awaiting review once, not once per panel."""
import datetime

from django.urls import reverse


def test_an_item_awaiting_my_review_is_listed_once_on_the_dashboard(
    make_item, editor, section_head, reviewer, catalogue, client
):
    item = make_item(title="等待保密审查的唯一条目", written_date=datetime.date(2020, 1, 6))
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)
    client.force_login(reviewer)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert page.count("等待保密审查的唯一条目") == 1
