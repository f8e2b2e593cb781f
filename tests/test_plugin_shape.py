"""The plugin's shape (issue 16): its modules import each other without circles, its
dependencies point one way, it never imports the reference site, and no module outgrows a
single concern. Read from the source with `ast`, function-level imports included."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Folder in the checkout -> installed package (setup.py maps each folder to gongkai.<app>).
APPS = {
    "disclosure_pages": "gongkai.disclosure_pages",
    "review_workflow": "gongkai.review_workflow",
    "search": "gongkai.search",
    "portal": "gongkai.portal",
    "gongkai_admin_locale": "gongkai.admin_locale",
}
REFERENCE_SITE = ("gongkai_site", "gongkai_security")
MAX_LINES = 250
# Which apps each app must never import: the domain app stands alone, and the two apps that
# plug into it do not know each other.
FORBIDDEN = {
    "gongkai.disclosure_pages": ("gongkai.review_workflow", "gongkai.search", "gongkai.portal"),
    "gongkai.review_workflow": ("gongkai.search",),
    "gongkai.search": ("gongkai.review_workflow",),
}


def is_generated(path):
    return "migrations" in path.parts or "data" in path.parts


def plugin_modules():
    """{module name: (path, is package)} for every Python module of the plugin's apps."""
    modules = {}
    for folder, package in APPS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts.pop()
            modules[".".join([package, *parts])] = (path, is_package)
    return modules


MODULES = plugin_modules()


def imported_names(name, path, is_package):
    """Every module name `name` imports, at any level of the file, relative imports resolved."""
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            # `from package import module` imports the module.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def plugin_module(name):
    """The plugin module that `name` is or lies in, or None for anything outside the plugin."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def import_graph():
    graph = {}
    for name, (path, is_package) in MODULES.items():
        if is_generated(path):
            continue
        targets = {plugin_module(imported) for imported in imported_names(name, path, is_package)}
        graph[name] = {target for target in targets if target and target != name}
    return graph


def circles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def app_of(module):
    return ".".join(module.split(".")[:2])


def test_the_graph_is_read_from_every_app_with_relative_and_function_level_imports():
    graph = import_graph()
    # A relative import inside a function (`from .signal_handlers import ...` in ready()).
    assert "gongkai.disclosure_pages.signal_handlers" in graph["gongkai.disclosure_pages.apps"]
    # `from gongkai.disclosure_pages.models import X` depends on the models package.
    assert "gongkai.disclosure_pages.models" in graph["gongkai.review_workflow.views"]
    assert {app_of(module) for module in graph} == set(APPS.values())


def test_a_circle_is_found_where_there_is_one():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_of_the_plugin_imports_itself_through_others():
    assert circles(import_graph()) == []


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_dependencies_point_one_way(app):
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if app_of(module) == app
        for target in targets
        if app_of(target) in FORBIDDEN[app]
    )
    assert wrong == []


def test_nothing_in_the_plugin_imports_the_reference_site():
    wrong = sorted(
        f"{name} imports {imported}"
        for name, (path, is_package) in MODULES.items()
        for imported in imported_names(name, path, is_package)
        if imported.split(".")[0] in REFERENCE_SITE
    )
    assert wrong == []


def test_no_module_outside_migrations_and_data_is_over_250_lines():
    too_long = sorted(
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path, _ in MODULES.values()
        if not is_generated(path)
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    )
    assert too_long == []
