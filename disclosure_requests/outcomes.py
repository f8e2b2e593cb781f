"""What a reply says besides its outcome: the usual legal basis of each table 三 row (the
handler may edit it) and the remedies every reply names (Art. 51: 行政复议 within 60 days,
行政诉讼 within 6 months)."""
from django.utils.translation import gettext as _

from .choices import Outcome


def usual_legal_basis(outcome):
    """The article a reply of this kind usually cites ('' where the handler must choose)."""
    articles = {
        Outcome.PUBLIC: _("Article 36(2)"),
        Outcome.PARTIAL: _("Article 37"),
        Outcome.WITHHELD_STATE_SECRET: _("Article 14"),
        Outcome.WITHHELD_LAW: _("Article 14"),
        Outcome.WITHHELD_SECURITY: _("Article 14"),
        Outcome.WITHHELD_THIRD_PARTY: _("Article 15"),
        Outcome.WITHHELD_INTERNAL: _("Article 16(1)"),
        Outcome.WITHHELD_PROCESS: _("Article 16(2)"),
        Outcome.WITHHELD_ENFORCEMENT: _("Article 16(2)"),
        Outcome.WITHHELD_QUERY: _("Article 36(7)"),
        Outcome.UNABLE_NOT_HELD: _("Article 36(4) and (5)"),
        Outcome.UNABLE_NEEDS_CREATION: _("Article 38"),
        Outcome.UNABLE_STILL_UNCLEAR: _("Article 30"),
        Outcome.NOT_PROCESSED_PETITION: _("Article 39(1)"),
        Outcome.NOT_PROCESSED_REPEATED: _("Article 36(6)"),
        Outcome.NOT_PROCESSED_PUBLICATION: _("Article 39(2)"),
        Outcome.NOT_PROCESSED_EXCESSIVE: _("Article 35"),
        Outcome.OTHER_NO_CORRECTION: _("Article 30"),
    }
    article = articles.get(outcome)
    return _("Regulation on Open Government Information, %(article)s") % {"article": article} if article else ""


def needs_legal_basis(outcome):
    """Every reply that does not simply release the information states its legal basis."""
    return outcome != Outcome.PUBLIC


def remedy_text():
    return _(
        "If you disagree with this reply, you may apply for administrative reconsideration within 60 days "
        "of receiving it, or bring an administrative lawsuit before a people's court within 6 months."
    )
