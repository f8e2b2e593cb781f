"""Column fixtures: a complete item's create form (the form data, publishing and the catalogue
index are the shared fixtures of tests/conftest.py)."""
import pytest
from django.urls import reverse


def add_url(catalogue, model="disclosureitempage"):
    return reverse("wagtailadmin_pages:add", args=("disclosure_pages", model, catalogue.pk))


@pytest.fixture
def new_item_data(form_data, catalogue, topic, genre):
    """The create form of an item, filled in as a complete 主动公开 item."""

    def new_item_data(model="disclosureitempage", **changes):
        fields = {
            "title": "方山县人民政府办公室关于印发防汛应急预案的通知",
            "slug": "fangxun-yuan",
            "doc_number": "方政办〔2025〕7号",
            "written_date": "2025-03-18",
            "topic": str(topic.pk),
            "genre": str(genre.pk),
            "disclosure": "public",
            "body": "<p>现将预案印发给你们，请认真贯彻执行。</p>",
        }
        fields.update(changes)
        return form_data(add_url(catalogue, model), **fields)

    return new_item_data
