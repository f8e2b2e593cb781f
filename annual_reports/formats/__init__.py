"""The national formats of the annual report, as data: each version's sections, tables (official
headers, leaf columns, rows with their label paths and the source of each cell) and checks.

Labels are the official text of the format documents (国办公开办函〔2021〕30号 and the 2019 trial
format): they are data printed as published, not interface strings, so they are not translated.

A table's rows name where their cells come from:
- `counts`: table 三 rows; the outcome keys (or a row of statistics.TableThree) summed per applicant column;
- `cells`: table 二 rows; per column key, `computed:<name>` (from the catalogue) or `entered:<name>`
  (typed in by the office), or nothing where the format has no such cell;
- `appeals`: table 四's row; each column key is `<appeal kind>:<result or total>`.
"""
from . import v2019, v2021

FORMATS = {module.FORMAT["version"]: module.FORMAT for module in (v2021, v2019)}


class UnknownFormat(KeyError):
    """A report names a format version this installation does not describe."""


def get_format(version):
    try:
        return FORMATS[version]
    except KeyError:
        raise UnknownFormat(version) from None


def format_choices():
    return [(version, spec["name"]) for version, spec in FORMATS.items()]


def entered_figures(spec):
    """The figures the office types in under `spec`: [(name, label, decimal places)] in table order."""
    figures = []
    for table in spec["tables"]:
        columns = {column["key"]: column["label"] for column in table["columns"]}
        for row in table["rows"]:
            for column_key, source in row.get("cells", {}).items():
                if source.startswith("entered:"):
                    name = source.split(":", 1)[1]
                    places = spec["decimal_places"].get(name, 0)
                    figures.append((name, f"{row['label']}：{columns[column_key]}", places))
    return figures
