from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .. import conf


# Module-level callables, so migrations can name them; read at access time like every setting.
def national_reply_days():
    return conf.get("GONGKAI_REQUESTS_REPLY_WORKING_DAYS")


def national_extension_days():
    return conf.get("GONGKAI_REQUESTS_EXTENSION_WORKING_DAYS")


def national_correction_notice_days():
    return conf.get("GONGKAI_REQUESTS_CORRECTION_NOTICE_WORKING_DAYS")


def national_correction_period_days():
    return conf.get("GONGKAI_REQUESTS_CORRECTION_PERIOD_WORKING_DAYS")


def national_consultation_days():
    return conf.get("GONGKAI_REQUESTS_CONSULTATION_WORKING_DAYS")


def national_payment_days():
    return conf.get("GONGKAI_REQUESTS_PAYMENT_WORKING_DAYS")


class RequestOffice(models.Model):
    """One organ's request office: its periods (local rules may be stricter, e.g. a district
    answering in 15 working days and extending by up to 30) and who sees its cases.

    An organ without a row follows the national rules (`RequestOffice.for_organ`)."""

    organ = models.OneToOneField(
        "disclosure_pages.Organ", verbose_name=_("organ"), on_delete=models.CASCADE, related_name="request_office"
    )
    reply_working_days = models.PositiveSmallIntegerField(
        _("reply period (working days)"), default=national_reply_days
    )
    extension_working_days = models.PositiveSmallIntegerField(
        _("longest extension (working days)"), default=national_extension_days
    )
    correction_notice_working_days = models.PositiveSmallIntegerField(
        _("correction notice period (working days)"),
        default=national_correction_notice_days,
    )
    correction_period_working_days = models.PositiveSmallIntegerField(
        _("applicant's correction period (working days)"),
        default=national_correction_period_days,
    )
    consultation_working_days = models.PositiveSmallIntegerField(
        _("third-party answer period (working days)"), default=national_consultation_days
    )
    payment_working_days = models.PositiveSmallIntegerField(
        _("payment period (working days)"), default=national_payment_days
    )
    handlers = models.ForeignKey(
        Group, verbose_name=_("request handlers"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    leaders = models.ForeignKey(
        Group, verbose_name=_("leaders"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("organ"),
        MultiFieldPanel(
            [
                FieldPanel("reply_working_days"),
                FieldPanel("extension_working_days"),
                FieldPanel("correction_notice_working_days"),
                FieldPanel("correction_period_working_days"),
                FieldPanel("consultation_working_days"),
                FieldPanel("payment_working_days"),
            ],
            heading=_("Deadlines"),
        ),
        MultiFieldPanel([FieldPanel("handlers"), FieldPanel("leaders")], heading=_("Who sees the cases")),
    ]

    class Meta:
        verbose_name = _("request office")
        verbose_name_plural = _("request offices")

    def __str__(self):
        return str(self.organ)

    @classmethod
    def for_organ(cls, organ):
        """The organ's office, or an unsaved one holding the national rules."""
        return cls.objects.filter(organ=organ).first() or cls(organ=organ)
