"""A live item gets a new attachment in a real browser: its editor uploads it in the edit
form and submits; 科室审核, 保密审查 and 领导签发 each approve it (from the edit page, the
leader from the dashboard dialog) without saving a revision or sending the item back to the
first step; it goes live with the attachment, which anyone may download."""
import re

from playwright.sync_api import expect
from wagtail.models import Revision, TaskState

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import DisclosureItemPage

from .test_review_workflow import (  # noqa: F401 (organ and as_user are fixtures)
    TITLE,
    approve,
    as_user,
    create_and_submit,
    current_task_name,
    organ,
    run_menu_action,
)
from .test_review_decisions import open_review_dialog, submit

ATTACHMENT_TITLE = "2025年惠民补贴发放标准明细表"
ATTACHMENT_TEXT = "第一条 补贴标准按户核定，每户每月发放一百元。"


def revision_count(item):
    return Revision.page_revisions.filter(object_id=str(item.pk)).count()


def section_review_runs(item):
    return TaskState.objects.filter(
        workflow_state__object_id=str(item.pk), task__name__startswith="科室审核"
    ).count()


def live_item(organ, as_user):
    item = create_and_submit(as_user(EDITORS), organ.catalogue)
    approve(as_user(SECTION_HEADS), item)
    review_from_the_edit_page(as_user(SECRECY_REVIEWERS), item)
    approve(as_user(LEADERS), item)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live and current_task_name(item) is None
    return item


def upload_attachment_and_submit(editor, item, tmp_path, screenshot):
    upload = tmp_path / "biao-zhun.txt"
    upload.write_text(ATTACHMENT_TEXT, encoding="utf-8")
    editor.goto(f"/admin/pages/{item.pk}/edit/")
    editor.locator("#id_attachments-ADD").click()
    editor.locator("#id_attachments-0-document").locator("..").locator("[data-chooser-action-choose]").click()
    modal = editor.locator(".modal-content")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_document-chooser-upload-title").fill(ATTACHMENT_TITLE)
    modal.locator("#id_document-chooser-upload-file").set_input_files(str(upload))
    screenshot(editor, "attachment-chain-1-upload-dialog")
    modal.locator("#tab-upload button[type=submit]").click()
    expect(editor.get_by_text(ATTACHMENT_TITLE, exact=True)).to_be_visible()
    screenshot(editor, "attachment-chain-2-edit-form-with-attachment")
    run_menu_action(editor, "button[name=action-submit]")
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    editor.wait_for_load_state()
    screenshot(editor, "attachment-chain-3-submitted")


def review_from_the_edit_page(reviewer, item, screenshot=None):
    dialog = open_review_dialog(reviewer, item)
    dialog.locator("input[name=conclusion][value=approve]").check()
    if screenshot:
        screenshot(reviewer, "attachment-chain-5-secrecy-review-dialog")
    submit(reviewer, dialog)


def approve_from_the_dashboard_dialog(leader, item, screenshot):
    leader.goto("/admin/")
    row = leader.locator(".awaiting-my-review__row", has_text=TITLE)
    screenshot(leader, "attachment-chain-6-leader-dashboard")
    expect(row.get_by_role("link", name="与上次审查通过的版本对比")).to_be_visible()
    row.get_by_role("button", name="带评论批准").click()
    dialog = leader.locator(".modal-content form")
    expect(dialog).to_be_visible()
    dialog.locator("textarea").fill("同意发布")
    screenshot(leader, "attachment-chain-7-leader-dialog")
    with leader.expect_navigation():
        dialog.locator("button[type=submit]").click()
    leader.wait_for_load_state()


def test_a_live_item_with_a_new_attachment_passes_the_chain_and_goes_live_with_it(
    organ, as_user, browser_page, screenshot, tmp_path
):
    item = live_item(organ, as_user)
    editor = as_user(EDITORS)
    upload_attachment_and_submit(editor, item, tmp_path, screenshot)
    assert current_task_name(item) == "科室审核（县政府办）"
    revisions = revision_count(item)
    runs = section_review_runs(item)

    section_head = as_user(SECTION_HEADS)
    approve(section_head, item)
    screenshot(section_head, "attachment-chain-4-section-head-approved")
    assert current_task_name(item) == "保密审查（县政府办）"
    assert revision_count(item) == revisions

    reviewer = as_user(SECRECY_REVIEWERS)
    review_from_the_edit_page(reviewer, item, screenshot)
    screenshot(reviewer, "attachment-chain-5-secrecy-review-approved")
    assert current_task_name(item) == "领导签发（县政府办）"
    assert revision_count(item) == revisions

    leader = as_user(LEADERS)
    approve_from_the_dashboard_dialog(leader, item, screenshot)
    screenshot(leader, "attachment-chain-8-leader-approved")
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live and current_task_name(item) is None
    assert revision_count(item) == revisions
    assert section_review_runs(item) == runs

    browser_page.goto(item.url)
    link = browser_page.get_by_role("link", name=ATTACHMENT_TITLE)
    expect(link).to_be_visible()
    screenshot(browser_page, "attachment-chain-9-public-page")
    download = browser_page.request.get(link.get_attribute("href"))
    assert download.status == 200
    assert download.body().decode("utf-8") == ATTACHMENT_TEXT
