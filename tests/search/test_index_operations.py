"""`catalogue_index rebuild|verify|sync`: a rebuild loses no concurrent update; drift is found and repaired."""
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from gongkai.search.connection import client
from gongkai.search.documents import index_body
from gongkai.search.index_names import alias_name, new_index_name
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.actions.rebuild_index import RebuildIndexAction

from .conftest import refresh_index, run_queued_tasks


def titles(q=""):
    return sorted(result["title"] for result in search_catalogue(CatalogueQuery(q=q)).results)


@pytest.fixture
def three_items(search_index, make_item, publish):
    items = [
        publish(make_item(title=title, doc_number=f"方政办〔2025〕{n}号", slug=f"item-{n}"))
        for n, title in enumerate(["关于植树造林的通知", "关于秸秆禁烧的通告", "关于防汛抗旱的通知"], start=1)
    ]
    run_queued_tasks()
    return items


def test_rebuild_swaps_the_alias_to_a_new_index_and_drops_the_old(three_items):
    before = set(client().indices.get_alias(name=alias_name()))
    out = io.StringIO()
    call_command("catalogue_index", "rebuild", "--no-progress", stdout=out)
    after = set(client().indices.get_alias(name=alias_name()))
    assert before.isdisjoint(after) and len(after) == 1
    assert set(client().indices.get(index=f"{alias_name()}-v*")) == after
    assert "Indexed 3 public items" in out.getvalue()
    assert titles() == ["关于植树造林的通知", "关于秸秆禁烧的通告", "关于防汛抗旱的通知"]


def test_a_rebuild_under_concurrent_publishing_loses_no_update(three_items, make_item, publish):
    planting, straw, flood = three_items
    searches_during_rebuild = []

    def publish_while_rebuilding(count):
        """Runs after the rebuild read a chunk and before it writes it: the dangerous moment."""
        if searches_during_rebuild:
            searches_during_rebuild.append(titles())
            return
        planting.unpublish()  # read as live a moment ago by the rebuild
        flood.unpublish()
        flood.title = "关于防汛抗旱的紧急通知"
        publish(flood)  # changed after the rebuild read it
        publish(make_item(title="关于森林防火的通知", slug="fire"))  # new during the rebuild
        run_queued_tasks()
        searches_during_rebuild.append(titles())

    RebuildIndexAction(chunk_size=1, progress=publish_while_rebuilding).execute()
    refresh_index()
    assert titles() == ["关于森林防火的通知", "关于秸秆禁烧的通告", "关于防汛抗旱的紧急通知"]
    # Searches kept answering from the old index all along, with the synced changes.
    assert searches_during_rebuild[0] == titles()
    assert all(searches_during_rebuild)


def test_verify_lists_drift_and_sync_repairs_it(three_items):
    planting, straw, flood = three_items
    client().delete(index=alias_name(), id=str(planting.pk), refresh=True)
    client().index(
        index=alias_name(), id="999999", document={"page_id": 999999, "title": "不应公开的条目"}, refresh=True
    )
    out = io.StringIO()
    with pytest.raises(CommandError, match="drifted"):
        call_command("catalogue_index", "verify", stdout=out)
    report = out.getvalue()
    assert f"missing from the index: 1 (page ids [{planting.pk}])" in report
    assert "in the index but not public: 1 (page ids [999999])" in report

    call_command("catalogue_index", "sync", stdout=io.StringIO())
    refresh_index()
    out = io.StringIO()
    call_command("catalogue_index", "verify", stdout=out)
    assert "matches the database" in out.getvalue()
    assert titles() == ["关于植树造林的通知", "关于秸秆禁烧的通告", "关于防汛抗旱的通知"]


def test_operations_say_clearly_when_elasticsearch_is_unreachable(three_items):
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        with pytest.raises(CommandError, match="Elasticsearch is unavailable"):
            call_command("catalogue_index", "verify", stdout=io.StringIO())


def test_verify_and_sync_tell_an_upgraded_site_its_index_lacks_a_new_field_until_a_rebuild(search_index):
    # An index built before the 规范性文件 facet: its mapping has no `normative` field.
    body = index_body()
    del body["mappings"]["properties"]["normative"]
    client().indices.create(index=new_index_name(), **body, aliases={alias_name(): {}})

    for action in ("verify", "sync"):
        with pytest.raises(CommandError, match=r"predates the fields normative.*catalogue_index rebuild"):
            call_command("catalogue_index", action, stdout=io.StringIO())

    call_command("catalogue_index", "rebuild", "--no-progress", stdout=io.StringIO())
    out = io.StringIO()
    call_command("catalogue_index", "verify", stdout=out)
    assert "matches the database" in out.getvalue()
