"""A report's tables (the dict of annual_reports.export.report_data) in the official layout, as
HTML, .xlsx, .docx and PDF; every format reads its grid from rendering.layout."""
