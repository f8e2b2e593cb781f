"""Gongkai: government information disclosure (政府信息公开) for Wagtail.

The apps live in the repository's top-level folders and are installed as `gongkai.<app>`
(setup.py), so their names never meet a site's own `search` or `portal` app.
"""
