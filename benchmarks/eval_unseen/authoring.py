"""Authoring helpers for the unseen evaluation catalogue: every item is written by hand in the
items_*.py modules under a label; this module turns labels into catalogue keys (organ-year-serial),
adds the salutation and signature, and fills the fields a spec leaves at their defaults."""

ORGANS = {}
ITEMS = []

COUNTY = "清溪县"


def organ(key, **spec):
    ORGANS[key] = {"key": key, **spec}


def item(label, organ_key, date, genre, topic, title, abstract, body, *, doc="", to="", sign=None,
         kind="item", interprets=(), validity="valid", validity_date="", replaced_by="",
         normative=False, disclosure="public", reason="", classification="none", secrecy_period=""):
    parts = []
    if to:
        parts.append(to)
    parts.extend(p.strip() for p in body.strip().split("\n") if p.strip())
    if sign is not False:
        y, m, d = date.split("-")
        parts.append(f"{sign or ORGANS[organ_key]['name']}\n{int(y)}年{int(m)}月{int(d)}日")
    ITEMS.append({
        "label": label, "organ": organ_key, "kind": kind, "title": title, "doc_number": doc,
        "written_date": date, "topic": topic, "genre": genre, "disclosure": disclosure,
        "reason": reason, "classification": classification, "secrecy_period": secrecy_period,
        "validity": validity, "validity_date": validity_date, "replaced_by": replaced_by,
        "normative": normative, "abstract": abstract,
        "body": "" if reason == "state_secret" else "\n\n".join(parts),
        "interprets": list(interprets),
    })


def interpretation(label, organ_key, date, topic, title, abstract, body, interprets, sign=None):
    item(label, organ_key, date, "qi-ta", topic, title, abstract, body, kind="interpretation",
         interprets=interprets, sign=sign)
