"""依申请公开 in a real Chromium: a citizen applies and keeps the 查询码; the handler works the
case on the admin's case screen (accept, 补正, third-party consultation and its answer, a
released file); the organ's secrecy reviewer approves the file on their own screen; the handler
replies 部分公开 and the citizen downloads the file. axe-core finds no serious issue on the form
and the tracking pages."""
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from django.contrib.auth import get_user_model
from wagtail.models import Site

from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.constants import SECRECY_REVIEWERS
from gongkai.disclosure_requests.models import DisclosureRequest, ReleasedFile

SERIOUS = {"serious", "critical"}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
RELEASED = b"%PDF-1.4\n% the public part of the contract\n"


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in SERIOUS]


@pytest.fixture
def organ_staff(live_server, settings, tmp_path):
    """An organ set up as on a real site, its request handler and its secrecy reviewer."""
    settings.GONGKAI_REQUESTS_PRIVATE_ROOT = str(tmp_path / "private")
    setup = SetUpOrganAction(
        name="方山县人民政府办公室", code="111411994056312813", short_name="县政府办",
        parent_page=Site.objects.get(is_default_site=True).root_page, slug="office",
    ).execute()
    users = get_user_model().objects
    handler = users.create_user("handler", password="pw-handler-2026")
    handler.groups.add(setup.organ.request_office.handlers)
    reviewer = users.create_user("secrecy", password="pw-secrecy-2026")
    reviewer.groups.add(setup.groups[SECRECY_REVIEWERS])
    return setup.organ


@pytest.fixture
def admin_as(signed_in):
    return lambda username: signed_in(username, f"pw-{username}-2026")


def take_step(page, label, fill=None):
    """Open the step `label` on the case screen, fill its form and submit it."""
    step = page.locator("details", has=page.locator("summary", has_text=re.compile(f"^{label}$")))
    step.locator("summary").click()
    if fill:
        fill(step)
    with page.expect_navigation():
        step.get_by_role("button", name=label).click()
    assert page.get_by_text(f"{label}：已完成。").is_visible(), page.locator(".errorlist").all_inner_texts()


def apply(page, organ):
    page.goto(f"/requests/apply/?organ={organ.pk}")
    assert serious_violations(page) == []
    page.get_by_label("自然人").check()
    page.get_by_label("姓名或名称").fill("张三")
    page.get_by_label("证件类型").select_option("resident_id")
    page.get_by_label("证件号码").fill("110105194912310021")  # wrong check digit first
    page.get_by_label("联系电话").fill("0358-6021234")
    page.get_by_label("所需政府信息的内容描述").fill("县城防汛物资采购合同")
    page.get_by_label("电子文件，网上获取").check()
    page.get_by_label("身份证明").set_input_files({"name": "身份证.png", "mimeType": "image/png", "buffer": PNG})
    page.get_by_role("button", name="提交申请").click()
    summary = page.get_by_role("alert")
    assert "校验码不正确" in summary.inner_text()
    assert serious_violations(page) == []
    summary.get_by_role("link").first.click()
    page.get_by_label("证件号码").fill("11010519491231002X")
    page.get_by_label("身份证明").set_input_files({"name": "身份证.png", "mimeType": "image/png", "buffer": PNG})
    page.get_by_role("button", name="提交申请").click()
    page.get_by_role("heading", name="申请已提交").wait_for()
    return page.locator(".request-number").inner_text(), page.locator("#tracking-code").inner_text()


def test_a_citizen_applies_the_handler_works_the_case_in_the_admin_and_the_citizen_downloads_the_reviewed_file(
    browser_page, organ_staff, admin_as, screenshot
):
    page, organ = browser_page, organ_staff
    number, code = apply(page, organ)
    screenshot(page, "requests-receipt")
    page.reload()
    assert code not in page.content()  # shown once

    admin = admin_as("handler")
    admin.goto("/admin/disclosure_requests/")
    admin.get_by_role("link", name=number).click()
    take_step(admin, "受理")
    take_step(admin, "告知补正", lambda step: step.get_by_label("备注").fill("请写明合同的签订年份。"))
    assert "补正申请告知书" in admin.locator(".gk-notices").inner_text()

    page.goto("/requests/track/")
    page.get_by_label("申请编号").fill(number)
    page.get_by_label("查询码").fill(code.lower())
    page.get_by_role("button", name="查询").click()
    page.get_by_role("heading", name="补正申请").wait_for()
    assert "请写明合同的签订年份" in page.content()
    assert serious_violations(page) == []
    screenshot(page, "requests-tracking-correction")
    page.get_by_label("补正后的所需信息内容描述").fill("2025年签订的县城防汛物资采购合同")
    page.get_by_role("button", name="提交补正").click()
    assert page.locator(".request-status").inner_text() == "办理中"

    admin.reload()
    assert "2025年签订的县城防汛物资采购合同" in admin.content()

    def consult(step):
        step.get_by_label("第三方").fill("方山县某建筑有限公司")
        step.get_by_label("征求意见事项").fill("合同中的报价")

    take_step(admin, "征求第三方意见", consult)
    take_step(admin, "登记第三方意见", lambda step: step.get_by_label("意见").select_option("objects"))
    attach = admin.locator("details", has=admin.locator("summary", has_text="添加发布文件"))
    attach.locator("summary").click()
    attach.get_by_label("发布文件标题").fill("防汛物资采购合同（公开部分）")
    attach.get_by_label("要发布的文件").set_input_files({"name": "合同.pdf", "mimeType": "application/pdf", "buffer": RELEASED})
    with admin.expect_navigation():
        attach.get_by_role("button", name="添加发布文件").click()
    assert "等待本机关保密审查员审查" in admin.locator(".gk-released-files").inner_text()
    screenshot(admin, "requests-admin-case-file-attached")

    reviewer = admin_as("secrecy")
    reviewer.get_by_role("link", name="防汛物资采购合同（公开部分）").click()  # the dashboard's panel
    expect(reviewer.locator("code")).to_have_text(ReleasedFile.objects.get().sha256)
    screenshot(reviewer, "requests-admin-release-review")
    with reviewer.expect_navigation():
        reviewer.get_by_role("button", name="通过审查，准予发布").click()
    expect(reviewer.get_by_text("没有等待您审查的发布文件。")).to_be_visible()

    admin.reload()
    assert "已通过" in admin.locator(".gk-released-files").inner_text()

    def reply(step):
        step.get_by_label("办理结果").select_option("partial")
        step.get_by_label("法律依据").fill("《中华人民共和国政府信息公开条例》第三十七条")
        step.locator("textarea[name=reply-reply_text]").fill("合同中的报价属于商业秘密，不予公开；其余部分予以公开。")

    take_step(admin, "答复", reply)
    screenshot(admin, "requests-admin-case-replied")
    assert DisclosureRequest.objects.get(number=number).outcome == "partial"

    page.reload()
    assert page.locator(".request-outcome").inner_text().startswith("部分公开")
    assert "行政复议" in page.content() and "答复告知书" in page.content()
    assert serious_violations(page) == []
    screenshot(page, "requests-tracking-reply")
    with page.expect_download() as download:
        page.get_by_role("link", name="防汛物资采购合同（公开部分）").click()
    with open(download.value.path(), "rb") as handle:
        assert handle.read() == RELEASED
