"""One English text reads one way across the plugin: Django merges every app's catalogue and the
earliest app's translation wins, so the same msgid translated twice shows the other app's words
(an applicant's "Withdraw" read 撤稿, the fee form's "Pages" read 页面). Texts that mean different
things in different places carry a context (pgettext, {% trans … context … %})."""
import re
import subprocess
from collections import defaultdict

from django.conf import settings

REPO_DIR = settings.REPO_DIR
ENTRY = re.compile(r'^(?:msgctxt "((?:[^"\\]|\\.)*)"\n)?msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"', re.M)


def plugin_catalogues():
    listed = subprocess.run(["git", "ls-files", "*/django.po"], cwd=REPO_DIR, capture_output=True, text=True, check=True)
    return [path for path in listed.stdout.split() if not path.startswith("site/")]


def test_each_text_of_the_plugin_has_one_translation_in_all_its_catalogues():
    translations = defaultdict(dict)
    for path in plugin_catalogues():
        for context, msgid, msgstr in ENTRY.findall((REPO_DIR / path).read_text(encoding="utf-8")):
            if msgid and msgstr:
                translations[(context, msgid)][path] = msgstr
    clashes = {key: found for key, found in translations.items() if len(set(found.values())) > 1}
    assert plugin_catalogues() and clashes == {}
