"""What the column's section pages (portal/sections/*.html) show for one organ."""
from django import template

from ..normative import normative_library

register = template.Library()


@register.simple_tag
def organ_normative_library(organ):
    return normative_library(organ)
