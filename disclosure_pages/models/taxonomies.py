from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Topic(models.Model):
    """主题分类: two levels, shipped with the State Council scheme and editable."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=60)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
    )
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("parent"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unique_topic_name_per_parent")
        ]

    def __str__(self):
        return f"{self.parent.name} / {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Topics have two levels: the parent must be a first-level topic.")})

    @property
    def top_level(self):
        return self.parent if self.parent_id else self


class Genre(models.Model):
    """体裁: the kind of document (通知, 公告, 意见 ...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=40, unique=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("genre")
        verbose_name_plural = _("genres")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name
