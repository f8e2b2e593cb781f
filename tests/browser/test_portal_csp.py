"""The portal works under its Content-Security-Policy: nothing blocked, every button working."""
import pytest

from gongkai.review_workflow.legacy import record_legacy_review


@pytest.fixture
def item(make_item, django_user_model):
    reviewer = django_user_model.objects.create_superuser("reviewer", password="unused-in-tests")
    item = make_item()
    revision = item.save_revision(user=reviewer)
    record_legacy_review(revision, reviewer, basis="测试")
    revision.publish(user=reviewer)
    return type(item).objects.get(pk=item.pk)


def test_the_portal_breaks_no_rule_of_its_policy_and_its_buttons_work(browser_page, item):
    page = browser_page
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None)
    page.add_init_script("window.print = function () { window.printed = true; };")

    for path in ("/", "/catalogue/", "/search/?q=通知", item.url):
        response = page.goto(path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    page.get_by_role("button", name="打印").click()
    page.get_by_role("button", name="大字版").click()

    assert page.evaluate("window.printed === true")
    assert page.get_by_role("button", name="大字版").get_attribute("aria-pressed") == "true"
    assert blocked == []
