"""Quarterly statistics per organ beyond the annual report (分季度统计报送): items published, on
time or late against the 20-working-day rule, requests closed by outcome, average working days
to answer; shown in the admin to the organ's own staff, with server-drawn SVG charts."""
