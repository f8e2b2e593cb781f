"""The format's checks: each failure names its cell (table, row label, column label) in Chinese."""
import copy

import pytest
from django.utils import translation

from gongkai.annual_reports.checks_arithmetic import check_figures
from gongkai.annual_reports.formats import get_format

SPEC = get_format("2021")
COLUMNS = [column["key"] for column in SPEC["tables"][1]["columns"]]


def zero_figures(spec=SPEC):
    figures = {}
    for table in spec["tables"]:
        keys = [column["key"] for column in table["columns"]]
        figures[table["key"]] = {
            row["key"]: {key: 0 for key in (row.get("cells") or dict.fromkeys(row.get("appeals") or keys))}
            for row in table["rows"]
        }
    return figures


def messages(figures, previous=None):
    with translation.override("zh-hans"):
        return [str(failure) for failure in check_figures(SPEC, figures, previous)]


def test_zero_figures_pass_every_check():
    assert messages(zero_figures()) == []


def test_a_row_total_that_is_not_the_sum_of_its_columns_names_the_total_cell():
    figures = zero_figures()
    figures["三"]["new"]["natural_person"] = 2
    figures["三"]["new"]["total"] = 3
    figures["三"]["carried_forward"].update(natural_person=2, total=3)
    assert "表三，“一、本年新收政府信息公开申请数量”行，“总计”列：总计为3，但各列之和为2" in messages(figures)


def test_results_total_not_the_sum_of_the_result_rows_names_the_results_total_cell():
    figures = zero_figures()
    figures["三"]["public"].update(commercial=1, total=1)
    figures["三"]["new"].update(commercial=1, total=1)
    assert "表三，“（七）总计”行，“商业企业”列：总计为0，但各办理结果之和为1" in messages(figures)


def test_received_plus_carried_over_not_matching_results_plus_carried_forward_names_the_column():
    figures = zero_figures()
    figures["三"]["new"].update(research=1, total=1)
    assert messages(figures) == [
        "表三，“（七）总计”行，“科研机构”列：第一项加第二项之和为1，但第三项加第四项之和为0",
        "表三，“（七）总计”行，“总计”列：第一项加第二项之和为1，但第三项加第四项之和为0",
    ]


def test_carried_over_differing_from_last_years_carried_forward_names_the_cell():
    figures = zero_figures()
    previous = {"legal_services": 2, "total": 2}
    assert "表三，“二、上年结转政府信息公开申请数量”行，“法律服务机构”列：本表为0，但上年报告结转到本年的为2" in messages(figures, previous)


def test_a_negative_or_non_numeric_entered_figure_names_its_cell():
    figures = zero_figures()
    figures["二"]["licensing"]["decisions"] = -1
    figures["二"]["fees"]["amount"] = "十"
    assert messages(figures) == [
        "表二，“行政许可”行，“本年处理决定数量”列：请填写不小于0的数字（填写的是-1）",
        "表二，“行政事业性收费”行，“本年收费金额（单位：万元）”列：请填写不小于0的数字（填写的是十）",
    ]


def test_an_appeal_kinds_total_not_the_sum_of_its_results_names_the_cell():
    figures = zero_figures()
    figures["四"]["appeals"]["litigation_after:upheld"] = 1
    assert messages(figures) == ["表四，“件数”行，“行政诉讼（复议后起诉）总计”列：总计为0，但各列之和为1"]


@pytest.mark.parametrize("version", ["2021", "2019"])
def test_each_format_passes_its_checks_on_zero_figures(version):
    spec = get_format(version)
    assert check_figures(spec, zero_figures(spec)) == []


def test_the_2019_format_keeps_a_single_other_handling_row_and_its_own_table_two():
    spec = get_format("2019")
    three = next(table for table in spec["tables"] if table["key"] == "三")
    labels = [row["label"] for row in three["rows"]]
    assert "（六）其他处理" in labels and "3．其他" not in labels
    two = spec["tables"][0]
    assert [column["label"] for column in two["columns"]][:3] == ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
    assert copy.deepcopy(spec) == spec
