"""Identity numbers in lists and exports: enough to tell applicants apart, not enough to use."""

VISIBLE_HEAD, VISIBLE_TAIL = 3, 2


def masked_certificate(number):
    number = number or ""
    if len(number) <= VISIBLE_HEAD + VISIBLE_TAIL:
        return "*" * len(number)
    return number[:VISIBLE_HEAD] + "*" * (len(number) - VISIBLE_HEAD - VISIBLE_TAIL) + number[-VISIBLE_TAIL:]
