"""Every admin screen of the editorial chain speaks Chinese: the demo's editor, section head,
secrecy reviewer and leader walk an item from creation to publication, and no visible English
word (outside proper names) appears on any screen they see."""
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Site
from wagtail.search.backends import get_search_backend

from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage, Genre, Topic
from gongkai_site.demo import DEMO_PASSWORD

from .test_review_workflow import current_task_name, what_the_page_said

TITLE = "方山县人民政府办公室关于做好2026年防汛抗旱工作的通知"
# Proper names and codes a Chinese office writes in Latin letters too; the demo's account
# names; Wagtail's root page title (data, not UI).
ALLOWED = {
    "Wagtail", "PDF", "OFD", "URL", "ID", "API", "GMT", "UTC", "Atom", "RSS", "JSON", "CSV",
    "Excel", "editor", "section_head", "reviewer", "leader", "admin", "Root",
}
# Content type identifiers (app.model) the page types report prints under each type's name.
IDENTIFIER = re.compile(r"\b[a-z_]+\.[a-z_]+\b")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")

# The text a user sees: text nodes of rendered elements (screen-reader text included, as in
# innerText), the chosen option of each select only, and placeholders and button values of
# inputs that take up room on screen (not Wagtail's screen-reader-only submit buttons).
VISIBLE_TEXT = """() => {
  const parts = [];
  const skip = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "TEXTAREA"]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || skip.has(el.tagName) || el.closest("[contenteditable=true]")) continue;
    const option = el.closest("option, optgroup");
    if (option) {
      const select = option.closest("select");
      const listBox = select && (select.multiple || select.size > 1);
      if ((listBox || option.selected) && select.checkVisibility() && !option.hidden) parts.push(text);
      continue;
    }
    if (el.checkVisibility({checkVisibilityCSS: true})) parts.push(text);
  }
  for (const el of document.querySelectorAll("optgroup")) {
    if (!el.hidden && el.closest("select").checkVisibility()) parts.push(el.label);
  }
  const takesRoom = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const box = at.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
    }
    return true;
  };
  for (const el of document.querySelectorAll("input, textarea")) {
    if (!el.checkVisibility() || !takesRoom(el)) continue;
    if (el.placeholder) parts.push(el.placeholder);
    if (["submit", "button"].includes(el.type) && el.value) parts.push(el.value);
  }
  return parts;
}"""


def english_on(page):
    """The English words on the page, each with the text it was found in."""
    page.wait_for_load_state("networkidle")
    found = []
    for text in page.evaluate(VISIBLE_TEXT):
        for word in WORD.findall(IDENTIFIER.sub("", text)):
            if word not in ALLOWED:
                found.append(f"{word!r} in {text[:120]!r}")
    return found


class Walk:
    """Visits screens as one user and collects the English seen on each."""

    def __init__(self, page, username, report):
        self.page, self.username, self.report = page, username, report

    def check(self, screen):
        for finding in english_on(self.page):
            self.report.append(f"{self.username} · {screen} ({self.page.url}): {finding}")

    def visit(self, url, screen=None):
        response = self.page.goto(url)
        assert response.status < 400, f"{url} answered {response.status} to {self.username}"
        self.check(screen or url)

    def open_status_panel(self):
        self.page.locator("[data-side-panel-toggle='status']").first.click()
        self.page.locator("[data-side-panel='status']").wait_for(state="visible")

    def open_action_menu(self):
        self.page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()


@pytest.fixture
def demo(live_server):
    # Wagtail's admin search index of pages, filled as the demo is saved (the admin search
    # answers 500 without it, reported apart). A plain index, as the other tests use, never
    # update_index's aliases, which those tests' index resets refuse.
    index = get_search_backend().get_index_for_model(DisclosureItemPage)
    index.reset()
    index.add_model(DisclosureItemPage)
    call_command("load_demo")
    yield DisclosureCatalogueIndexPage.objects.get(organ__short_name="县政府办")
    index.delete()
    # The demo made its home page the site root; the flush restores the old root, unknown
    # to Wagtail's cache of root paths.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def walk_as(chromium, live_server):
    contexts, report = [], []

    def walk_as(username):
        context = chromium.new_context(
            base_url=live_server.url, locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        walk = Walk(page, username, report)
        walk.check("login")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/admin/$"))
        return walk

    walk_as.report = report
    yield walk_as
    for context in contexts:
        context.close()


def walk_common_screens(walk, catalogue, item):
    walk.visit("/admin/", "dashboard")
    walk.visit(f"/admin/pages/{catalogue.pk}/", "explorer")
    walk.visit(f"/admin/pages/search/?q={catalogue.organ.short_name}", "page search")
    walk.visit(f"/admin/pages/{item.pk}/history/", "item history")
    walk.visit(f"/admin/pages/{item.pk}/usage/", "item usage")
    walk.visit("/admin/disclosure/catalogue/", "catalogue report")
    walk.visit("/admin/disclosure/deadlines/", "deadline report")
    walk.visit("/admin/account/", "account")


def walk_review_step(walk, item):
    walk.visit("/admin/", "dashboard with the item awaiting review")
    walk.visit(f"/admin/pages/{item.pk}/edit/", "edit form in review")
    walk.open_status_panel()
    walk.check("status and lock panel in review")
    walk.page.keyboard.press("Escape")
    walk.visit("/admin/reports/workflow/", "workflow report")
    walk.visit("/admin/reports/workflow_tasks/", "workflow report by task")


def approve(walk, item):
    walk.page.goto(f"/admin/pages/{item.pk}/edit/")
    walk.open_action_menu()
    with walk.page.expect_navigation():
        walk.page.locator(
            "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
        ).first.click()


def create_and_submit(walk, catalogue, screenshot):
    page = walk.page
    walk.visit(f"/admin/pages/add/disclosure_pages/disclosureitempage/{catalogue.pk}/", "create form")
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state()
    expect(page.locator(".messages")).to_contain_text("页面有错误，未能创建。")
    walk.check("create form with validation errors")

    page.fill("input[name=title]", TITLE)
    page.fill("input[name=written_date]", "2026-03-18")
    page.fill("[data-topic-select-search]", "水利")
    expect(page.locator("select[name=topic] option:not([hidden])")).to_have_count(4)
    topic = Topic.objects.get(name="水利", parent__name="农业、林业、水利")
    page.select_option("select[name=topic]", str(topic.pk))
    walk.check("create form, topic search")
    page.locator("[data-topic-select]").scroll_into_view_if_needed()
    screenshot(page, "editor-topic-chooser-1280")
    page.eval_on_selector(
        "input[name=genre]", "(el, value) => { el.value = value; }", str(Genre.objects.get(code="tong-zhi").pk)
    )
    page.select_option("select[name=disclosure]", "public")
    page.get_by_role("tab", name="搜索与导航").click()
    walk.check("promote tab")
    page.get_by_role("tab", name="内容").click()
    walk.open_action_menu()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    walk.check("after submitting")
    return DisclosureItemPage.objects.get(title=TITLE)


def test_every_screen_of_the_editorial_chain_is_in_chinese(demo, walk_as, screenshot):
    catalogue = demo
    editor = walk_as("editor")
    item = create_and_submit(editor, catalogue, screenshot)
    assert item.slug == item.index_number.replace("/", "-")
    walk_common_screens(editor, catalogue, item)
    editor.visit(f"/admin/pages/{item.pk}/edit/", "edit form, submitted")
    screenshot(editor.page, "editor-form-1280")
    editor.open_status_panel()
    editor.check("status panel of the submitter")

    section_head = walk_as("section_head")
    walk_review_step(section_head, item)
    approve(section_head, item)
    section_head.check("after approving")

    reviewer = walk_as("reviewer")
    walk_review_step(reviewer, item)
    reviewer.page.goto(f"/admin/pages/{item.pk}/edit/")
    reviewer.open_action_menu()
    reviewer.page.locator("button[data-workflow-action-name=approve]").first.click()
    dialog = reviewer.page.locator(".modal-content form[data-secrecy-review-form]")
    expect(dialog).to_be_visible()
    reviewer.page.wait_for_load_state("networkidle")
    reviewer.check("secrecy review dialog")
    screenshot(reviewer.page, "reviewer-dialog-1280")
    dialog.locator("input[name=conclusion][value=approve]").check()
    with reviewer.page.expect_navigation():
        dialog.locator("button[type=submit]").click()
    reviewer.page.wait_for_load_state("networkidle")
    assert current_task_name(item) == "领导签发（县政府办）", what_the_page_said(reviewer.page, item)
    reviewer.check("after the secrecy review")
    reviewer.visit("/admin/secrecy-review/ledger/", "review ledger")

    leader = walk_as("leader")
    walk_review_step(leader, item)
    approve(leader, item)
    leader.check("after signing off")
    walk_common_screens(leader, catalogue, item)
    leader.visit("/admin/secrecy-review/ledger/", "review ledger")
    leader.visit("/admin/reports/site-history/", "site history")
    leader.visit("/admin/reports/locked/", "locked pages")
    assert DisclosureItemPage.objects.get(pk=item.pk).live

    admin = walk_as("admin")
    admin.visit("/admin/reports/page-types-usage/", "page types usage")
    admin.visit(f"/admin/pages/{item.pk}/edit/", "edit form of a live item")

    assert walk_as.report == [], "English in the admin:\n" + "\n".join(walk_as.report)
