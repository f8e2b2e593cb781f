"""The admin locale layer: the Chinese Wagtail 8.0's catalogue lacks, in Django's and in
Wagtail's JavaScript catalogue, and the menu names Chinese CMS users expect."""
import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def chinese():
    with translation.override("zh-hans"):
        yield


@pytest.mark.parametrize(
    "msgid, chinese",
    [
        ("Your pages and snippets in a workflow", "我提交的、正在审核中的内容"),
        ("Go to the first error", "转到第一个错误"),
        ("The page could not be created due to validation errors.", "页面有错误，未能创建。"),
        ("Theme preferences", "界面偏好"),
        ("Page types usage", "页面类型使用情况"),
        ("Locking: ", "锁定："),
    ],
)
def test_wagtail_strings_missing_from_its_catalogue_are_chinese(msgid, chinese):
    assert gettext(msgid) == chinese


def test_the_pages_menu_reads_pages_not_pagination():
    assert gettext("Pages") == "页面"


def test_the_promote_tab_says_what_it_holds():
    assert gettext("Promote") == "搜索与导航"


def test_plural_counters_on_the_dashboard_are_chinese():
    text = ngettext(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
        19,
    ) % {"total": 19, "site_name": "方山县"}
    assert text.startswith("19 个页面")


def test_the_workflow_lock_message_names_the_item_in_chinese():
    message = gettext(
        "This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."
    ).format(model_name="公开条目", task_name="保密审查", workflow_name="信息公开发布审核")
    assert message == "此公开条目正等待<b>“信息公开发布审核”</b>的<b>“保密审查”</b>环节。"


def test_relative_times_are_chinese():
    from django.contrib.humanize.templatetags.humanize import naturaltime
    from django.utils import timezone

    assert "秒" in naturaltime(timezone.now() - timezone.timedelta(seconds=16))


def test_wagtails_javascript_catalogue_carries_the_missing_strings(client):
    response = client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    body = response.content.decode("unicode_escape")
    assert "此菜单有 1 个新项目" in body
    assert "修改已自动保存" in body


def test_the_login_form_labels_the_password_in_chinese(client):
    html = client.get("/admin/login/").content.decode()
    assert "密码" in html
    assert ">\n            Password<" not in html


def test_avatars_are_never_fetched_from_gravatar(admin_client):
    assert "gravatar" not in admin_client.get("/admin/").content.decode()
