"""`manage.py annual_report export` prints the report's tables in the shared JSON shape;
`annual_report check` exits non-zero naming each failing cell."""
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.disclosure_requests.choices import Status

D = datetime.date


def export(organ, year):
    out = io.StringIO()
    call_command("annual_report", "export", "--organ", organ.code, "--year", str(year), "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def test_export_prints_the_tables_in_the_shared_shape(organ, make_case, make_report):
    make_case(D(2025, 4, 3), applicant_kind="commercial", applicant_name="某公司")
    make_report(2025, entered_figures={"licensing_decisions": 9})

    data = export(organ, 2025)

    assert list(data) == ["format", "organ", "year", "tables"]
    assert (data["format"], data["organ"], data["year"]) == ("2021", organ.code, 2025)
    assert list(data["tables"]) == ["二", "三", "四"]
    three = data["tables"]["三"]
    assert set(three) == {"title", "header_rows", "columns", "rows"}
    assert three["columns"] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    assert three["header_rows"][1][1] == {"label": "法人或其他组织", "colspan": 5, "rowspan": 1}
    assert three["rows"][0] == {
        "label": "一、本年新收政府信息公开申请数量", "path": ["一、本年新收政府信息公开申请数量"], "values": [0, 1, 0, 0, 0, 0, 1]
    }
    secret = next(row for row in three["rows"] if row["label"] == "1．属于国家秘密")
    assert secret["path"] == ["三、本年度办理结果", "（三）不予公开", "1．属于国家秘密"]
    assert len(three["rows"]) == 25
    licensing = next(row for row in data["tables"]["二"]["rows"] if row["label"] == "行政许可")
    assert licensing["values"] == [None, None, None, 9, None]
    assert len(data["tables"]["四"]["columns"]) == 15


def test_export_of_an_unknown_organ_says_so(db):
    with pytest.raises(CommandError, match="没有机构代码为XXXXXXXXX的公开主体"):
        call_command("annual_report", "export", "--organ", "XXXXXXXXX", "--year", "2025")


def test_check_passes_when_every_report_passes(organ, make_case):
    make_case(D(2025, 4, 3))
    out = io.StringIO()

    call_command("annual_report", "check", "--year", "2025", stdout=out)

    assert "方山县人民政府办公室" in out.getvalue()


def test_check_fails_naming_each_failing_cell(organ, make_case, make_report):
    case = make_case(D(2025, 12, 20))
    last_year = make_report(2025)
    FreezeReport(last_year).execute()
    last_year.save()
    type(case).objects.filter(pk=case.pk).update(status=Status.CLOSED, outcome="public", closed_on=D(2025, 12, 30))
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command("annual_report", "check", "--year", "2026", stderr=err)

    assert "方山县人民政府办公室（111411994056312813）：表三，“（七）总计”行，“自然人”列：第一项加第二项之和为1，但第三项加第四项之和为0" in err.getvalue()


def test_a_2019_format_report_exports_in_its_own_format_and_passes_its_checks(organ, make_case, make_report):
    make_case(D(2025, 4, 3))
    report = make_report(2025, format_version="2019", entered_figures={"purchase_amount": 3.5})

    data = export(organ, 2025)

    assert data["format"] == "2019"
    assert data["tables"]["二"]["columns"][:3] == ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
    assert data["tables"]["三"]["rows"][-3]["path"] == ["三、本年度办理结果", "（六）其他处理"]
    assert report.failures() == []
