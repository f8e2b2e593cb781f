"""The 2021 national format (国办公开办函〔2021〕30号), the default."""
from .common import (
    cell,
    leading_result_rows,
    report_format,
    result_row,
)

OTHER = "（六）其他处理"

TABLE_TWO_COLUMNS = [
    {"key": "issued", "label": "本年制发件数"},
    {"key": "repealed", "label": "本年废止件数"},
    {"key": "in_force", "label": "现行有效件数"},
    {"key": "decisions", "label": "本年处理决定数量"},
    {"key": "amount", "label": "本年收费金额（单位：万元）"},
]


def table_two():
    item_1, item_5, item_6, item_8 = "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"
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
                    "issued": "entered:regulations_issued",
                    "repealed": "entered:regulations_repealed",
                    "in_force": "entered:regulations_in_force",
                },
            },
            {
                "key": "normative",
                "label": "行政规范性文件",
                "path": [item_1, "行政规范性文件"],
                "cells": {
                    "issued": "computed:normative_issued",
                    "repealed": "computed:normative_repealed",
                    "in_force": "computed:normative_in_force",
                },
            },
            {"key": "licensing", "label": "行政许可", "path": [item_5, "行政许可"], "cells": {"decisions": "entered:licensing_decisions"}},
            {"key": "penalty", "label": "行政处罚", "path": [item_6, "行政处罚"], "cells": {"decisions": "entered:penalty_decisions"}},
            {"key": "coercion", "label": "行政强制", "path": [item_6, "行政强制"], "cells": {"decisions": "entered:coercion_decisions"}},
            {"key": "fees", "label": "行政事业性收费", "path": [item_8, "行政事业性收费"], "cells": {"amount": "entered:fees_amount"}},
        ],
    }


OTHER_ROWS = [
    ("other_no_correction", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_unpaid", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other", "3．其他"),
]
RESULT_ROWS = leading_result_rows() + [result_row(key, OTHER, label) for key, label in OTHER_ROWS]

FORMAT = report_format("2021", "2021年版（国办公开办函〔2021〕30号）", table_two(), RESULT_ROWS, {"fees_amount": 4})
