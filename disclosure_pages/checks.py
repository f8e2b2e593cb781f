"""System checks of disclosure_pages' settings: a wrong value fails at start, not on a save."""
from django.core.checks import Error, Warning, register
from django_tasks import task_backends

from . import conf
from .task_backend import is_configured, plugin_backend_alias

POSITIVE_NUMBERS = ("GONGKAI_ATTACHMENT_MAX_BYTES", "GONGKAI_SEARCH_RETRY_DELAY", "GONGKAI_SEARCH_RETRY_MAX_DELAY")


@register
def index_number_pattern_is_usable(app_configs, **kwargs):
    """A pattern that fails to format, or ignores the serial, would stop every new item's save."""
    pattern = conf.get("GONGKAI_INDEX_NUMBER_PATTERN")
    try:
        first, second = (pattern.format(organ_code="X", year=2026, serial=serial) for serial in (1, 2))
    except (AttributeError, IndexError, KeyError, ValueError) as error:
        return [
            Error(
                f"GONGKAI_INDEX_NUMBER_PATTERN {pattern!r} cannot be formatted: {error!r}.",
                hint="Use only the fields {organ_code}, {year} and {serial}, e.g. '{organ_code}/{year}-{serial:05d}'.",
                id="disclosure_pages.E001",
            )
        ]
    if first == second:
        return [
            Error(
                f"GONGKAI_INDEX_NUMBER_PATTERN {pattern!r} does not contain {{serial}}: every item would get the same 索引号.",
                id="disclosure_pages.E002",
            )
        ]
    return []


@register
def numeric_settings_are_positive(app_configs, **kwargs):
    return [
        Error(f"{name} must be a positive number, not {conf.get(name)!r}.", id="disclosure_pages.E003")
        for name in POSITIVE_NUMBERS
        if not is_positive_number(conf.get(name))
    ]


def is_positive_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


@register
def plugin_tasks_have_their_backend(app_configs, **kwargs):
    """Without its own alias the plugin shares the default backend with Wagtail's own tasks."""
    alias = conf.get("GONGKAI_TASKS_BACKEND")
    if is_configured(alias):
        return []
    return [
        Warning(
            f"TASKS has no backend {alias!r} (GONGKAI_TASKS_BACKEND): the plugin's index updates go to the 'default' backend.",
            hint=(
                f"Add TASKS[{alias!r}] = {{'BACKEND': 'django_tasks_db.DatabaseBackend'}} and run "
                f"`manage.py db_worker --backend {alias} --queue-name '*'` (README), "
                "or set GONGKAI_TASKS_BACKEND = 'default' to share the default backend on purpose."
            ),
            id="disclosure_pages.W001",
        )
    ]


@register
def plugin_tasks_can_wait(app_configs, **kwargs):
    """An index update retries later while Elasticsearch is down; a backend without run_after cannot."""
    alias = plugin_backend_alias()
    if task_backends[alias].supports_defer:
        return []
    return [
        Warning(
            f"The task backend {alias!r} of the plugin's index updates cannot defer a task: an update that "
            "finds Elasticsearch down fails instead of retrying.",
            hint="Use django_tasks_db.DatabaseBackend for the plugin's tasks (README, GONGKAI_TASKS_BACKEND).",
            id="disclosure_pages.W002",
        )
    ]
