from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexNumberCounter(models.Model):
    """The last 索引号 serial handed out for one organ code and year.

    A row lock on this counter (or SQLite's write lock) serialises concurrent editors.
    """

    organ_code = models.CharField(max_length=40)
    year = models.PositiveIntegerField()
    last_serial = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("index number counter")
        constraints = [
            models.UniqueConstraint(fields=["organ_code", "year"], name="unique_counter_per_year")
        ]
