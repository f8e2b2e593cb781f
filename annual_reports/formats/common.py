"""Parts the 2019 and 2021 formats share: table 三's header and columns, and table 四."""

APPLICANT_COLUMNS = [
    {"key": "natural_person", "label": "自然人"},
    {"key": "commercial", "label": "商业企业"},
    {"key": "research", "label": "科研机构"},
    {"key": "public_interest", "label": "社会公益组织"},
    {"key": "legal_services", "label": "法律服务机构"},
    {"key": "other", "label": "其他"},
    {"key": "total", "label": "总计"},
]
APPLICANT_PARTS = [column["key"] for column in APPLICANT_COLUMNS[:-1]]


def cell(label, colspan=1, rowspan=1):
    return {"label": label, "colspan": colspan, "rowspan": rowspan}


TABLE_THREE_HEADER = [
    [cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3), cell("申请人情况", colspan=7)],
    [cell("自然人", rowspan=2), cell("法人或其他组织", colspan=5), cell("总计", rowspan=2)],
    [cell(column["label"]) for column in APPLICANT_COLUMNS[1:-1]],
]

RESULTS = "三、本年度办理结果"


def result_row(key, group, label=None, counts=None):
    path = [RESULTS, group] + ([label] if label else [])
    return {"key": key, "label": path[-1], "path": path, "counts": counts or [key]}


def new_and_carried_rows():
    return [
        {"key": "new", "label": "一、本年新收政府信息公开申请数量", "path": ["一、本年新收政府信息公开申请数量"], "counts": ["new"]},
        {
            "key": "carried_over",
            "label": "二、上年结转政府信息公开申请数量",
            "path": ["二、上年结转政府信息公开申请数量"],
            "counts": ["carried_over"],
        },
    ]


WITHHELD = "（三）不予公开"
UNABLE = "（四）无法提供"
NOT_PROCESSED = "（五）不予处理"
WITHHELD_ROWS = [
    ("withheld_state_secret", "1．属于国家秘密"),
    ("withheld_law", "2．其他法律行政法规禁止公开"),
    ("withheld_security", "3．危及“三安全一稳定”"),
    ("withheld_third_party", "4．保护第三方合法权益"),
    ("withheld_internal", "5．属于三类内部事务信息"),
    ("withheld_process", "6．属于四类过程性信息"),
    ("withheld_enforcement", "7．属于行政执法案卷"),
    ("withheld_query", "8．属于行政查询事项"),
]
UNABLE_ROWS = [
    ("unable_not_held", "1．本机关不掌握相关政府信息"),
    ("unable_needs_creation", "2．没有现成信息需要另行制作"),
    ("unable_still_unclear", "3．补正后申请内容仍不明确"),
]
NOT_PROCESSED_ROWS = [
    ("not_processed_petition", "1．信访举报投诉类申请"),
    ("not_processed_repeated", "2．重复申请"),
    ("not_processed_publication", "3．要求提供公开出版物"),
    ("not_processed_excessive", "4．无正当理由大量反复申请"),
    ("not_processed_confirmation", "5．要求行政机关确认或重新出具已获取信息"),
]


def leading_result_rows():
    """（一）予以公开 to （五）不予处理, the same in both formats."""
    return [
        result_row("public", "（一）予以公开"),
        result_row("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        *[result_row(key, WITHHELD, label) for key, label in WITHHELD_ROWS],
        *[result_row(key, UNABLE, label) for key, label in UNABLE_ROWS],
        *[result_row(key, NOT_PROCESSED, label) for key, label in NOT_PROCESSED_ROWS],
    ]


def closing_rows():
    return [
        {"key": "results_total", "label": "（七）总计", "path": [RESULTS, "（七）总计"], "counts": ["results_total"]},
        {"key": "carried_forward", "label": "四、结转下年度继续办理", "path": ["四、结转下年度继续办理"], "counts": ["carried_forward"]},
    ]


APPEAL_KINDS = [
    ("reconsideration", "行政复议", None),
    ("litigation_direct", "行政诉讼", "未经复议直接起诉"),
    ("litigation_after", "行政诉讼", "复议后起诉"),
]
APPEAL_RESULTS = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"), ("total", "总计")]


def table_four():
    # `name` tells the three 总计 (and 结果维持 …) columns apart where a check names its cell.
    columns = [
        {"key": f"{kind}:{result}", "label": label, "name": f"{group}（{sub}）{label}" if sub else f"{group}{label}"}
        for kind, group, sub in APPEAL_KINDS
        for result, label in APPEAL_RESULTS
    ]
    return {
        "key": "四",
        "title": "四、政府信息公开行政复议、行政诉讼情况",
        "header_rows": [
            [cell("行政复议", colspan=5, rowspan=2), cell("行政诉讼", colspan=10)],
            [cell("未经复议直接起诉", colspan=5), cell("复议后起诉", colspan=5)],
            [cell(label) for _kind in APPEAL_KINDS for _result, label in APPEAL_RESULTS],
        ],
        "columns": columns,
        "rows": [{"key": "appeals", "label": "件数", "path": ["件数"], "appeals": [column["key"] for column in columns]}],
    }


def row_total_checks():
    """Each row's 总计 is the sum of its columns (table 三), and each appeal kind's 总计 the sum of
    its results (table 四)."""
    return [
        {"kind": "row_total", "table": "三", "total": "total", "parts": APPLICANT_PARTS},
        *[
            {
                "kind": "row_total",
                "table": "四",
                "total": f"{kind}:total",
                "parts": [f"{kind}:{result}" for result, _label in APPEAL_RESULTS[:-1]],
            }
            for kind, _group, _sub in APPEAL_KINDS
        ],
    ]


def table_three_checks(result_rows):
    return [
        {"kind": "column_equation", "table": "三", "left": ["new", "carried_over"], "right": ["results_total", "carried_forward"]},
        {"kind": "column_total", "table": "三", "total": "results_total", "parts": result_rows},
        {"kind": "carried_over", "table": "三", "row": "carried_over", "previous_row": "carried_forward"},
        {"kind": "non_negative_entered"},
    ]


SECTIONS = [
    {"number": "一", "title": "总体情况", "text": "overview"},
    {"number": "二", "title": "主动公开政府信息情况", "table": "二"},
    {"number": "三", "title": "收到和处理政府信息公开申请情况", "table": "三"},
    {"number": "四", "title": "政府信息公开行政复议、行政诉讼情况", "table": "四"},
    {"number": "五", "title": "存在的主要问题及改进情况", "text": "problems"},
    {"number": "六", "title": "其他需要报告的事项", "text": "other_matters"},
]


def report_format(version, name, table_two, result_rows, decimal_places):
    """A format of the six sections and three tables: the versions differ in table 二 and in the
    result rows of table 三."""
    return {
        "version": version,
        "name": name,
        "sections": SECTIONS,
        "tables": [
            table_two,
            {
                "key": "三",
                "title": "三、收到和处理政府信息公开申请情况",
                "header_rows": TABLE_THREE_HEADER,
                "columns": APPLICANT_COLUMNS,
                "rows": new_and_carried_rows() + result_rows + closing_rows(),
            },
            table_four(),
        ],
        "decimal_places": decimal_places,
        "checks": row_total_checks() + table_three_checks([row["key"] for row in result_rows]),
    }
