"""The report's tables as PDF, ruled, on landscape A4, drawn with the project's PDF writer
(disclosure_requests.documents.pdf_writer: the standard STSong-Light font, its text widths and
line breaking). A table longer than a page goes on over the next, its header repeated and the
headings of the rows it continues named again."""
from gongkai.disclosure_requests.documents.pdf_writer import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TITLE_SIZE,
    char_width,
    pages_to_pdf,
    show_text,
    wrap,
)

from .figures import display_number
from .layout import grid
from .text import printable

WIDTH, HEIGHT = PAGE_HEIGHT, PAGE_WIDTH  # landscape
MARGIN = 36
SIZE, CAPTION_SIZE = 8, 11
LINE = SIZE * 1.4
PADDING = 3
FIGURE_WIDTH = 46
OUTER_LABEL_WIDTH = 86


def column_widths(layout):
    """Figures get a fixed width; outer heading columns a narrow one; the row's own label the rest.
    A table without row labels (the official table 四) spreads its figures over the page."""
    figures, page = layout.width - layout.depth, WIDTH - 2 * MARGIN
    if not layout.depth:
        return [page / max(figures, 1)] * figures
    figure_width = min(FIGURE_WIDTH, page * 0.7 / max(figures, 1))
    labels = page - figures * figure_width
    outer = [min(OUTER_LABEL_WIDTH, labels / (2 * layout.depth))] * (layout.depth - 1)
    return outer + [labels - sum(outer)] + [figure_width] * figures


def cell_text(cell, layout):
    return cell.label if cell.is_header or cell.row < layout.header_height else display_number(cell.label)


def row_heights(layout, widths):
    """Each grid row tall enough for its cells; a spanning cell's lines stretch the last row it spans."""
    heights = [LINE + 2 * PADDING] * (layout.header_height + len(layout.body))
    cells = sorted(layout.cells(), key=lambda cell: cell.rowspan)
    for cell in cells:
        width = sum(widths[cell.column : cell.column + cell.colspan]) - 2 * PADDING
        needed = len(wrap(cell_text(cell, layout), SIZE, width)) * LINE + 2 * PADDING
        spanned = heights[cell.row : cell.row + cell.rowspan]
        if needed > sum(spanned):
            heights[cell.row + cell.rowspan - 1] += needed - sum(spanned)
    return heights


def draw(layout, top):
    """Content-stream operators of one table (a page's share of it) whose caption starts at `top`."""
    widths = column_widths(layout)
    heights = row_heights(layout, widths)
    ops = [show_text(CAPTION_SIZE, MARGIN, top - CAPTION_SIZE, layout.title), b"0.5 w"]
    table_top = top - CAPTION_SIZE * 2
    for cell in layout.cells():
        x = MARGIN + sum(widths[: cell.column])
        width = sum(widths[cell.column : cell.column + cell.colspan])
        y_top = table_top - sum(heights[: cell.row])
        height = sum(heights[cell.row : cell.row + cell.rowspan])
        ops.append(b"%.2f %.2f %.2f %.2f re S" % (x, y_top - height, width, height))
        lines = wrap(cell_text(cell, layout), SIZE, width - 2 * PADDING)
        baseline = y_top - (height - len(lines) * LINE) / 2 - SIZE
        for line in lines:
            used = sum(char_width(c, SIZE) for c in line)
            if cell.row < layout.header_height:
                left = x + (width - used) / 2
            elif cell.is_header:
                left = x + PADDING
            else:
                left = x + width - PADDING - used
            ops.append(show_text(SIZE, left, baseline, line))
            baseline -= LINE
    return ops


def table_height(table):
    layout = grid(table)
    return CAPTION_SIZE * 2 + sum(row_heights(layout, column_widths(layout)))


def page_shares(table, room):
    """The table split into parts that each fit in `room` points (at least one row each)."""
    rows, parts, start = table["rows"], [], 0
    while start < len(rows) or not parts:
        end = start + 1
        while end < len(rows) and table_height({**table, "rows": rows[start : end + 1]}) <= room:
            end += 1
        parts.append({**table, "rows": rows[start:end]})
        start = end
    return parts


def to_pdf(title, data):
    """The bytes of a PDF with `title` above the tables of `data` (report_data's dict), each
    table starting on a new page."""
    title, pages = printable(title), []
    for number, table in enumerate(data["tables"].values()):
        top = HEIGHT - MARGIN
        ops = []
        if number == 0:
            used = sum(char_width(c, TITLE_SIZE) for c in title)
            ops.append(show_text(TITLE_SIZE, (WIDTH - used) / 2, top - TITLE_SIZE, title))
            top -= TITLE_SIZE * 2.5
        for part in page_shares(table, top - MARGIN):
            pages.append(b"\n".join(ops + draw(grid(part), top)))
            ops, top = [], HEIGHT - MARGIN
    return pages_to_pdf(pages, WIDTH, HEIGHT)
