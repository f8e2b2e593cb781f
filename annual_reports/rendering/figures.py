"""How a figure of the tables is written out in text (HTML, Word, PDF); the spreadsheet keeps
numbers as numbers."""
from decimal import Decimal

NOT_APPLICABLE = "—"


def display_number(value):
    """12, 12.35 (万元), never 12.350000001 or 1.2E+1; a dash where the format has no figure."""
    if value is None or value == "":
        return NOT_APPLICABLE
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(value)
    return format(Decimal(str(value)).normalize(), "f")
