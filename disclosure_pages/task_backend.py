"""Which django-tasks backend the plugin's own tasks (the index updates) are enqueued on.

The plugin's index updates want a durable queue whose rows commit with the change that caused
them (django_tasks_db), worked by `manage.py db_worker --backend gongkai`. Wagtail's own tasks
(its search index, reference index) run on the site's default backend, which a Wagtail site keeps
immediate: Wagtail and its tests read their results back at once. So the plugin enqueues on an
alias of its own, GONGKAI_TASKS_BACKEND, and on the default backend while the site's TASKS has
no such alias (system check disclosure_pages.W001 says so).
"""
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

from . import conf


def is_configured(alias):
    return alias in task_backends.settings


def plugin_backend_alias():
    """The TASKS alias the plugin's tasks go to: GONGKAI_TASKS_BACKEND if TASKS has it, else the default."""
    alias = conf.get("GONGKAI_TASKS_BACKEND")
    return alias if is_configured(alias) else DEFAULT_TASK_BACKEND_ALIAS


def on_plugin_backend(task, **options):
    """The task bound to the plugin's backend, with any other `Task.using` options (run_after)."""
    return task.using(backend=plugin_backend_alias(), **options)
