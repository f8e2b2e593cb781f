"""Retire Wagtail's default "Moderators approval" workflow on the root page.

Every organ's catalogue carries its own review workflow (保密审查 included); the default one
would otherwise govern the pages outside the catalogues with a single approval and no secrecy
review. Retired the way Workflow.deactivate() does it: in-progress runs cancelled, the
assignments removed, workflow and task marked inactive.
"""
from django.db import migrations

DEFAULT_NAME = "Moderators approval"


def retire_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for workflow in Workflow.objects.filter(name=DEFAULT_NAME, active=True, workflow_pages__page__depth=1):
        states = WorkflowState.objects.filter(workflow=workflow, status__in=["in_progress", "needs_changes"])
        TaskState.objects.filter(workflow_state__in=states, status="in_progress").update(status="cancelled")
        states.update(status="cancelled")
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
        Task.objects.filter(name=DEFAULT_NAME, workflow_tasks__workflow=workflow).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("gongkai_site", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire_default_workflow, migrations.RunPython.noop)]
