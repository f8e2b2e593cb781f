"""The plugin installs into a project made by `wagtail start`, exactly as the README tells a site to.

The plugin is built into a wheel from this checkout and installed into a folder of its own, so the
new project imports it as an installed package (templates, static files, translations and data as
the wheel ships them), never from the checkout's folders. The project keeps its own `search` app.
"""
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from elasticsearch import Elasticsearch

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
README_SECTION = "## Adding the plugin to an existing Wagtail site"
OFFICE_NAME, OFFICE_CODE = "方山县人民政府办公室", "111411994056312813"
ITEM_TITLE = "关于做好2025年防汛工作的通知"

# Run in the new project: the README's commands (in one process, for time), then what a reader sees.
PROBE = textwrap.dedent(
    f"""
    import json, os, sys
    import django

    django.setup()
    from django.core.management import call_command
    from django.contrib.auth import get_user_model
    from django.test import Client

    import gongkai.portal
    from gongkai.disclosure_pages.models import DisclosureItemPage

    call_command("migrate", verbosity=0)
    get_user_model().objects.create_superuser("baomi", password="install-test-password")
    call_command("setup_organ", "{OFFICE_NAME}", "{OFFICE_CODE}")
    call_command("import_catalogue", sys.argv[1], "--legacy-published", "--reviewer", "baomi",
                 "--basis", "县保密办审定")
    call_command("catalogue_index", "rebuild", "--no-progress")
    item = DisclosureItemPage.objects.live().get()
    client = Client()
    addresses = [item.url, "/xxgk/search/?q=防汛", "/xxgk/feeds/latest/", "/xxgk/catalogue/",
                 "/search/?query=防汛", "/sitemap.xml", "/robots.txt"]
    pages = {{}}
    for address in addresses:
        response = client.get(address)
        pages[address] = {{"status": response.status_code, "text": response.content.decode()}}
    print(json.dumps({{"plugin": gongkai.portal.__file__, "item": item.url, "pages": pages}}))
    """
)


def readme_block(first_line):
    """The README's code block of the section on adding the plugin that starts with first_line."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(README_SECTION):]
    section = section[: section.index("\n## ", len(README_SECTION))]
    blocks = [block for block in re.findall(r"```python\n(.*?)```", section, re.S) if block.startswith(first_line)]
    assert len(blocks) == 1, f"the README has no single block starting with {first_line!r}"
    return blocks[0]


def run(arguments, cwd, env=None):
    result = subprocess.run(arguments, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{arguments} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def install_plugin(into):
    """Build the checkout's wheel (from a copy, so the checkout gets no build folders) and install it
    into `into`/lib without dependencies: the virtualenv has them all already."""
    source = into / "source"
    source.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source)
    setup = ast.parse((REPO / "setup.py").read_text())
    folders = next(
        ast.literal_eval(node.value).values()
        for node in setup.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "APP_FOLDERS"
    )
    for folder in ["gongkai", *folders]:
        shutil.copytree(REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # Build isolation fetches setuptools and wheel for the build, as `make install` does.
    run([BIN / "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", into / "dist", source], cwd=into)
    wheel = next((into / "dist").glob("gongkai-*.whl"))
    run([BIN / "pip", "install", "--quiet", "--no-deps", "--target", into / "lib", wheel], cwd=into)
    return into / "lib"


@pytest.fixture
def index_prefix():
    """An index prefix of this test's own, whose indices are deleted afterwards."""
    prefix = f"install-{uuid.uuid4().hex[:8]}"
    yield prefix
    client = Elasticsearch(settings.ELASTICSEARCH_URL, **settings.ELASTICSEARCH_OPTIONS)
    for name in client.indices.get(index=f"{prefix}*", expand_wildcards="all"):
        client.indices.delete(index=name)


def test_a_wagtail_start_project_serves_a_reviewed_item_its_search_and_feed_next_to_its_own_search(
    tmp_path, index_prefix
):
    lib = install_plugin(tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    run([BIN / "wagtail", "start", "mysite", project], cwd=tmp_path)
    with (project / "mysite" / "settings" / "base.py").open("a", encoding="utf-8") as file:
        file.write("\n" + readme_block("# settings"))
    with (project / "mysite" / "urls.py").open("a", encoding="utf-8") as file:
        file.write("\n" + readme_block("# urls"))
    item = {
        "title": ITEM_TITLE, "body": "各单位要做好汛期值守。", "organ": OFFICE_NAME, "doc_number": "方政办〔2025〕3号",
        "written_date": "2025-03-01", "topic": "综合政务/信息公开", "genre": "通知", "disclosure": "主动公开",
        "classification": "非密", "validity": "有效", "external_id": "INSTALL-1",
    }
    (tmp_path / "items.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    (project / "probe.py").write_text(PROBE, encoding="utf-8")
    env = {
        key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "PYTHONPATH"}
    } | {
        "PYTHONPATH": str(lib),
        "DJANGO_SETTINGS_MODULE": "mysite.settings.dev",
        "ELASTICSEARCH_URL": settings.ELASTICSEARCH_URL,
        "GONGKAI_INDEX_PREFIX": index_prefix,
    }
    python = str(BIN / "python")

    seen = json.loads(run([python, "probe.py", tmp_path / "items.jsonl"], cwd=project, env=env).splitlines()[-1])

    assert seen["plugin"].startswith(str(lib)), "the project must use the installed plugin, not the checkout"
    pages = seen["pages"]
    assert {address: page["status"] for address, page in pages.items()} == dict.fromkeys(pages, 200)
    item_page = pages[seen["item"]]["text"]
    assert ITEM_TITLE in item_page and "方政办〔2025〕3号" in item_page
    assert 'lang="zh-Hans"' in item_page and "跳到主要内容" in item_page and "政府信息公开目录" in item_page
    assert 'href="/xxgk/search/"' in item_page  # the plugin's navigation follows the site's prefix
    assert f'href="{seen["item"]}"' in pages["/xxgk/search/?q=防汛"]["text"]
    assert ITEM_TITLE in pages["/xxgk/feeds/latest/"]["text"]
    assert ITEM_TITLE in pages["/xxgk/catalogue/"]["text"]
    own_search = pages["/search/?query=防汛"]["text"]
    assert "<h1>Search</h1>" in own_search and 'name="query"' in own_search  # the site's own view and template
    assert seen["item"] in pages["/sitemap.xml"]["text"]
    assert "Disallow: /xxgk/feeds/search/" in pages["/robots.txt"]["text"]
