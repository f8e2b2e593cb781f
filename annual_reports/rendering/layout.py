"""The official layout of one table as a grid: header cells with their spans, the row labels
merged down the label columns (a heading such as （三）不予公开 spans the rows under it), and for
every value cell the header cells it belongs to. Every output format draws this one grid.

A table (see annual_reports.export.report_data) has `header_rows` over its value columns,
`columns` (the leaf column labels) and `rows`, each with a `path` of labels from the outermost
heading to its own label. When the header rows cover only the value columns, a corner cell over
the label columns is added; when they are wider, their first cells are the label columns' heading.
"""
from dataclasses import dataclass, field

from .text import printable


@dataclass
class Cell:
    label: str
    row: int  # grid position: header rows first, then body rows
    column: int  # 0 is the first label column
    rowspan: int = 1
    colspan: int = 1
    is_header: bool = True
    scope: str = "col"
    ident: str = ""
    headers: list = field(default_factory=list)


@dataclass
class Grid:
    title: str
    depth: int  # label columns
    width: int  # label columns + value columns
    header: list  # rows of Cells
    body: list  # rows of Cells, label cells then value cells

    @property
    def header_height(self):
        return len(self.header)

    def cells(self):
        for row in self.header + self.body:
            yield from row


def row_path(row):
    return list(row.get("path") or ([row["label"]] if row.get("label") else []))


def label_depth(table):
    return max((len(row_path(row)) for row in table["rows"]), default=0)


def header_cells(table, depth, prefix):
    """The header rows placed on the grid, the corner cell added where the rows leave it out."""
    rows = [list(cells) for cells in table["header_rows"]] or [[{"label": c} for c in table["columns"]]]
    width = depth + len(table["columns"])
    if depth and sum(c.get("colspan", 1) for c in rows[0]) < width:
        rows[0].insert(0, {"label": table.get("corner", ""), "colspan": depth, "rowspan": len(rows)})
    taken, placed = set(), []
    for r, cells in enumerate(rows):
        line, column = [], 0
        for spec in cells:
            while (r, column) in taken:
                column += 1
            cell = Cell(
                printable(spec.get("label", "")), r, column, int(spec.get("rowspan", 1)), int(spec.get("colspan", 1))
            )
            cell.scope = "colgroup" if cell.colspan > 1 and cell.column >= depth else "col"
            cell.is_header = bool(cell.label)  # an empty corner is no heading
            cell.ident = f"{prefix}-h{r}-{column}"
            taken.update((r + i, column + j) for i in range(cell.rowspan) for j in range(cell.colspan))
            line.append(cell)
            column += cell.colspan
        placed.append(line)
    return placed


def label_cells(rows, depth, top, prefix):
    """Row header cells: a heading shared by consecutive rows is one cell spanning them; a
    row's own label spans the label columns its path leaves free."""
    placed = []
    paths = [row_path(row) for row in rows]
    for index, path in enumerate(paths):
        line = []
        for level, label in enumerate(path):
            leaf = level == len(path) - 1
            if not leaf and index and shares_heading(paths[index - 1], path, level):
                continue
            span = 1
            while not leaf and index + span < len(paths) and shares_heading(paths[index + span], path, level):
                span += 1
            cell = Cell(printable(label), top + index, level, rowspan=span, colspan=depth - level if leaf else 1, scope="row")
            cell.ident = f"{prefix}-r{index}-{level}"
            line.append(cell)
        placed.append(line)
    return placed


def shares_heading(other, path, level):
    return len(other) > level + 1 and other[: level + 1] == path[: level + 1]


def grid(table, prefix="t"):
    """The table of `table` as a Grid; `prefix` keeps cell ids unique on a page of several tables."""
    depth = label_depth(table)
    header = header_cells(table, depth, prefix)
    rows = table["rows"]
    labels = label_cells(rows, depth, len(header), prefix)
    column_headers = {}
    for cell in (cell for line in header for cell in line if cell.column + cell.colspan > depth):
        for column in range(max(cell.column, depth), cell.column + cell.colspan):
            column_headers.setdefault(column, []).append(cell.ident)
    covering = []  # label cells still spanning down, for the rows below their first
    body = []
    for index, row in enumerate(rows):
        covering = [c for c in covering if c.row + c.rowspan > len(header) + index] + labels[index]
        line = list(labels[index])
        for offset, value in enumerate(row["values"]):
            column = depth + offset
            cell = Cell(value, len(header) + index, column, is_header=False, scope="")
            cell.headers = column_headers.get(column, []) + [c.ident for c in covering]
            line.append(cell)
        body.append(line)
    return Grid(printable(table["title"]), depth, depth + len(table["columns"]), header, body)
