"""A report's tables as data: what `manage.py annual_report export` prints and what the
renderers (HTML, .xlsx, .docx, PDF) consume.

    report_data(report) -> {
        "format": "2021",            # the report's format version
        "organ": "<organ code>",
        "year": 2025,
        "tables": {                  # in the format's table order: "二", "三", "四"
            "三": {
                "title": str,
                "header_rows": [[{"label": str, "colspan": int, "rowspan": int}, ...], ...],
                                     # the official multi-row header, row by row; its first cell
                                     # spans the row-label columns where the table has them
                                     # (二: 2 for 第二十条第（…）项 and the item, 三: 3); table 四
                                     # has no row-label column in print (its one row is "件数")
                "columns": [str, ...],   # the leaf column labels, left to right
                "rows": [
                    {"label": str,       # the row's own label
                     "path": [str, ...], # its label hierarchy, e.g. ["三、本年度办理结果",
                                         #   "（三）不予公开", "1．属于国家秘密"]
                     "values": [number | None, ...]},  # one per column; None where the format
                                                       # has no such cell (table 二 only)
                    ...
                ],
            },
            ...
        },
    }

The values are the frozen figures once the report is frozen, else the live ones.
"""


def table_data(table, figures):
    columns = [column["key"] for column in table["columns"]]
    return {
        "title": table["title"],
        "header_rows": table["header_rows"],
        "columns": [column["label"] for column in table["columns"]],
        "rows": [
            {
                "label": row["label"],
                "path": list(row["path"]),
                "values": [figures.get(row["key"], {}).get(column) for column in columns],
            }
            for row in table["rows"]
        ],
    }


def report_data(report):
    spec, figures = report.spec, report.figures()
    return {
        "format": spec["version"],
        "organ": report.organ.code,
        "year": report.year,
        "tables": {table["key"]: table_data(table, figures[table["key"]]) for table in spec["tables"]},
    }
