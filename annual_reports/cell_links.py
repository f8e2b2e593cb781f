"""Where each computed cell of a report leads in the admin: the list of what it counts (table 二's
normative documents, normative_cells; tables 三 and 四, the requests inbox filtered by
disclosure_requests.table_cells)."""
from urllib.parse import urlencode

from django.urls import reverse


def cell_url(report, row, kind):
    query = {"organ": report.organ_id, "year": report.year, "row": row, "kind": kind}
    return f"{reverse('disclosure_requests:inbox')}?{urlencode(query)}"


def normative_url(report, source):
    """A table 二 cell computed as `computed:normative_<measure>` leads to its documents."""
    origin, name = source.split(":", 1)
    if origin != "computed" or not name.startswith("normative_"):
        return None
    measure = name.removeprefix("normative_")
    return reverse("annual_reports:normative_cell", args=(report.organ_id, report.year, measure))


def row_links(report, table, row):
    if "cells" in row:
        return {column: normative_url(report, source) for column, source in row["cells"].items()}
    columns = [column["key"] for column in table["columns"]]
    if "counts" in row:
        return {column: cell_url(report, ",".join(row["counts"]), column) for column in columns}
    if "appeals" in row:
        return {column: cell_url(report, f"appeal:{column}", "total") for column in columns}
    return {}


def figure_tables(report):
    """The report's tables for the admin: each cell's value and, when computed, its link."""
    figures = report.figures()
    tables = []
    for table in report.spec["tables"]:
        columns = [column["key"] for column in table["columns"]]
        rows = []
        for row in table["rows"]:
            links = row_links(report, table, row)
            values = figures[table["key"]].get(row["key"], {})
            rows.append({"label": row["label"], "cells": [(values.get(column), links.get(column)) for column in columns]})
        tables.append({"title": table["title"], "columns": [column["label"] for column in table["columns"]], "rows": rows})
    return tables
