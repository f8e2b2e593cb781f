"""The fixed entries of a disclosure portal (栏目): the guide, the rules, the content the
Regulation requires, the normative documents, annual reports and requests."""
from django.utils.translation import gettext_lazy as _

SECTIONS = {
    "guide": _("Disclosure guide"),
    "rules": _("Disclosure rules"),
    "mandatory": _("Statutory proactive disclosure"),
    "normative": _("Normative document library"),
    "annual-reports": _("Annual reports"),
    "requests": _("Disclosure on request"),
}
