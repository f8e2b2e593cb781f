from .guides import DisclosureGuide
from .mandatory import MandatoryCategory
from .profiles import OrganProfile

__all__ = ["DisclosureGuide", "MandatoryCategory", "OrganProfile"]
