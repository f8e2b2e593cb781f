"""Bodies of legacy items, made into the rich text Wagtail's editor would have stored.

Old portals exported whatever their editors pasted: scripts, event handlers, `javascript:`
links, iframes. The body passes Wagtail's own database whitelist for the item's rich-text
features (what the editor itself keeps), after the elements whose content is code, not
text, are removed whole. Tables are kept, cells and all, without attributes: legacy
rosters and budgets are tables, and dropping them would lose the information.
"""
from html import escape

from bs4 import BeautifulSoup
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter, WhitelistRule
from wagtail.rich_text import features as feature_registry
from wagtail.whitelist import allow_without_attributes

# Elements whose content is code or another document: removed with everything inside.
CODE_ELEMENTS = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template")
TABLE_ELEMENTS = ("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")


def legacy_body_whitelister():
    from .models import DisclosureItemPage

    features = DisclosureItemPage._meta.get_field("body").features or feature_registry.get_default_features()
    converter = EditorHTMLConverter(features=features)
    rules = [WhitelistRule(element, allow_without_attributes) for element in TABLE_ELEMENTS]
    return type(converter.whitelister)(converter.converter_rules + rules)


def sanitised_html(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(CODE_ELEMENTS):
        element.decompose()
    return legacy_body_whitelister().clean(str(soup))


def body_html(value):
    """Legacy bodies are HTML or plain text; plain text becomes paragraphs."""
    body = "" if value is None else str(value).strip()
    if not body or body.startswith("<"):
        return sanitised_html(body) if body else body
    return "".join(f"<p>{escape(line.strip())}</p>" for line in body.splitlines() if line.strip())
