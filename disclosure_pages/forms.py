"""Admin forms: the item form adds the rules that need the attachments formset; the copy
form keeps copies drafts."""
import re

from django import forms
from django.forms.models import BaseModelFormSet
from django.utils.translation import gettext as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.panels import InlinePanel

from .interpretation_rules import SUBMIT_ACTIONS, submission_refusal
from .visibility import is_state_secret


# The rich-text editor gives every block a key; HTML stored without keys (imported items)
# comes back with them although nothing was changed.
BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')


def without_block_keys(value):
    return BLOCK_KEY.sub("", value) if isinstance(value, str) else value


class DisclosureItemForm(WagtailAdminPageForm):
    def has_changed(self):
        """Whether the content changed: the edit view saves a new revision only then, and an
        approval from the edit page must not save one (nor restart the workflow) for nothing."""
        if any(formset.has_changed() for formset in self.formsets.values()):
            return True
        cleaned = getattr(self, "cleaned_data", {})
        return any(
            name not in cleaned
            or without_block_keys(self.initial.get(name)) != without_block_keys(cleaned[name])
            for name in self.changed_data
        )

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
        if any(action in self.data for action in SUBMIT_ACTIONS):
            self.refuse_submission_without_interpretation(cleaned_data)
        return cleaned_data

    def refuse_submission_without_interpretation(self, cleaned_data):
        for field in ("needs_interpretation", "no_interpretation_reason"):
            if field in cleaned_data:
                setattr(self.instance, field, cleaned_data[field])
        refusal = submission_refusal(self.instance)
        if refusal:
            self.add_error("needs_interpretation", refusal)

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



class RevisionRowsFormSet(BaseChildFormSet):
    """Rows that exist only in a revision (an attachment added to a live item) post an empty
    id, and modelcluster rebuilds them as blank rows that report every field changed: approving
    from the edit page then saved an identical revision and restarted the workflow. Such a row
    keeps the revision's row of the same position instead."""

    def _construct_form(self, i, **kwargs):
        pk_key = f"{self.add_prefix(i)}-{self.model._meta.pk.name}"
        if self.is_bound and i < self.initial_form_count() and self.data.get(pk_key) == "":
            kwargs["instance"] = self.get_queryset()[i]
            return super(BaseModelFormSet, self)._construct_form(i, **kwargs)
        return super()._construct_form(i, **kwargs)


class RevisionRowsInlinePanel(InlinePanel):
    """An InlinePanel whose formset keeps the rows a revision holds (RevisionRowsFormSet)."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = RevisionRowsFormSet
        return options
