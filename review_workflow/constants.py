"""Names other code and other apps refer to: log actions and logger names of the secrecy
review, each spelled here once (docs/extending.md lists them). The roles are disclosure_pages'
(gongkai.disclosure_pages.constants), which creates the groups."""
from gongkai.disclosure_pages.constants import LEADERS, SECRECY_REVIEWERS, SECTION_HEADS

# The roles that may be a step of an organ's review workflow (GONGKAI_REVIEW_STEPS), in order.
REVIEW_STEP_ROLES = (SECTION_HEADS, SECRECY_REVIEWERS, LEADERS)

# Page log actions.
SECRECY_REVIEW_ACTION = "gongkai.secrecy_review"
WITHDRAW_ACTION = "gongkai.withdraw"
FILED_AS_RECORD_ACTION = "gongkai.filed_as_record"

# Review decisions and the scanning of attachments.
REVIEW_LOGGER = "gongkai.review"
# Every anchor of the review ledger's head (docs/ledger.md): route it to a store of its own.
LEDGER_LOGGER = "gongkai.ledger"
