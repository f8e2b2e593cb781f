"""The secrecy reviewer's dialog in a real browser: each scan finding is ticked before an
approval, and a 依申请公开 or 不予公开 item is reviewed and filed as a record, never offered to
the leader for publishing."""
import re

import pytest
from playwright.sync_api import expect

from gongkai.disclosure_pages.constants import EDITORS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Topic

from .test_review_workflow import (  # noqa: F401
    approve,
    as_user,
    current_task_name,
    organ,
    run_menu_action,
    set_value,
    what_the_page_said,
)

RECORD_KINDS = {
    "on_request": ("依申请公开的会议纪要", "process_information"),
    "withheld": ("不予公开的内部人事安排", "internal_affairs"),
}


def create_and_submit(page, catalogue, title, disclosure="public", reason=None):
    page.goto(f"/admin/pages/add/disclosure_pages/disclosureitempage/{catalogue.pk}/")
    page.fill("input[name=title]", title)
    page.fill("input[name=written_date]", "2025-03-18")
    page.select_option("select[name=topic]", str(Topic.objects.get(name="信息公开", parent__name="综合政务").pk))
    set_value(page, "genre", Genre.objects.get(code="tong-zhi").pk)
    page.select_option("select[name=disclosure]", disclosure)
    if reason:
        page.select_option("select[name=reason]", reason)
    run_menu_action(page, "button[name=action-submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    return DisclosureItemPage.objects.get(title=title)


def open_review_dialog(page, item):
    page.goto(f"/admin/pages/{item.pk}/edit/")
    run_menu_action(page, "button[data-workflow-action-name=approve]")
    dialog = page.locator(".modal-content form[data-secrecy-review-form]")
    expect(dialog).to_be_visible()
    return dialog


def submit(page, dialog):
    """Submit the dialog and wait for the edit page's own submission to land."""
    with page.expect_navigation():
        dialog.locator("button[type=submit]").click()
    # Requests the edit page starts on load would share the test database with the reads that follow.
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("disclosure", sorted(RECORD_KINDS))
def test_a_records_only_item_is_reviewed_and_filed_without_a_publish_step(organ, as_user, disclosure, screenshot):
    title, reason = RECORD_KINDS[disclosure]
    item = create_and_submit(as_user(EDITORS), organ.catalogue, title, disclosure, reason)
    approve(as_user(SECTION_HEADS), item)
    assert current_task_name(item) == "保密审查（县政府办）"
    reviewer = as_user(SECRECY_REVIEWERS)
    dialog = open_review_dialog(reviewer, item)
    expect(dialog.locator("input[name=conclusion][value=approve]")).to_have_count(0)
    dialog.locator("input[name=conclusion][value=file_record]").check()
    dialog.locator("textarea[name=opinion]").fill("公开属性与理由正确，作为记录归档")
    screenshot(reviewer, f"secrecy-review-file-{disclosure}")
    submit(reviewer, dialog)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert current_task_name(item) is None and not item.live


def test_the_reviewer_ticks_each_scan_finding_before_approving(organ, as_user, screenshot):
    title = "关于公布惠民补贴经办人联系电话13912345678的通知"
    item = create_and_submit(as_user(EDITORS), organ.catalogue, title)
    approve(as_user(SECTION_HEADS), item)
    reviewer = as_user(SECRECY_REVIEWERS)
    dialog = open_review_dialog(reviewer, item)
    dialog.locator("input[name=conclusion][value=approve]").check()
    dialog.locator("button[type=submit]").click()
    refusal = reviewer.locator(".modal-content").get_by_text("尚未确认")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("139****5678")
    screenshot(reviewer, "secrecy-review-unacknowledged-finding")
    dialog = reviewer.locator(".modal-content form[data-secrecy-review-form]")
    dialog.locator("input[name=acknowledged]").check()
    dialog.locator("input[name=conclusion][value=approve]").check()
    submit(reviewer, dialog)
    assert current_task_name(item) == "领导签发（县政府办）", what_the_page_said(reviewer, item)
