"""The public half of requests: the intake form, the receipt and the tracking page."""
