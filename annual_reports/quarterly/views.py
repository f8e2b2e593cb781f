"""The admin page of an organ's quarterly figures: charts and tables for one organ and year,
for that organ's own staff; any other organ is refused with a message, never shown."""
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.disclosure_requests.choices import OutcomeGroup

from .access import organs_for_statistics
from .charts import stacked_bar_chart
from .figures import quarterly_figures

FIRST_YEAR = 2008  # 政府信息公开条例 in force from 1 May 2008


def chosen_year(value, errors):
    this_year = timezone.localdate().year
    if not value:
        return this_year
    if value.isdigit() and FIRST_YEAR <= int(value) <= this_year:
        return int(value)
    errors.append(_("Choose a year from %(first)d to %(last)d.") % {"first": FIRST_YEAR, "last": this_year})
    return this_year


def quarter_label(quarter):
    return _("Q%(number)d") % {"number": quarter.number}


def charts(quarters):
    labels = [quarter_label(quarter) for quarter in quarters]
    return [
        stacked_bar_chart(
            "items-chart",
            _("Items published"),
            labels,
            [(_("Published on time"), [q.on_time for q in quarters]), (_("Published late"), [q.late for q in quarters])],
        ),
        stacked_bar_chart(
            "outcomes-chart",
            _("Requests closed, by outcome"),
            labels,
            [(group.label, [q.outcomes[group] for q in quarters]) for group in OutcomeGroup],
        ),
        stacked_bar_chart(
            "days-chart",
            _("Average working days to answer"),
            labels,
            [(_("Average working days"), [q.average_days for q in quarters])],
        ),
    ]


def quarterly_statistics(request):
    organs = organs_for_statistics(request.user).order_by("name")
    context = {"header_title": _("Quarterly statistics"), "organs": organs, "errors": []}
    code = request.GET.get("organ") or next(iter(organs.values_list("code", flat=True)[:1]), None)
    organ = organs.filter(code=code).first() if code else None
    if organ is None:
        context["refusal"] = (
            _("You may see only the quarterly statistics of your own organ.")
            if code
            else _("You work for no organ, so there are no quarterly statistics to show.")
        )
        return render(request, "annual_reports/quarterly/statistics.html", context, status=403)
    year = chosen_year(request.GET.get("year", "").strip(), context["errors"])
    quarters = quarterly_figures(organ, year)
    context.update(
        organ=organ,
        year=year,
        rows=[
            {"label": quarter_label(q), "figures": q, "outcomes": [q.outcomes[group] for group in OutcomeGroup]}
            for q in quarters
        ],
        charts=charts(quarters),
        outcome_groups=[group.label for group in OutcomeGroup],
        outcome_totals=[sum(q.outcomes[group] for q in quarters) for group in OutcomeGroup],
        totals={
            "published": sum(q.published for q in quarters),
            "on_time": sum(q.on_time for q in quarters),
            "late": sum(q.late for q in quarters),
            "closed": sum(q.closed for q in quarters),
        },
    )
    return render(request, "annual_reports/quarterly/statistics.html", context)
