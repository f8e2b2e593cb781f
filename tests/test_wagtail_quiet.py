"""The plugin is quiet for what is not its own: Wagtail's ordinary pages and admin screens cost
no query of the plugin's tables, and its admin additions (the requests menu, their stylesheet)
appear only where they belong. `make test-wagtail` checks the same with Wagtail's own tests."""
import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Task, Workflow, WorkflowTask

from gongkai.disclosure_column.signal_handlers import publish_interpretations_with_policy
from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_requests.models import RequestOffice
from gongkai.annual_reports.wagtail_hooks import register_quarterly_statistics_menu_item
from gongkai.disclosure_requests.viewsets import ReleaseReviewViewSet, RequestCasesViewSet

STYLESHEET = "disclosure_requests/admin.css"


def plugin_tables():
    """The tables of the plugin's apps and of its task queue."""
    labels = {config.label for config in apps.get_app_configs() if config.name.startswith("gongkai.")}
    labels.add("django_tasks_database")
    return {model._meta.db_table for model in apps.get_models() if model._meta.app_label in labels}


def plugin_tables_queried(queries):
    tables = plugin_tables()
    return sorted({table for query in queries for table in tables if f'"{table}"' in query["sql"]})


@pytest.fixture
def ordinary_page(home_page, admin_user):
    page = home_page.add_child(instance=Page(title="About the county", slug="about"))
    page.save_revision(user=admin_user).publish(user=admin_user)
    return Page.objects.get(pk=page.pk)


def cases_menu_shown(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return RequestCasesViewSet().get_menu_item().is_shown(request)


@pytest.fixture
def ordinary_editor(django_user_model):
    """An editor of an ordinary site: admin access, no part in any request office."""
    user = django_user_model.objects.create_user("editor", password="x-password-2026")
    user.groups.add(Group.objects.get(name="Editors"))  # Wagtail's own editors' group
    return user


def test_publishing_editing_and_unpublishing_an_ordinary_page_touch_no_table_of_the_plugin(ordinary_page, admin_user):
    with CaptureQueriesContext(connection) as queries:
        ordinary_page.title = "About Fangshan county"
        ordinary_page.save_revision(user=admin_user).publish(user=admin_user)
        ordinary_page.save_revision(user=admin_user)
        ordinary_page.unpublish(user=admin_user)
    assert plugin_tables_queried(queries.captured_queries) == []


def test_the_admin_edit_view_of_an_ordinary_page_queries_no_table_of_the_plugin(ordinary_page, admin_client):
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[ordinary_page.pk]))
    assert response.status_code == 200
    assert plugin_tables_queried(queries.captured_queries) == []


def test_the_column_receiver_of_page_publication_does_no_query_for_an_ordinary_page(ordinary_page, django_assert_num_queries):
    with django_assert_num_queries(0):
        publish_interpretations_with_policy(sender=Page, instance=ordinary_page, revision=None)


def test_the_columns_finish_action_publishes_an_ordinary_page_as_wagtail_does_without_asking_the_plugin(
    ordinary_page, admin_user, settings
):
    settings.WAGTAIL_FINISH_WORKFLOW_ACTION = "gongkai.disclosure_column.workflow_finish.publish_unless_awaiting_policy"
    workflow = Workflow.objects.create(name="Approval")
    WorkflowTask.objects.create(workflow=workflow, task=Task.objects.create(name="Approve"), sort_order=0)
    ordinary_page.title = "About Fangshan county"
    ordinary_page.save_revision(user=admin_user)
    state = workflow.start(ordinary_page, admin_user)
    with CaptureQueriesContext(connection) as queries:
        state.current_task_state.approve(user=admin_user)
    assert plugin_tables_queried(queries.captured_queries) == []
    assert Page.objects.get(pk=ordinary_page.pk).title == "About Fangshan county"


def test_the_requests_menu_asks_the_database_nothing_for_a_superuser(admin_user, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert cases_menu_shown(admin_user)


def test_the_requests_menu_asks_the_database_nothing_for_an_editor_outside_every_office(
    ordinary_editor, django_assert_num_queries
):
    ordinary_editor.get_all_permissions()  # Wagtail's admin has read them before its menu is drawn
    with django_assert_num_queries(0):
        assert not cases_menu_shown(ordinary_editor)


def test_the_released_files_menu_asks_the_database_nothing_of_users_who_review_nothing(
    ordinary_editor, admin_user, django_assert_num_queries
):
    ordinary_editor.get_all_permissions()
    for user in (ordinary_editor, admin_user):
        request = RequestFactory().get("/admin/")
        request.user = user
        with django_assert_num_queries(0):
            assert not ReleaseReviewViewSet().get_menu_item().is_shown(request)


def test_the_quarterly_statistics_menu_asks_the_database_nothing_of_an_editor_outside_every_organ(
    ordinary_editor, django_assert_num_queries
):
    ordinary_editor.get_all_permissions()
    request = RequestFactory().get("/admin/")
    request.user = ordinary_editor
    with django_assert_num_queries(0):
        assert not register_quarterly_statistics_menu_item().is_shown(request)


def test_a_group_named_on_an_office_in_the_admin_gets_the_requests_menu(db, django_user_model):
    organ = Organ.objects.create(name="方山县人民政府办公室", short_name="县政府办", code="111411994056312813")
    handlers = Group.objects.create(name="县政府办 收文组")
    user = django_user_model.objects.create_user("clerk", password="x-password-2026")
    user.groups.add(handlers)
    office = RequestOffice.objects.create(organ=organ)
    assert not cases_menu_shown(user)

    office.handlers = handlers  # as an administrator does on the office's edit screen
    office.save()

    user = django_user_model.objects.get(pk=user.pk)  # a new request: permissions read afresh
    assert cases_menu_shown(user)


def test_the_requests_stylesheet_is_linked_on_their_screens_only(ordinary_page, admin_client):
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[ordinary_page.pk])).content.decode()
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    # The superuser's menu leads to the inbox even before any office is set up.
    inbox = admin_client.get(reverse("disclosure_requests:inbox"))
    assert STYLESHEET not in edit and STYLESHEET not in dashboard
    assert inbox.status_code == 200 and STYLESHEET in inbox.content.decode()
