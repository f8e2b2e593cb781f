"""The organs, topics and genres an imported row names: found by code or name, or created
when the import is asked to create what is missing (gongkai.disclosure_pages.importing)."""
import hashlib

from django.utils.translation import gettext as _

from .actions.set_up_organ import SetUpOrganAction
from .models import DisclosureCatalogueIndexPage, Genre, Organ, Topic


class RowRefused(Exception):
    """A row that cannot be imported; the message says why, in the editor's language."""


def text(value):
    if value is None:
        return ""
    return str(value).strip()


# Yes/no cells as legacy catalogues and spreadsheets write them (an empty cell is no).
FLAG_VALUES = {"是": True, "否": False, "true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}


def parse_flag(value, field_label):
    if isinstance(value, bool):
        return value
    if not text(value):
        return False
    try:
        return FLAG_VALUES[text(value).lower()]
    except KeyError:
        raise RowRefused(_("%(field)s “%(value)s” must be 是 or 否.") % {"field": field_label, "value": value})


PLACEHOLDER_CODE_PREFIX = "TMP"


def placeholder_code(name):
    """A code no real organ has (not a valid credit code), until an admin enters the real one."""
    return PLACEHOLDER_CODE_PREFIX + hashlib.sha1(name.encode()).hexdigest()[:15].upper()


def has_placeholder_code(organ):
    return organ.code.startswith(PLACEHOLDER_CODE_PREFIX)


class References:
    """Organs, topics and genres named in rows: found by code or name, created on demand."""

    def __init__(self, create_missing, report):
        self.create_missing = create_missing
        self.report = report
        self.organs = {}
        for organ in Organ.objects.select_related("catalogue"):
            for key in (organ.code, organ.name, organ.short_name):
                if key:
                    self.organs[key] = organ
        self.topics = {}
        for topic in Topic.objects.select_related("parent"):
            self.topics[topic.code] = topic
            self.topics[f"{topic.parent.name}/{topic.name}" if topic.parent_id else topic.name] = topic
            self.topics.setdefault(topic.name, topic)
        self.genres = {key: genre for genre in Genre.objects.all() for key in (genre.code, genre.name)}

    def missing(self, kind, value):
        if not self.create_missing:
            raise RowRefused(_("Unknown %(kind)s “%(value)s”.") % {"kind": kind, "value": value})

    def organ(self, row):
        name, code = text(row.get("organ")), text(row.get("organ_code")).upper()
        if not name and not code:
            raise RowRefused(_("The publishing organ is missing."))
        organ = self.organs.get(code) or self.organs.get(name)
        if organ is None:
            self.missing(_("organ"), name or code)
            return name, code
        if not DisclosureCatalogueIndexPage.objects.filter(organ=organ).exists():
            raise RowRefused(_("%(organ)s has no catalogue page yet: set the organ up first.") % {"organ": organ})
        return organ

    def topic(self, row):
        value = "/".join(part.strip() for part in text(row.get("topic")).split("/"))
        if not value:
            raise RowRefused(_("The topic is missing."))
        topic = self.topics.get(value)
        if topic is None:
            self.missing(_("topic"), value)
        return topic or value

    def genre(self, row):
        value = text(row.get("genre"))
        if not value:
            raise RowRefused(_("The genre is missing."))
        genre = self.genres.get(value)
        if genre is None:
            self.missing(_("genre"), value)
        return genre or value

    def create_organ(self, name, code):
        setup = SetUpOrganAction(
            name=name,
            code=code or placeholder_code(name),
            short_name=name[:40],
            index_prefix="" if code else name[:40],
            validate_code=bool(code),
        ).execute()
        self.report.created_organs.append(setup.organ)
        for key in (setup.organ.code, name):
            self.organs[key] = setup.organ
        return setup.organ

    def create_topic(self, path):
        parent = None
        for name in path.split("/"):
            key = f"{parent.name}/{name}" if parent else name
            topic = self.topics.get(key)
            if topic is None:
                topic = Topic.objects.create(
                    code="i" + hashlib.sha1(key.encode()).hexdigest()[:9], name=name, parent=parent
                )
                self.topics[key] = topic
                self.topics.setdefault(name, topic)
            parent = topic
        return parent

    def create_genre(self, name):
        genre = Genre.objects.create(code="i" + hashlib.sha1(name.encode()).hexdigest()[:9], name=name)
        self.genres[name] = genre
        return genre

    def created(self, organ, topic, genre):
        """The references of a valid row, creating the missing ones."""
        if not isinstance(organ, Organ):
            organ = self.create_organ(*organ)
        if not isinstance(topic, Topic):
            topic = self.create_topic(topic)
        if not isinstance(genre, Genre):
            genre = self.create_genre(genre)
        return organ, topic, genre
