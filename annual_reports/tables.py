"""The figures of a report: every cell of its format's tables, computed from the platform's
records (the catalogue's normative documents, the request cases and their appeals) or taken from
the figures the office entered.

Figures are a dict {table key: {row key: {column key: number}}}; a cell the format does not have
is absent. 上年结转 is last year's frozen 结转下年 when last year's report was frozen, else computed.
"""
from gongkai.disclosure_column.normative import MEASURES, normative_counts
from gongkai.disclosure_requests.statistics import table_four, table_three

TABLE_THREE_ROWS = ("new", "carried_over", "results_total", "carried_forward")


def computed_cells(organ, year):
    counts = normative_counts(organ, year)
    return {f"normative_{measure}": getattr(counts, measure) for measure in MEASURES}


def table_two_figures(table, computed, entered):
    figures = {}
    for row in table["rows"]:
        values = {}
        for column, source in row["cells"].items():
            origin, name = source.split(":", 1)
            values[column] = computed[name] if origin == "computed" else entered.get(name, 0)
        figures[row["key"]] = values
    return figures


def three_count(three, name, column):
    if name in TABLE_THREE_ROWS:
        return getattr(three, name)[column]
    return three.outcomes[name][column]


def table_three_figures(table, three, carried_over=None):
    columns = [column["key"] for column in table["columns"]]
    figures = {
        row["key"]: {column: sum(three_count(three, name, column) for name in row["counts"]) for column in columns}
        for row in table["rows"]
    }
    if carried_over is not None:
        figures["carried_over"] = {column: carried_over.get(column, 0) for column in columns}
    return figures


def table_four_figures(table, four):
    row = table["rows"][0]
    values = {}
    for column in row["appeals"]:
        kind, result = column.split(":")
        values[column] = four[kind][result]
    return {row["key"]: values}


def compute_figures(spec, organ, year, entered, carried_over=None):
    """Every cell of `spec`'s tables for `organ` in `year`. `carried_over` replaces the computed
    上年结转 row (last year's frozen 结转下年)."""
    builders = {
        "二": lambda table: table_two_figures(table, computed_cells(organ, year), entered),
        "三": lambda table: table_three_figures(table, table_three(organ, year), carried_over),
        "四": lambda table: table_four_figures(table, table_four(organ, year)),
    }
    return {table["key"]: builders[table["key"]](table) for table in spec["tables"]}


def previous_carried_forward(organ, year):
    """Last year's 结转下年 per applicant column, computed from the cases."""
    three = table_three(organ, year - 1)
    return dict(three.carried_forward)
