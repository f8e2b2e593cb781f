"""Text of the tables as every output format can hold it: XML (xlsx, docx) refuses the C0 control
characters but tab, line feed and carriage return, so a stray one in a label or a page title
would make a download fail; they mean nothing printed, and are dropped."""
import re

UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text):
    return UNPRINTABLE.sub("", str(text))
