"""The demo catalogue `make run` loads: three organs, the demo accounts, 40 items."""
import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

from gongkai.disclosure_pages.models import DisclosureItemPage, Organ
from gongkai_site.demo import DEMO_PASSWORD

pytestmark = pytest.mark.django_db


def test_the_demo_catalogue_loads_once_and_its_accounts_can_log_in():
    call_command("load_demo")
    call_command("load_demo")

    assert Organ.objects.count() == 3
    assert DisclosureItemPage.objects.count() == 40
    live = DisclosureItemPage.objects.live()
    assert live.count() == 33
    assert not live.exclude(disclosure="public").exists()
    for username in ("editor", "section_head", "reviewer", "leader", "admin"):
        assert authenticate(username=username, password=DEMO_PASSWORD) is not None
