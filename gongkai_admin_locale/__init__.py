"""Simplified Chinese for the Wagtail admin screens Gongkai's editors, reviewers and leaders use.

Wagtail 8.0's own zh_Hans catalogue lacks a few hundred msgids (dashboard counters, explorer,
lock and workflow status panels, reports, account preferences) and names a few things in a way
Chinese CMS users misread. This app ships those translations as a locale layer:

- `django` domain: list the app before Wagtail's apps in INSTALLED_APPS (Django uses the first
  translation found in INSTALLED_APPS order);
- `djangojs` domain: Wagtail's JavaScript catalogue reads only `wagtail.admin`'s locale and
  LOCALE_PATHS, so also put `LOCALE_DIR` in LOCALE_PATHS (which then wins for both domains).
"""
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
