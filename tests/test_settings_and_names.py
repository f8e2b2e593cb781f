"""The plugin shape of settings and names: every app reads its settings through its `conf`
(docs/settings.md lists each one), spells each role, log action and logger name once in its
`constants`, and docs/extending.md names every hook and signal another app may use."""
import ast
import importlib
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

REPO_DIR = Path(settings.REPO_DIR)
# The plugin's app folders: top-level folders holding an AppConfig (the reference site apart).
APP_FOLDERS = sorted(path.parent for path in REPO_DIR.glob("*/apps.py") if path.parent.name != "site")
# Where a name may be spelled out, apart from the constants module that defines it.
SOURCE_FOLDERS = [*APP_FOLDERS, REPO_DIR / "site", REPO_DIR / "tests"]
PLUGIN_SETTING = re.compile(r"""settings\.(GONGKAI|PORTAL|ELASTICSEARCH)_\w+|getattr\(\s*settings,\s*["'](GONGKAI|PORTAL|ELASTICSEARCH)_""")


def python_files(folders):
    for folder in folders:
        for path in folder.rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def app_module(folder, name):
    package = "gongkai.admin_locale" if folder.name == "gongkai_admin_locale" else f"gongkai.{folder.name}"
    return importlib.import_module(f"{package}.{name}")


def apps_with(module_name):
    return [folder for folder in APP_FOLDERS if (folder / f"{module_name}.py").exists()]


def string_constants(folder):
    tree = ast.parse((folder / "constants.py").read_text(encoding="utf-8"))
    return {
        node.targets[0].id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
    }


@pytest.mark.parametrize("folder", apps_with("conf"), ids=lambda folder: folder.name)
def test_every_setting_of_the_app_is_documented(folder):
    documented = (REPO_DIR / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [name for name in app_module(folder, "conf").DEFAULTS if f"`{name}`" not in documented]
    assert missing == []


@pytest.mark.parametrize("folder", apps_with("conf"), ids=lambda folder: folder.name)
def test_the_app_reads_its_settings_only_through_its_conf(folder):
    readers = [
        f"{path.relative_to(REPO_DIR)}:{number}"
        for path in python_files([folder])
        if path.name != "conf.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PLUGIN_SETTING.search(line)
    ]
    assert readers == []


@pytest.mark.parametrize("folder", apps_with("constants"), ids=lambda folder: folder.name)
def test_each_name_is_spelled_only_in_the_constants_of_its_app(folder):
    # A translatable label may read like a role, a model field may be named after one
    # (OrganReviewGroups.leaders), and the search logger is named like the search app: none of
    # them is the constant spelled again.
    field_names = {field.name for model in apps.get_models() for field in model._meta.get_fields()}
    constants = {
        name: value
        for name, value in string_constants(folder).items()
        if not apps.is_installed(value) and value not in field_names
    }
    repeated = [
        f"{path.relative_to(REPO_DIR)} spells {value!r} ({name})"
        for path in python_files(SOURCE_FOLDERS)
        if path != folder / "constants.py"
        for name, value in constants.items()
        if re.search(rf"""(?<!_\()["']{re.escape(value)}["']""", path.read_text(encoding="utf-8"))
    ]
    assert repeated == []


def test_the_apps_name_their_loggers_by_constants():
    literal_loggers = [
        f"{path.relative_to(REPO_DIR)}:{number}"
        for path in python_files(APP_FOLDERS)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""getLogger\(\s*["']""", line)
    ]
    assert literal_loggers == []


def test_every_hook_and_signal_the_plugin_offers_is_documented():
    documented = (REPO_DIR / "docs" / "extending.md").read_text(encoding="utf-8")
    offered = set()
    for path in python_files(APP_FOLDERS):
        text = path.read_text(encoding="utf-8")
        offered |= set(re.findall(r"""hooks\.get_hooks\(\s*["'](\w+)["']""", text))
        offered |= {f"{path.parent.name}.{name}" for name in re.findall(r"^(\w+) = Signal\(", text, re.MULTILINE)}
    assert offered and [name for name in sorted(offered) if f"`{name.split('.')[-1]}`" not in documented] == []
