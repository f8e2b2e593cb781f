from .guides import DisclosureGuide
from .profiles import OrganProfile

__all__ = ["DisclosureGuide", "OrganProfile"]
