"""Disclosure items (政府信息公开目录条目): page types, organs, taxonomies and their rules."""
