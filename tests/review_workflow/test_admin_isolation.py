"""Admin isolation: an editor of one organ reads nothing of another organ's unpublished items
through any admin URL they might try (page chooser, explorer, previews, history, ledger)."""
import io
import json

import pytest
from django.urls import reverse
from modelsearch.index import insert_or_update_object
from openpyxl import load_workbook
from wagtail.models import Task, WorkflowState

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS
from gongkai.disclosure_pages.models import DisclosureItemPage

from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.review_workflow.legacy import record_legacy_review
from gongkai.review_workflow.models import SecrecyReviewTask

from .conftest import make_user

ECOLOGY_CODE = "11141199405631361N"
SECRET_TITLE = "县政府办关于防汛物资储备的机密方案"
DRAFT_TITLE = "县政府办关于调整干部任免的草稿"
DRAFT_BODY = "拟任免人员名单尚未公布"
STATE_SECRET = {
    "disclosure": "withheld",
    "reason": "state_secret",
    "classification": "confidential",
    "secrecy_period": "10年",
    "body": "",
}


@pytest.fixture
def other_organ(home_page):
    return SetUpOrganAction(
        name="方山县生态环境局", code=ECOLOGY_CODE, short_name="生态环境局", parent_page=home_page, slug="ecology"
    ).execute()


@pytest.fixture(params=[EDITORS, SECRECY_REVIEWERS, LEADERS])
def other_organs_staff(request, other_organ):
    """An editor, then a secrecy reviewer, then a leader of organ B."""
    return make_user(f"ecology_{request.param}", other_organ.groups[request.param])


@pytest.fixture
def secrets(make_item, editor, section_head, catalogue, reviewed, admin_search_index):
    """Organ A's 机密 draft (in review, with history) and a plain draft with a body."""
    secret = make_item(title=SECRET_TITLE, **STATE_SECRET)
    first = secret.save_revision(user=editor)
    secret.title = SECRET_TITLE + "（修改稿）"
    second = secret.save_revision(user=editor)
    catalogue.get_workflow().start(secret, editor)
    secret.current_workflow_task_state.approve(user=section_head)
    draft = make_item(title=DRAFT_TITLE, body=f"<p>{DRAFT_BODY}</p>")
    reviewed(draft)
    for item in (secret, draft, make_item(title="县政府办已公开的通知")):
        insert_or_update_object(item)
    admin_search_index.refresh()
    return secret, first, second, draft


def admin_urls(secret, first, second, draft, catalogue):
    review_task = SecrecyReviewTask.objects.get(organ=catalogue.organ)
    first_task = Task.objects.exclude(pk=review_task.pk).first()
    workflow_state = WorkflowState.objects.get(base_content_type=secret.get_base_content_type(), object_id=str(secret.pk))
    pages = "wagtailadmin_pages:"
    urls = [
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[catalogue.pk]),
        reverse("wagtailadmin_choose_page_child", args=[secret.pk]),
        reverse("wagtailadmin_choose_page_child", args=[draft.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=县政府办",
        reverse("wagtailadmin_choose_page_search") + "?q=机密方案",
        reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={secret.pk}&id={draft.pk}",
        reverse("wagtailadmin_explore", args=[catalogue.pk]),
        reverse("wagtailadmin_explore", args=[secret.pk]),
        reverse(pages + "search") + "?q=县政府办",
        reverse(pages + "search_results") + "?q=县政府办",
        reverse(pages + "workflow_preview", args=[secret.pk, review_task.pk]),
        reverse(pages + "workflow_preview", args=[secret.pk, first_task.pk]),
        reverse(pages + "workflow_history", args=[secret.pk]),
        reverse(pages + "workflow_history_detail", args=[secret.pk, workflow_state.pk]),
        reverse("wagtailadmin_home"),
        reverse("review_workflow:ledger"),
        reverse("review_workflow:ledger") + "?export=csv",
        reverse("review_workflow:ledger") + "?export=xlsx",
        reverse("disclosure_pages:catalogue"),
        reverse("disclosure_pages:deadlines"),
        f"/admin/api/main/pages/{secret.pk}/",
        f"/admin/api/main/pages/{draft.pk}/",
        f"/admin/api/main/pages/?child_of={catalogue.pk}",
        "/admin/api/main/pages/?search=县政府办",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
    ]
    for page in (secret, draft):
        urls += [
            reverse(pages + name, args=[page.pk])
            for name in (
                "edit", "preview_on_edit", "view_draft", "usage", "delete", "unpublish", "copy", "move",
                "history", "history_results", "revisions_index", "lock", "unlock", "set_privacy",
                "convert_alias", "add_subpage",
            )
        ]
    urls += [
        reverse(pages + "revisions_view", args=[secret.pk, first.pk]),
        reverse(pages + "revisions_compare", args=[secret.pk, first.pk, second.pk]),
        reverse(pages + "revisions_compare", args=[secret.pk, "earliest", "live"]),
        reverse(pages + "revisions_revert", args=[secret.pk, first.pk]),
        reverse(pages + "move_confirm", args=[secret.pk, catalogue.pk]),
    ]
    return urls


def response_text(response):
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        return "\n".join(str(value) for row in sheet.values for value in row)
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        # Modal responses (the chooser) carry their HTML inside JSON, non-ASCII escaped.
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode("utf-8", "replace")


def test_staff_of_another_organ_read_no_unpublished_title_or_body_through_any_admin_url(
    secrets, catalogue, other_organs_staff, client
):
    secret, first, second, draft = secrets
    client.force_login(other_organs_staff)
    client.raise_request_exception = False
    leaks = []
    for url in admin_urls(secret, first, second, draft, catalogue):
        for method in (client.get, client.post):
            response = method(url, follow=True)
            text = response_text(response)
            found = [marker for marker in ("机密方案", DRAFT_TITLE, DRAFT_BODY) if marker in text]
            if response.status_code >= 500 or found:
                leaks.append((method.__name__, url, response.status_code, found))
    assert leaks == [], "\n".join(map(str, leaks))


def test_an_editor_still_finds_their_own_organs_drafts_in_the_chooser(secrets, editor, client):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "干部任免"})
    assert DRAFT_TITLE in response_text(response)


def ledger_text(client, **params):
    return response_text(client.get(reverse("review_workflow:ledger"), params))


@pytest.fixture
def both_organs_reviewed(make_item, reviewed, other_organ):
    reviewed(make_item(title="县政府办已审查的通知"))
    other_reviewer = make_user("reviewer_ecology", other_organ.groups[SECRECY_REVIEWERS])
    item = make_item(parent=other_organ.catalogue, title="生态环境局已审查的通知")
    record_legacy_review(item.save_revision(), other_reviewer, basis="测试：已审查")
    return other_reviewer


@pytest.mark.parametrize("export", [None, "csv", "xlsx"])
def test_a_reviewer_reads_and_exports_only_their_own_organs_ledger(both_organs_reviewed, client, export):
    client.force_login(both_organs_reviewed)
    text = ledger_text(client, **({"export": export} if export else {}))
    assert "生态环境局已审查的通知" in text
    assert "县政府办已审查的通知" not in text


def test_a_leader_of_another_organ_cannot_filter_their_way_into_an_organs_ledger(
    both_organs_reviewed, other_organ, catalogue, client
):
    leader = make_user("leader_ecology", other_organ.groups[LEADERS])
    client.force_login(leader)
    text = ledger_text(client, organ=catalogue.organ_id)
    assert "县政府办已审查的通知" not in text
    assert "方山县人民政府办公室" not in ledger_text(client)


def test_a_superuser_reads_every_organs_ledger(both_organs_reviewed, superuser, client):
    client.force_login(superuser)
    text = ledger_text(client)
    assert "生态环境局已审查的通知" in text and "县政府办已审查的通知" in text
