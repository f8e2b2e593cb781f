"""Wagtail's document form with the attachment checks, set as WAGTAILDOCS_DOCUMENT_FORM_BASE.

Kept apart from forms.py: Wagtail's document forms query the database when imported, so
they cannot be imported while models load."""
from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm

from .attachments import check_size_and_content, extension_of


class AttachmentDocumentForm(BaseDocumentForm):
    def clean(self):
        """Checked in clean(), not clean_file(), so that the document model's own extension
        check (WAGTAILDOCS_EXTENSIONS) still sees the file and speaks for unlisted types."""
        cleaned_data = super().clean()
        file = cleaned_data.get("file")
        if file and "file" in self.changed_data:
            try:
                check_size_and_content(file, extension_of(file.name))
            except ValidationError as error:
                self.add_error("file", error)
                # The document model checks the extension of the instance's file; without it
                # the editor would also read a confusing "extension “” not allowed".
                self.instance.file = file
        return cleaned_data
