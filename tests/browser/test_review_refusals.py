"""The dashboard in a real browser tells a reviewer why an item they wrote has no actions, and
tells the organ's leader that no reviewer of the group may review it."""
import datetime

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Topic

from .test_review_workflow import as_user, organ  # noqa: F401 (fixtures)

TITLE = "保密审查员本人起草的补贴公示"


def drafted_by_the_only_reviewer(organ):
    users = get_user_model().objects
    item = DisclosureItemPage(
        title=TITLE,
        written_date=datetime.date(2025, 3, 18),
        topic=Topic.objects.get(name="信息公开", parent__name="综合政务"),
        genre=Genre.objects.get(code="tong-zhi"),
        disclosure="public",
        live=False,
    )
    organ.catalogue.add_child(instance=item)
    item.save_revision(user=users.get(username=SECRECY_REVIEWERS))
    organ.catalogue.get_workflow().start(item, users.get(username=EDITORS))
    item.current_workflow_task_state.approve(user=users.get(username=SECTION_HEADS))
    return DisclosureItemPage.objects.get(pk=item.pk)


def test_the_dashboards_explain_an_item_its_only_reviewer_wrote(organ, as_user, screenshot):
    drafted_by_the_only_reviewer(organ)
    reviewer = as_user(SECRECY_REVIEWERS)
    row = reviewer.locator(".awaiting-my-review__row", has_text=TITLE)
    expect(row).to_contain_text("须由其他保密审查员进行审查")
    expect(row.locator("button")).to_have_count(0)
    screenshot(reviewer, "review-refusals-reviewer-queue")
    leader = as_user(LEADERS)
    notice = leader.locator(".unreviewable-items")
    expect(notice).to_contain_text(f"没有可以审查“{TITLE}”的保密审查员")
    expect(notice).to_contain_text("增加一名其他保密审查员")
    screenshot(leader, "review-refusals-leader-notice")
