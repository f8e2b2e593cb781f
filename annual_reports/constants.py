"""Names of annual_reports: log actions and logger names, in one place."""

LOGGER_NAME = "gongkai.annual_reports"
# Page log action: a report's figures were frozen and it was submitted for review (SubmitReport).
REPORT_SUBMITTED_ACTION = "gongkai.annual_report_submitted"
