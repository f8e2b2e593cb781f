from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganReviewGroups(models.Model):
    """Who reviews an organ's items: the groups setup_organ made, and its review workflow."""

    organ = models.OneToOneField(
        "disclosure_pages.Organ",
        verbose_name=_("disclosing organ"),
        on_delete=models.CASCADE,
        related_name="review_groups",
    )
    section_heads = models.ForeignKey(
        Group, verbose_name=_("section heads"), on_delete=models.PROTECT, related_name="+"
    )
    secrecy_reviewers = models.ForeignKey(
        Group, verbose_name=_("secrecy reviewers"), on_delete=models.PROTECT, related_name="+"
    )
    leaders = models.ForeignKey(Group, verbose_name=_("leaders"), on_delete=models.PROTECT, related_name="+")
    workflow = models.ForeignKey(
        "wagtailcore.Workflow", verbose_name=_("workflow"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("review groups of an organ")
        verbose_name_plural = _("review groups of organs")

    def __str__(self):
        return str(self.organ)

    def may_withdraw(self, user):
        """撤稿 is for the organ's secrecy reviewers and leaders."""
        return user.groups.filter(pk__in=[self.secrecy_reviewers_id, self.leaders_id]).exists()

    def may_read_determination_letters(self, user):
        """Letters of the secrecy administration are for the organ's secrecy reviewers and leaders."""
        return self.may_withdraw(user)
