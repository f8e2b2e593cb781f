"""Exports that open safely in spreadsheet programs (CSV and XLSX).

A cell starting with = + - @, a tab or a carriage return is read as a formula by Excel and
WPS, so a title like `=HYPERLINK(...)` typed by an editor would run in the reader's
spreadsheet. Such cells get a leading apostrophe, the spreadsheet's own mark for text.
Every export view of the project mixes in FormulaSafeExportMixin before Wagtail's view.
"""
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """`value`, written as text if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views with Wagtail's SpreadsheetExportMixin (reports, ledger)."""

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))
