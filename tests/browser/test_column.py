"""The 政务公开 column in a real browser: a policy and its interpretation reviewed together and
going live together; axe-core on the column's new public pages."""
import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import (
    DisclosureItemPage,
    Genre,
    PolicyInterpretationLink,
    PolicyInterpretationPage,
    Topic,
)

from .test_review_workflow import approve, as_user, organ, run_menu_action, secrecy_review  # noqa: F401 (fixtures)

POLICY = "方山县优化营商环境若干措施"
INTERPRETATION = "《方山县优化营商环境若干措施》政策解读"
SERIOUS = {"serious", "critical"}


def draft(catalogue, model=DisclosureItemPage, **fields):
    page = model(
        written_date=datetime.date(2025, 3, 18), topic=Topic.objects.get(name="信息公开", parent__name="综合政务"),
        genre=Genre.objects.get(code="tong-zhi"), disclosure="public", body="<p>正文。</p>", live=False, **fields,
    )
    catalogue.add_child(instance=page)
    return page


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in SERIOUS]


def test_a_policy_and_its_interpretation_are_reviewed_together_and_go_live_together(organ, as_user, browser_page, screenshot):
    catalogue = organ.catalogue
    policy = draft(catalogue, title=POLICY, doc_number="方政发〔2025〕3号", needs_interpretation=True, normative=True,
                   abstract="从审批、融资、用地等方面提出二十条措施。")
    interpretation = draft(catalogue, PolicyInterpretationPage, title=INTERPRETATION, doc_number="")
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
    interpretation.save_revision()

    editor = as_user(EDITORS)
    editor.goto(f"/admin/pages/{policy.pk}/edit/")
    run_menu_action(editor, "button[name=action-submit]")
    editor.wait_for_url(re.compile(rf"/admin/pages/({policy.pk}/edit/|{catalogue.pk}/)$"))
    approve(as_user(SECTION_HEADS), policy)
    secrecy_review(as_user(SECRECY_REVIEWERS), policy)
    assert not DisclosureItemPage.objects.get(pk=interpretation.pk).live
    approve(as_user(LEADERS), policy)

    assert DisclosureItemPage.objects.get(pk=policy.pk).live
    assert DisclosureItemPage.objects.get(pk=interpretation.pk).live
    browser_page.goto(DisclosureItemPage.objects.get(pk=policy.pk).url)
    expect(browser_page.locator(".item-abstract")).to_contain_text("二十条措施")
    browser_page.get_by_role("link", name=INTERPRETATION).click()
    expect(browser_page.locator("h1")).to_contain_text(INTERPRETATION)
    expect(browser_page.get_by_role("link", name=POLICY)).to_be_visible()
    screenshot(browser_page, "column-interpretation")
    assert serious_violations(browser_page) == []
    browser_page.goto(f"/disclosure/normative/{catalogue.organ.pk}/")
    expect(browser_page.get_by_role("link", name=POLICY)).to_be_visible()
    assert serious_violations(browser_page) == []


@pytest.mark.parametrize("section", ["normative", "rules", "guide", "mandatory"])
def test_the_column_pages_have_no_serious_accessibility_violations(organ, browser_page, section):
    browser_page.goto(f"/disclosure/{section}/{organ.catalogue.organ.pk}/")
    expect(browser_page.locator("h1")).to_be_visible()
    assert serious_violations(browser_page) == []
