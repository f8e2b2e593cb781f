"""Admin report: 法定主动公开内容 categories that are empty or stale, per organ."""
from django.shortcuts import render
from django.utils.translation import gettext as _

from gongkai.disclosure_pages.models import Organ

from .mandatory import categories_needing_attention


def mandatory_report(request):
    labels = {"empty": _("Empty"), "stale": _("Stale")}
    rows = [
        {"organ": organ, "category": content.category, "state": labels[state], "latest_update": content.latest_update}
        for organ in Organ.objects.order_by("name")
        for content, state in categories_needing_attention(organ)
    ]
    return render(request, "disclosure_column/mandatory_report.html", {"rows": rows, "header_title": _("Statutory disclosure categories to update")})
