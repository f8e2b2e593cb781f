"""The plugin's apps, each kept in its own top-level folder, installed under one namespace.

A site made by `wagtail start` has its own top-level `search` app (and may have a `portal`), so the
folders are installed as `gongkai.<app>`; setuptools cannot derive that mapping from pyproject.toml.
"""
from setuptools import find_packages, setup

APP_FOLDERS = {
    "disclosure_pages": "disclosure_pages",
    "review_workflow": "review_workflow",
    "search": "search",
    "portal": "portal",
    "disclosure_column": "disclosure_column",
    "disclosure_requests": "disclosure_requests",
    "annual_reports": "annual_reports",
    "admin_locale": "gongkai_admin_locale",
}

packages, package_dir = ["gongkai"], {"gongkai": "gongkai"}
for app, folder in APP_FOLDERS.items():
    package_dir[f"gongkai.{app}"] = folder
    packages += [f"gongkai.{app}{name[len(folder):]}" for name in find_packages(include=[folder, f"{folder}.*"])]

setup(packages=packages, package_dir=package_dir)
