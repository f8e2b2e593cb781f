"""Panels of the item form that Wagtail's FieldPanel does not cover."""
from wagtail.admin.panels import FieldPanel


class ComputedFieldPanel(FieldPanel):
    """A field the system fills in (索引号, 公开期限), shown read-only: empty until it has a
    value, never the word "None"."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        return "" if value is None else super().format_value_for_display(value)
