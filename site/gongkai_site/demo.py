"""The demo catalogue of 方山县: organs, accounts and items from demo_data/catalogue.json.

Loading is idempotent: organs, users and items that exist (items matched by their key, kept
as `external_id`) are left as they are.
"""
import datetime
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page, Site

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import (
    DisclosureItemPage,
    Genre,
    PolicyInterpretationLink,
    PolicyInterpretationPage,
    Topic,
)
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.visibility import may_be_public
from gongkai.review_workflow.legacy import record_legacy_review

from .demo_reports import load_demo_reports
from .demo_requests import load_demo_requests
from .models import HomePage
from .public_site import align_default_site

CATALOGUE_FILE = Path(__file__).resolve().parent.parent / "demo_data" / "catalogue.json"
# The one password of every demo account (README and scripts/serve.sh quote it).
DEMO_PASSWORD = "demo-password-2026"
ROLE_GROUPS = {
    "editor": EDITORS,
    "section_head": SECTION_HEADS,
    "secrecy_reviewer": SECRECY_REVIEWERS,
    "leader": LEADERS,
}
REVIEW_BASIS = "演示数据：方山县政府信息公开演示目录，经保密审查同意公开。"


def load_demo_catalogue(stdout=None):
    data = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    with transaction.atomic():
        home = ensure_home_page()
        organs = {spec["key"]: set_up_demo_organ(spec, home) for spec in data["organs"]}
        users = {spec["username"]: ensure_user(spec, organs) for spec in data["users"]}
    loader = DemoItemLoader(data["items"], organs, users["reviewer"])
    for key in loader.specs:
        loader.ensure(key)
    created = loader.created
    load_demo_requests(DEMO_PASSWORD, stdout=stdout)
    load_demo_reports(users["reviewer"], stdout=stdout)
    if stdout:
        stdout.write(f"Demo catalogue: {len(organs)} organs, {len(users)} users, {created} new items.")
    return created


def ensure_home_page():
    align_default_site()
    site = Site.objects.get(is_default_site=True)
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = HomePage(title="方山县人民政府信息公开", slug="fangshan")
    root.add_child(instance=home)
    home.save_revision().publish()
    site.root_page = home
    site.site_name = "方山县人民政府信息公开"
    site.save()
    return home


def set_up_demo_organ(spec, home):
    setup = SetUpOrganAction(
        name=spec["name"],
        code=spec["code"],
        short_name=spec["short_name"],
        index_prefix=spec["index_prefix"],
        parent_page=home,
        slug=spec["key"],
        office_address=spec["address"],
        office_hours=spec["hours"],
        office_phone=spec["phone"],
        office_email=spec["email"],
    ).execute()
    return {"catalogue": setup.catalogue, "groups": setup.groups}


def ensure_user(spec, organs):
    user, created = get_user_model().objects.get_or_create(
        username=spec["username"],
        defaults={"first_name": spec["name"], "email": f"{spec['username']}@fangshan.gov.cn"},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.is_superuser = user.is_staff = spec["role"] == "admin"
        user.save()
        if spec["role"] in ROLE_GROUPS:
            user.groups.add(organs[spec["organ"]]["groups"][ROLE_GROUPS[spec["role"]]])
    return user


def parse_date(text):
    return datetime.date.fromisoformat(text) if text else None


def item_fields(spec):
    topic = Topic.objects.get(name=spec["topic"], parent__name=spec["topic_parent"])
    return {
        "title": spec["title"],
        "slug": spec["key"],
        "external_id": f"demo:{spec['key']}",
        "doc_number": spec["doc_number"],
        "written_date": parse_date(spec["written_date"]),
        "topic": topic,
        "genre": Genre.objects.get(code=spec["genre"]),
        "disclosure": spec["disclosure"],
        "reason": spec["reason"],
        "classification": spec["classification"],
        "secrecy_period": spec["secrecy_period"],
        "validity": spec["validity"],
        "validity_date": parse_date(spec["validity_date"]),
        "normative": spec["normative"],
        "abstract": spec["abstract"],
        "body": "".join(f"<p>{paragraph}</p>" for paragraph in spec["body"].split("\n\n") if paragraph),
    }


class DemoItemLoader:
    """Creates demo items, each after the items it links to (its replacement, its policies)."""

    def __init__(self, specs, organs, reviewer):
        self.specs = {spec["key"]: spec for spec in specs}
        self.organs = organs
        self.reviewer = reviewer
        self.items = {}
        self.created = 0

    def ensure(self, key):
        if key not in self.items:
            spec = self.specs[key]
            for linked in ([spec["replaced_by"]] if spec["replaced_by"] else []) + spec["interprets"]:
                self.ensure(linked)
            self.items[key] = self.create(spec)
        return self.items[key]

    @transaction.atomic
    def create(self, spec):
        existing = DisclosureItemPage.objects.filter(external_id=f"demo:{spec['key']}").first()
        if existing:
            return existing.specific
        model = PolicyInterpretationPage if spec["kind"] == "interpretation" else DisclosureItemPage
        item = model(**item_fields(spec), live=False)
        if spec["replaced_by"]:
            item.replaced_by = self.items[spec["replaced_by"]]
        if spec["kind"] == "interpretation":
            item.interpreted_policies = [
                PolicyInterpretationLink(policy=self.items[key]) for key in spec["interprets"]
            ]
        self.organs[spec["organ"]]["catalogue"].add_child(instance=item)
        revision = item.save_revision(user=self.reviewer)
        if may_be_public(item):
            record_legacy_review(revision, self.reviewer, REVIEW_BASIS)
            revision.publish(user=self.reviewer, skip_permission_checks=True)
        self.created += 1
        return item
