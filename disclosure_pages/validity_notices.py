"""What readers are told about an item no longer in force (有效性: 已修改, 已废止, 失效)."""
from django.utils.formats import date_format
from django.utils.translation import gettext

from .choices import Validity


def validity_statement(item):
    """Since when and how the item is no longer in force, e.g. 本文件已于2024年3月18日废止，不再有效。"""
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


def validity_notice(item):
    """The statement, naming the replacing document when there is one ("" while in force)."""
    notice = validity_statement(item)
    if notice and item.replaced_by_id:
        notice += gettext("See the replacing document: %(title)s.") % {"title": item.replaced_by.title}
    return notice
