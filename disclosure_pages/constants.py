"""Names other code and other apps refer to: the roles of an organ's groups, log actions and
logger names. Each is spelled here once (docs/extending.md lists them)."""

# The roles of the four groups `setup_organ` creates for every organ (the keys of the `groups`
# argument of the organ_set_up signal), in the order an item passes through them.
EDITORS = "editors"
SECTION_HEADS = "section_heads"
SECRECY_REVIEWERS = "secrecy_reviewers"
LEADERS = "leaders"
ROLES = (EDITORS, SECTION_HEADS, SECRECY_REVIEWERS, LEADERS)

# Page log action written when the publish gate refuses a publication.
PUBLICATION_REFUSED_ACTION = "gongkai.publication_refused"
# Log actions of an imported item (on its first revision) and of an organ set up.
IMPORT_ACTION = "gongkai.import"
ORGAN_SET_UP_ACTION = "gongkai.organ_set_up"

# Publication decisions (refusals of the gate, withdrawals) are logged here.
PUBLICATION_LOGGER = "gongkai.publication"
# Trouble with Elasticsearch, for the admin index (kept here) and the public catalogue index
# (the search app) alike, so one logger shows whether the search service is healthy.
SEARCH_LOGGER = "gongkai.search"
