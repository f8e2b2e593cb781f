"""Names used in more than one module of disclosure_requests: roles, log actions, loggers."""
# The organ's leaders group (made by disclosure_pages.organ_setup) sees the cases beside the
# request handlers (依申请公开办理人) and approves extensions.
LEADERS_ROLE = "leaders"

LOGGER = "gongkai.requests"

# The permission codename that lets a group see an organ's cases at all (granted to both groups).
HANDLE_PERMISSION = "handle_disclosurerequest"
