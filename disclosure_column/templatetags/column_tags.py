"""What the column's section pages (portal/sections/*.html) show for one organ."""
from django import template

from ..annual_reports import organ_annual_reports
from ..guide_defaults import default_guide_blocks
from ..models import DisclosureGuide, OrganProfile
from ..mandatory import category_contents
from ..normative import normative_library
from ..rules import organ_rules

register = template.Library()


@register.simple_tag
def organ_normative_library(organ):
    return normative_library(organ)


@register.simple_tag
def annual_reports_of(organ):
    return organ_annual_reports(organ)


@register.simple_tag
def organ_disclosure_rules(organ):
    return organ_rules(organ)


@register.simple_tag
def organ_guide(organ):
    """The organ's guide, or an unsaved one with the blocks a new guide starts with."""
    guide = DisclosureGuide.objects.filter(organ=organ).first()
    return guide or DisclosureGuide(organ=organ, body=default_guide_blocks(organ))


@register.inclusion_tag("disclosure_column/organ_profile.html")
def organ_profile(organ):
    return {"profile": OrganProfile.objects.filter(organ=organ).first()}


@register.simple_tag
def organ_mandatory_categories(organ):
    return category_contents(organ)
