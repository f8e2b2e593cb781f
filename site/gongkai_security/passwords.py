"""Password rules of our own: a length message in Chinese, and characters from several classes."""
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext

CHARACTER_CLASSES = {
    "upper": str.isupper,
    "lower": str.islower,
    "digit": str.isdigit,
    "symbol": lambda character: not character.isalnum() and not character.isspace(),
}


def character_classes(password):
    """The names of the classes `password` draws characters from."""
    return {name for name, test in CHARACTER_CLASSES.items() if any(test(c) for c in password)}


class CharacterClassValidator:
    def __init__(self, min_classes=3):
        self.min_classes = min_classes

    def validate(self, password, user=None):
        if len(character_classes(password)) < self.min_classes:
            raise ValidationError(self.get_help_text(), code="password_too_simple")

    def get_help_text(self):
        return ngettext(
            "Your password must mix at least %(count)d kind of character: upper-case letters, "
            "lower-case letters, digits and symbols.",
            "Your password must mix at least %(count)d kinds of character: upper-case letters, "
            "lower-case letters, digits and symbols.",
            self.min_classes,
        ) % {"count": self.min_classes}


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's rule; its error message has no Chinese translation (its catalogue's msgid differs)."""

    def get_error_message(self):
        return ngettext(
            "This password is too short: it must have at least %(count)d character.",
            "This password is too short: it must have at least %(count)d characters.",
            self.min_length,
        ) % {"count": self.min_length}
