"""Each rule of an item's attributes gives the editor a Chinese message on its field, in the
real admin create and edit forms (and the same rule holds for the model)."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


def create(admin_client, catalogue, data):
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    return admin_client.post(url, data)


def errors_on(response, field):
    assert response.status_code == 200, "the form should be shown again with its errors"
    return [str(message) for message in response.context["form"].errors.get(field, [])]


def test_a_complete_proactive_item_is_created_through_the_admin_form(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data())
    assert response.status_code == 302
    item = DisclosureItemPage.objects.get(title="方山县人民政府办公室关于印发防汛应急预案的通知")
    assert item.index_number == "111411994056312813/2025-00001"
    assert not item.live


def test_the_disclosure_attribute_is_required(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data(disclosure=""))
    assert errors_on(response, "disclosure") == ["必需字段"]


def test_the_disclosure_choices_are_the_three_attributes_of_the_regulation(admin_client, catalogue):
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    html = admin_client.get(url).content.decode()
    for label in ("主动公开", "依申请公开", "不予公开"):
        assert label in html


@pytest.mark.parametrize("disclosure", ["on_request", "withheld"])
def test_an_item_not_disclosed_proactively_needs_a_reason(admin_client, catalogue, new_item_data, disclosure):
    response = create(admin_client, catalogue, new_item_data(disclosure=disclosure, reason=""))
    assert errors_on(response, "reason") == ["非主动公开的条目须填写不公开理由。"]
    assert "非主动公开的条目须填写不公开理由。" in response.content.decode()


def test_a_proactive_item_has_no_reason_for_not_disclosing(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data(reason="internal_affairs"))
    assert errors_on(response, "reason") == ["主动公开的条目不填写不公开理由。"]


def test_a_state_secret_needs_its_classification_and_secrecy_period(admin_client, catalogue, new_item_data):
    data = new_item_data(disclosure="withheld", reason="state_secret", classification="none", body="")
    response = create(admin_client, catalogue, data)
    assert errors_on(response, "classification") == ["涉及国家秘密的，须选择密级。"]
    assert errors_on(response, "secrecy_period") == ["涉及国家秘密的，须填写保密期限。"]


@pytest.mark.parametrize("disclosure", ["public", "on_request"])
def test_a_classified_item_can_only_be_not_disclosed(admin_client, catalogue, new_item_data, disclosure):
    data = new_item_data(disclosure=disclosure, reason="" if disclosure == "public" else "state_secret",
                         classification="secret", secrecy_period="10年", body="")
    response = create(admin_client, catalogue, data)
    assert "有密级的条目只能标为不予公开。" in errors_on(response, "classification")


def test_a_state_secret_record_refuses_body_text(admin_client, catalogue, new_item_data):
    data = new_item_data(disclosure="withheld", reason="state_secret", classification="confidential",
                         secrecy_period="20年", body="<p>涉密内容</p>")
    response = create(admin_client, catalogue, data)
    assert errors_on(response, "body") == ["涉密信息不上网：本条目只保留目录信息，不能填写正文。"]


def test_a_state_secret_record_refuses_attachments(admin_client, catalogue, new_item_data):
    document = Document.objects.create(title="附件", file=ContentFile(b"%PDF-1.4\n", name="fujian.pdf"))
    data = new_item_data(disclosure="withheld", reason="state_secret", classification="secret",
                         secrecy_period="10年", body="")
    data.update({
        "attachments-TOTAL_FORMS": "1",
        "attachments-0-document": str(document.pk),
        "attachments-0-ORDER": "1",
        "attachments-0-id": "",
        "attachments-0-DELETE": "",
    })
    response = create(admin_client, catalogue, data)
    assert errors_on(response, "__all__") == ["涉密信息不上网：本条目不能上传附件。"]
    assert not DisclosureItemPage.objects.exists()


def test_the_written_date_cannot_be_in_the_future(admin_client, catalogue, new_item_data):
    tomorrow = timezone.localdate() + datetime.timedelta(days=2)
    response = create(admin_client, catalogue, new_item_data(written_date=tomorrow.isoformat()))
    assert errors_on(response, "written_date") == ["成文日期不能晚于今天。"]


def test_the_written_date_is_required(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data(written_date=""))
    assert errors_on(response, "written_date") == ["必需字段"]


def test_the_title_has_at_most_200_characters(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data(title="通" * 201))
    assert errors_on(response, "title") == ["标题最多 200 个字。"]


def test_a_validity_other_than_in_force_needs_its_date(admin_client, catalogue, new_item_data):
    response = create(admin_client, catalogue, new_item_data(validity="repealed", validity_date=""))
    assert errors_on(response, "validity_date") == ["请填写有效性变化的日期。"]


def test_an_item_cannot_replace_itself(admin_client, make_item, form_data):
    item = make_item()
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    response = admin_client.post(url, form_data(url, validity="amended", validity_date="2025-04-01",
                                                 replaced_by=str(item.pk)))
    assert errors_on(response, "replaced_by") == ["条目不能替代自身。"]


def test_a_legacy_id_is_unique_when_set(admin_client, catalogue, make_item, new_item_data):
    make_item(external_id="OLD-0001")
    response = create(admin_client, catalogue, new_item_data(external_id="OLD-0001"))
    assert errors_on(response, "external_id") == ["具有 旧系统编号 的 公开条目 已存在。"]


def test_many_items_may_have_no_legacy_id(make_item):
    make_item(external_id=None)
    make_item(title="第二条", external_id=None)
    assert DisclosureItemPage.objects.filter(external_id__isnull=True).count() == 2


def test_the_model_refuses_the_same_rules_outside_the_admin(make_item):
    item = make_item()
    item.disclosure = "on_request"
    item.written_date = timezone.localdate() + datetime.timedelta(days=3)
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert refused.value.message_dict["reason"] == ["非主动公开的条目须填写不公开理由。"]
    assert refused.value.message_dict["written_date"] == ["成文日期不能晚于今天。"]
