"""Template access to the tables' layout: `{% report_grids data as grids %}`, `value|report_figure`."""
from django import template

from ..rendering.figures import display_number
from ..rendering.layout import grid

register = template.Library()


@register.simple_tag
def report_grids(data):
    """The grids of a report's tables, in table order, each with its own cell ids."""
    return [grid(table, prefix=f"report-table-{number}") for number, table in enumerate(data["tables"].values(), 1)]


@register.filter
def report_figure(value):
    return display_number(value)
