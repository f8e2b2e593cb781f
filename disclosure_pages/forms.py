"""Admin forms: the item form adds the rules that need the attachments formset; the copy
form keeps copies drafts."""
from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm

from .visibility import is_state_secret


class DisclosureItemForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        attachments = self.formsets.get("attachments")
        if attachments is not None and is_state_secret(self.instance_with(cleaned_data)):
            kept = [
                form for form in attachments.forms
                if form.has_changed() or form.instance.pk
                if not getattr(form, "cleaned_data", {}).get("DELETE")
            ]
            if kept:
                self.add_error(
                    None, _("State secrets never go online: this record cannot have attachments.")
                )
        return cleaned_data

    def instance_with(self, cleaned_data):
        """The instance as it would be with the submitted values (before _post_clean)."""
        for field in ("disclosure", "reason", "classification"):
            if field in cleaned_data:
                setattr(self.instance, field, cleaned_data[field])
        return self.instance


class DisclosureItemCopyForm(CopyForm):
    """A copy of an item is a new draft with its own 索引号: no "publish the copy", no alias,
    and no slug to type (the copy takes its slug from its new 索引号)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("publish_copies", None)
        self.fields.pop("alias", None)
        self.fields["new_slug"] = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_new_slug(self):
        return ""

