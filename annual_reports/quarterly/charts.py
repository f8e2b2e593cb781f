"""Bar charts as SVG drawn on the server: no script, no external asset, and the same numbers as
the table beside each chart (which is what a screen reader is pointed to)."""
import math
from dataclasses import dataclass, field

WIDTH, HEIGHT = 480, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 16, 52
GRID_LINES = 4
# Distinguishable for the common colour blindnesses (Okabe–Ito), dark enough on white.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999"]


@dataclass
class Chart:
    ident: str
    title: str
    bars: list = field(default_factory=list)  # dicts: x, y, width, height, fill, value
    ticks: list = field(default_factory=list)  # dicts: y, label
    categories: list = field(default_factory=list)  # dicts: x, label
    legend: list = field(default_factory=list)  # dicts: x, y, fill, label
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = HEIGHT - BOTTOM
    left: int = LEFT
    right: int = WIDTH - RIGHT


def nice_ceiling(value):
    """The axis maximum: 1, 2 or 5 times a power of ten, so the grid lines fall on round numbers."""
    if value <= 0:
        return GRID_LINES
    step = value / GRID_LINES
    power = 10 ** math.floor(math.log10(step))
    factor = next(factor for factor in (1, 2, 5, 10) if step <= factor * power)
    return max(factor * power * GRID_LINES, GRID_LINES)


def tick_label(value):
    return f"{value:g}"


def stacked_bar_chart(ident, title, categories, series):
    """`series`: [(label, [value per category])], stacked bottom-up in that order."""
    chart = Chart(ident, title)
    totals = [sum(float(values[i] or 0) for _label, values in series) for i in range(len(categories))]
    top = nice_ceiling(max(totals, default=0))
    plot_height = chart.baseline - TOP
    slot = (chart.right - chart.left) / max(len(categories), 1)
    for step in range(GRID_LINES + 1):
        value = top * step / GRID_LINES
        chart.ticks.append({"y": chart.baseline - plot_height * step / GRID_LINES, "label": tick_label(value)})
    for index, label in enumerate(categories):
        x = chart.left + slot * index + slot * 0.2
        chart.categories.append({"x": chart.left + slot * (index + 0.5), "label": label})
        stacked = 0.0
        for number, (_name, values) in enumerate(series):
            value = float(values[index] or 0)
            height = plot_height * value / top
            y = chart.baseline - plot_height * stacked / top - height
            if value:
                chart.bars.append(
                    {"x": x, "y": y, "width": slot * 0.6, "height": height, "fill": PALETTE[number % len(PALETTE)], "value": tick_label(value)}
                )
            stacked += value
    spacing = (chart.right - chart.left) / max(len(series), 1)
    for number, (name, _values) in enumerate(series):
        chart.legend.append({"x": chart.left + spacing * number, "y": HEIGHT - 16, "fill": PALETTE[number % len(PALETTE)], "label": name})
    return chart
