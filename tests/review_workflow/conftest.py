"""An organ set up with its four groups and default review workflow, its people, and helpers
to post the admin's page forms the way a browser does."""
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.review_workflow.legacy import record_legacy_review


@pytest.fixture
def catalogue(organ_setup):
    """The shared fixtures' catalogue, here the one setup_organ made (with its workflow)."""
    return organ_setup.catalogue


def make_user(username, group=None, **extra):
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, **extra)
    if group is not None:
        user.groups.add(group)
    return user


@pytest.fixture
def editor(organ_setup):
    return make_user("editor", organ_setup.groups[EDITORS], first_name="编辑")


@pytest.fixture
def section_head(organ_setup):
    return make_user("section_head", organ_setup.groups[SECTION_HEADS])


@pytest.fixture
def reviewer(organ_setup):
    return make_user("reviewer", organ_setup.groups[SECRECY_REVIEWERS], first_name="审查员")


@pytest.fixture
def leader(organ_setup):
    return make_user("leader", organ_setup.groups[LEADERS])


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", password="pw-admin")


@pytest.fixture
def reviewed(reviewer):
    """Record a passing (legacy) review of the item's latest revision; return the revision."""

    def review(item):
        revision = item.get_latest_revision() or item.save_revision()
        record_legacy_review(revision, reviewer, basis="测试：已审查")
        return revision

    return review


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with the given id."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.depth = 0
        self.fields = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.depth = 1
            return
        if not self.depth:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "form" and self.depth:
            self.depth = 0


def form_data(html, form_id="page-edit-form", **changes):
    parser = FormFields(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return data
