"""Names of annual_reports: log actions and logger names, in one place."""

LOGGER_NAME = "gongkai.annual_reports"
