from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class WorkingDayOverride(models.Model):
    """A day whose status the State Council holiday notice fixes (节假日 or 调休 working day).

    Enter a year's notice here when the `chinesecalendar` package does not know that year
    yet; a year with at least one entry counts as announced.
    """

    date = models.DateField(_("date"), unique=True)
    is_working_day = models.BooleanField(
        _("is a working day"),
        help_text=_("Tick for a weekend day that is worked (调休); leave empty for a holiday."),
    )
    note = models.CharField(_("note"), max_length=100, blank=True)

    panels = [FieldPanel("date"), FieldPanel("is_working_day"), FieldPanel("note")]

    class Meta:
        verbose_name = _("working-day override")
        verbose_name_plural = _("working-day overrides")
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.note}".strip()
