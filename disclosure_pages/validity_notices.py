"""What readers are told about an item no longer in force (有效性: 已修改, 已废止, 失效)."""
from django.utils.formats import date_format
from django.utils.translation import gettext

from .choices import Validity


def validity_notice(item):
    """Since when and how the item is no longer in force, e.g. 本文件已于2024年3月18日废止，不再有效。
    ("" while in force). The item page renders it, with a link to the replacing document when
    that one is public."""
    if item.validity == Validity.VALID:
        return ""
    if not item.validity_date:
        return gettext("This document is no longer in force: %(validity)s.") % {"validity": item.get_validity_display()}
    messages = {
        Validity.AMENDED: gettext("This document was amended on %(date)s."),
        Validity.REPEALED: gettext("This document was repealed on %(date)s and is no longer in force."),
        Validity.EXPIRED: gettext("This document expired on %(date)s and is no longer in force."),
    }
    return messages[item.validity] % {"date": date_format(item.validity_date, "DATE_FORMAT")}

