"""The 2019 trial format, kept so reports made with it render as published. Table 二 counts what
was made and published (本年新制作 / 本年新公开 / 对外公开总数量) and project numbers; table 三 has a
single （六）其他处理 row."""
from .common import (
    cell,
    leading_result_rows,
    report_format,
    result_row,
)

TABLE_TWO_COLUMNS = [
    {"key": "made", "label": "本年新制作数量"},
    {"key": "published", "label": "本年新公开数量"},
    {"key": "public_total", "label": "对外公开总数量"},
    {"key": "previous_items", "label": "上一年项目数量"},
    {"key": "change", "label": "本年增/减"},
    {"key": "decisions", "label": "处理决定数量"},
    {"key": "purchases", "label": "采购项目数量"},
    {"key": "purchase_amount", "label": "采购总金额"},
]


def projects(key, label, item, decisions=True):
    cells = {"previous_items": f"entered:{key}_previous", "change": f"entered:{key}_change"}
    if decisions:
        cells["decisions"] = f"entered:{key}_decisions"
    return {"key": key, "label": label, "path": [item, label], "cells": cells}


def table_two():
    item_1, item_5, item_6 = "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项"
    return {
        "key": "二",
        "title": "二、主动公开政府信息情况",
        "header_rows": [[cell("信息内容", colspan=2)] + [cell(column["label"]) for column in TABLE_TWO_COLUMNS]],
        "columns": TABLE_TWO_COLUMNS,
        "rows": [
            {
                "key": "regulations",
                "label": "规章",
                "path": [item_1, "规章"],
                "cells": {
                    "made": "entered:regulations_made",
                    "published": "entered:regulations_published",
                    "public_total": "entered:regulations_public_total",
                },
            },
            {
                "key": "normative",
                "label": "规范性文件",
                "path": [item_1, "规范性文件"],
                "cells": {
                    "made": "computed:normative_issued",
                    "published": "computed:normative_issued",
                    "public_total": "computed:normative_in_force",
                },
            },
            projects("licensing", "行政许可", item_5),
            projects("other_services", "其他对外管理服务事项", item_5),
            projects("penalty", "行政处罚", item_6),
            projects("coercion", "行政强制", item_6),
            projects("fees", "行政事业性收费", "第二十条第（八）项", decisions=False),
            {
                "key": "purchasing",
                "label": "政府集中采购",
                "path": ["第二十条第（九）项", "政府集中采购"],
                "cells": {"purchases": "entered:purchases", "purchase_amount": "entered:purchase_amount"},
            },
        ],
    }


OTHER_OUTCOMES = ["other_no_correction", "other_unpaid", "other"]
RESULT_ROWS = leading_result_rows() + [result_row("other_handled", "（六）其他处理", counts=OTHER_OUTCOMES)]

FORMAT = report_format("2019", "2019年试行版", table_two(), RESULT_ROWS, {"purchase_amount": 4})
