"""A report's tables as annual_reports.export.report_data returns them, written out by hand in
the 2021 national format (国办公开办函〔2021〕30号), for the rendering tests."""


def cell(label, colspan=1, rowspan=1):
    return {"label": label, "colspan": colspan, "rowspan": rowspan}


RESULTS = "三、本年度办理结果"
WITHHELD = "（三）不予公开"
UNABLE = "（四）无法提供"
NOT_PROCESSED = "（五）不予处理"
OTHER = "（六）其他处理"

TABLE_THREE_PATHS = [
    ["一、本年新收政府信息公开申请数量"],
    ["二、上年结转政府信息公开申请数量"],
    [RESULTS, "（一）予以公开"],
    [RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    [RESULTS, WITHHELD, "1．属于国家秘密"],
    [RESULTS, WITHHELD, "2．其他法律行政法规禁止公开"],
    [RESULTS, WITHHELD, "3．危及“三安全一稳定”"],
    [RESULTS, WITHHELD, "4．保护第三方合法权益"],
    [RESULTS, WITHHELD, "5．属于三类内部事务信息"],
    [RESULTS, WITHHELD, "6．属于四类过程性信息"],
    [RESULTS, WITHHELD, "7．属于行政执法案卷"],
    [RESULTS, WITHHELD, "8．属于行政查询事项"],
    [RESULTS, UNABLE, "1．本机关不掌握相关政府信息"],
    [RESULTS, UNABLE, "2．没有现成信息需要另行制作"],
    [RESULTS, UNABLE, "3．补正后申请内容仍不明确"],
    [RESULTS, NOT_PROCESSED, "1．信访举报投诉类申请"],
    [RESULTS, NOT_PROCESSED, "2．重复申请"],
    [RESULTS, NOT_PROCESSED, "3．要求提供公开出版物"],
    [RESULTS, NOT_PROCESSED, "4．无正当理由大量反复申请"],
    [RESULTS, NOT_PROCESSED, "5．要求行政机关确认或重新出具已获取信息"],
    [RESULTS, OTHER, "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    [RESULTS, OTHER, "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    [RESULTS, OTHER, "3．其他"],
    [RESULTS, "（七）总计"],
    ["四、结转下年度继续办理"],
]
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
APPEAL_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def table_two():
    columns = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）"]
    rows = [
        (["第二十条第（一）项", "规章"], [0, 0, 3, None, None]),
        (["第二十条第（一）项", "行政规范性文件"], [12, 2, 47, None, None]),
        (["第二十条第（五）项", "行政许可"], [None, None, None, 1532, None]),
        (["第二十条第（六）项", "行政处罚"], [None, None, None, 86, None]),
        (["第二十条第（六）项", "行政强制"], [None, None, None, 4, None]),
        (["第二十条第（八）项", "行政事业性收费"], [None, None, None, None, 12.35]),
    ]
    return {
        "title": "二、主动公开政府信息情况",
        "header_rows": [
            [cell("第二十条第（一）项", colspan=3), cell("第二十条第（五）、（六）项"), cell("第二十条第（八）项")],
            [cell(label) for label in columns],
        ],
        "columns": columns,
        "rows": [{"label": path[-1], "path": path, "values": values} for path, values in rows],
    }


def table_three():
    rows = []
    for number, path in enumerate(TABLE_THREE_PATHS):
        values = [number % 4, number % 3, 0, 1 if number == 2 else 0, 0, number % 2, 0]
        values[-1] = sum(values[:-1])
        rows.append({"label": path[-1], "path": path, "values": values})
    return {
        "title": "三、收到和处理政府信息公开申请情况",
        "header_rows": [
            [cell("自然人", rowspan=2), cell("法人或其他组织", colspan=5), cell("总计", rowspan=2)],
            [cell(label) for label in APPLICANTS[1:6]],
        ],
        "columns": APPLICANTS,
        "rows": rows,
    }


def table_four():
    return {
        "title": "四、政府信息公开行政复议、行政诉讼情况",
        "header_rows": [
            [cell("行政复议", colspan=5), cell("行政诉讼", colspan=10)],
            [*(cell(label, rowspan=2) for label in APPEAL_RESULTS), cell("未经复议直接起诉", colspan=5), cell("复议后起诉", colspan=5)],
            [cell(label) for label in APPEAL_RESULTS * 2],
        ],
        "columns": APPEAL_RESULTS * 3,
        "rows": [{"label": "件数", "path": ["件数"], "values": [2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1]}],
    }


def report_data(**changes):
    """A 2021-format report of 方山县人民政府办公室 for 2025; `changes` replace top-level keys."""
    data = {
        "format": "2021",
        "organ": "11141028MB1Y00001X",
        "year": 2025,
        "tables": {"二": table_two(), "三": table_three(), "四": table_four()},
    }
    data.update(changes)
    return data
