"""依申请公开 in a real Chromium: a citizen applies and keeps the 查询码, answers a 补正 on the
tracking page and downloads the reviewed file of a 部分公开 reply; axe-core finds no serious
issue on the form and the tracking pages."""
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile

from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.consultation import ConsultThirdParty, RecordThirdPartyAnswer
from gongkai.disclosure_requests.actions.correction import RequestCorrection
from gongkai.disclosure_requests.actions.reply import ReplyToRequest
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.public.release_review import AddReleasedFile, ReviewReleasedFile

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
def handlers(django_user_model):
    """The organ's request handler and the secrecy reviewer of released files."""
    return (
        django_user_model.objects.create_superuser("handler", password="unused-in-tests"),
        django_user_model.objects.create_superuser("secrecy", password="unused-in-tests"),
    )


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


def test_a_citizen_applies_corrects_and_downloads_the_reviewed_file_of_a_partial_reply(
    browser_page, catalogue, handlers, screenshot
):
    page, organ = browser_page, catalogue.organ
    handler, secrecy = handlers
    number, code = apply(page, organ)
    screenshot(page, "requests-receipt")
    page.reload()
    assert code not in page.content()  # shown once

    case = DisclosureRequest.objects.get(number=number)
    AcceptRequest(case, user=handler).execute()
    RequestCorrection(case, user=handler, note="请写明合同的签订年份。").execute()

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

    case.refresh_from_db()
    ConsultThirdParty(case, user=handler, third_party="方山县某建筑有限公司", matter="合同中的报价").execute()
    RecordThirdPartyAnswer(case.consultations.get(), user=handler, answer="objects").execute()
    released = AddReleasedFile(
        case, user=handler, title="防汛物资采购合同（公开部分）", upload=ContentFile(RELEASED, name="合同.pdf")
    ).execute()
    ReviewReleasedFile(released, user=secrecy).execute()
    ReplyToRequest(
        case, user=handler, outcome="partial", legal_basis="《中华人民共和国政府信息公开条例》第三十七条",
        reply_text="合同中的报价属于商业秘密，不予公开；其余部分予以公开。",
    ).execute()

    page.reload()
    assert page.locator(".request-outcome").inner_text().startswith("部分公开")
    assert "行政复议" in page.content()
    assert serious_violations(page) == []
    screenshot(page, "requests-tracking-reply")
    with page.expect_download() as download:
        page.get_by_role("link", name="防汛物资采购合同（公开部分）").click()
    with open(download.value.path(), "rb") as handle:
        assert handle.read() == RELEASED
