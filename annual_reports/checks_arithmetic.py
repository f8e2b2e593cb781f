"""The arithmetic a report must pass before it is submitted, as its format states it: per column
一 + 二 = 三总计 + 四; every row's 总计 is the sum of its columns; 三总计 is the sum of the result
rows; this year's 二 equals last year's 四; entered figures are non-negative numbers.

Each failure names its cell — table, row label and column label, as the format prints them.
"""
from dataclasses import dataclass
from numbers import Number

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Failure:
    table: str
    row: str
    column: str
    problem: str

    def __str__(self):
        return _("Table %(table)s, row “%(row)s”, column “%(column)s”: %(problem)s") % {
            "table": self.table,
            "row": self.row,
            "column": self.column,
            "problem": self.problem,
        }


class Labels:
    def __init__(self, spec):
        self.tables = {table["key"]: table for table in spec["tables"]}

    def row(self, table, key):
        return next(row["label"] for row in self.tables[table]["rows"] if row["key"] == key)

    def column(self, table, key):
        column = next(column for column in self.tables[table]["columns"] if column["key"] == key)
        return column.get("name", column["label"])

    def columns(self, table):
        return [column["key"] for column in self.tables[table]["columns"]]


def value(figures, table, row, column):
    return figures[table].get(row, {}).get(column, 0)


def row_total(check, figures, labels, context):
    table = check["table"]
    for row, cells in figures[table].items():
        if check["total"] not in cells:
            continue
        expected = sum(cells.get(part, 0) for part in check["parts"])
        if cells[check["total"]] != expected:
            yield Failure(
                table, labels.row(table, row), labels.column(table, check["total"]),
                _("the total is %(total)s but its columns sum to %(sum)s") % {"total": cells[check["total"]], "sum": expected},
            )


def column_total(check, figures, labels, context):
    table = check["table"]
    for column in labels.columns(table):
        expected = sum(value(figures, table, row, column) for row in check["parts"])
        total = value(figures, table, check["total"], column)
        if total != expected:
            yield Failure(
                table, labels.row(table, check["total"]), labels.column(table, column),
                _("the total is %(total)s but the result rows sum to %(sum)s") % {"total": total, "sum": expected},
            )


def column_equation(check, figures, labels, context):
    table = check["table"]
    for column in labels.columns(table):
        left = sum(value(figures, table, row, column) for row in check["left"])
        right = sum(value(figures, table, row, column) for row in check["right"])
        if left != right:
            yield Failure(
                table, labels.row(table, check["right"][0]), labels.column(table, column),
                _("items 1 and 2 sum to %(left)s but items 3 and 4 sum to %(right)s") % {"left": left, "right": right},
            )


def carried_over(check, figures, labels, context):
    table, previous = check["table"], context.get("previous_carried_forward")
    if previous is None:
        return
    for column in labels.columns(table):
        this_year = value(figures, table, check["row"], column)
        if this_year != previous.get(column, 0):
            yield Failure(
                table, labels.row(table, check["row"]), labels.column(table, column),
                _("%(this)s, but last year's report carried %(last)s into this year") % {
                    "this": this_year, "last": previous.get(column, 0)
                },
            )


def non_negative_entered(check, figures, labels, context):
    for table in labels.tables.values():
        for row in table["rows"]:
            for column, source in row.get("cells", {}).items():
                if not source.startswith("entered:"):
                    continue
                figure = value(figures, table["key"], row["key"], column)
                if isinstance(figure, bool) or not isinstance(figure, Number) or figure < 0:
                    yield Failure(
                        table["key"], row["label"], labels.column(table["key"], column),
                        _("enter a number of zero or more (got %(value)s)") % {"value": figure},
                    )


CHECKS = {
    "row_total": row_total,
    "column_total": column_total,
    "column_equation": column_equation,
    "carried_over": carried_over,
    "non_negative_entered": non_negative_entered,
}


def check_figures(spec, figures, previous_carried_forward=None):
    """Every failure of `figures` against the checks of `spec`, in the format's order."""
    labels = Labels(spec)
    context = {"previous_carried_forward": previous_carried_forward}
    return [failure for check in spec["checks"] for failure in CHECKS[check["kind"]](check, figures, labels, context)]
