"""The review chain in a real browser: editor → section head → secrecy reviewer → leader, and
a change after the secrecy review that must not go live."""
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import PageLogEntry, Site

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, ROLES, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Topic
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction

TITLE = "方山县人民政府办公室关于公布2025年惠民补贴发放标准的通知"


@pytest.fixture
def organ(live_server):
    setup = SetUpOrganAction(
        name="方山县人民政府办公室",
        code="111411994056312813",
        short_name="县政府办",
        parent_page=Site.objects.get(is_default_site=True).root_page,
        slug="office",
    ).execute()
    for role in ROLES:
        user = get_user_model().objects.create_user(username=role, password=f"pw-{role}-2025")
        user.groups.add(setup.groups[role])
    return setup


@pytest.fixture
def as_user(signed_in):
    return lambda username: signed_in(username, f"pw-{username}-2025")


def set_value(page, name, value):
    """Set a field the test need not operate through its widget (choosers, other tabs)."""
    page.eval_on_selector(f"input[name={name}]", "(el, value) => { el.value = value; }", str(value))


def run_menu_action(page, selector):
    """Open the action menu's dropdown and click the item (workflow actions live there)."""
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.locator(selector).first.click()


def create_and_submit(page, catalogue):
    page.goto(f"/admin/pages/add/disclosure_pages/disclosureitempage/{catalogue.pk}/")
    page.fill("input[name=title]", TITLE)
    page.fill("input[name=written_date]", "2025-03-18")
    page.select_option("select[name=topic]", str(Topic.objects.get(name="信息公开", parent__name="综合政务").pk))
    set_value(page, "genre", Genre.objects.get(code="tong-zhi").pk)
    page.select_option("select[name=disclosure]", "public")
    run_menu_action(page, "button[name=action-submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    return DisclosureItemPage.objects.get(title=TITLE)


def approve(page, item):
    page.goto(f"/admin/pages/{item.pk}/edit/")
    # The edit page is already under /admin/: wait for the answer to the approval itself.
    with page.expect_navigation():
        run_menu_action(page, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    page.wait_for_load_state("networkidle")


def secrecy_review(page, item):
    page.goto(f"/admin/pages/{item.pk}/edit/")
    run_menu_action(page, "button[data-workflow-action-name=approve]")
    modal = page.locator(".modal-content form[data-secrecy-review-form]")
    expect(modal).to_be_visible()
    expect(page.locator(".secrecy-scan")).to_contain_text("自动检测")
    modal.locator("input[name=conclusion][value=approve]").check()
    with page.expect_navigation():
        modal.locator("button[type=submit]").click()
    page.wait_for_load_state("networkidle")


def current_task_name(item):
    state = DisclosureItemPage.objects.get(pk=item.pk).current_workflow_task_state
    return state.task.name if state else None


def what_the_page_said(page, item):
    """The messages the user was shown and the item's latest history: what a failed step explains itself by."""
    history = PageLogEntry.objects.filter(page_id=item.pk).order_by("-pk").values_list("action", "user__username")
    return f"{page.url} showed {page.locator('.messages').all_inner_texts()}; latest history {list(history[:6])}"


def test_an_item_passes_the_review_chain_and_goes_live(organ, as_user, browser_page, screenshot):
    item = create_and_submit(as_user(EDITORS), organ.catalogue)
    assert current_task_name(item) == "科室审核（县政府办）"
    approve(as_user(SECTION_HEADS), item)
    assert current_task_name(item) == "保密审查（县政府办）"
    reviewer = as_user(SECRECY_REVIEWERS)
    secrecy_review(reviewer, item)
    screenshot(reviewer, "secrecy-review-approved")
    assert current_task_name(item) == "领导签发（县政府办）"
    approve(as_user(LEADERS), item)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live
    browser_page.goto(item.url)
    expect(browser_page.locator("body")).to_contain_text(TITLE)


def test_a_change_after_the_secrecy_review_does_not_go_live(organ, as_user, browser_page):
    item = create_and_submit(as_user(EDITORS), organ.catalogue)
    approve(as_user(SECTION_HEADS), item)
    secrecy_review(as_user(SECRECY_REVIEWERS), item)
    leader = as_user(LEADERS)
    leader.goto(f"/admin/pages/{item.pk}/edit/")
    leader.fill("input[name=title]", TITLE + "（修改稿）")
    with leader.expect_navigation():
        run_menu_action(leader, "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])")
    leader.wait_for_load_state()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert not item.live
    assert current_task_name(item) == "科室审核（县政府办）"
    response = browser_page.goto(item.url)
    assert response.status == 404
