"""Names used across the column's modules."""
PUBLISHED_WITH_POLICY_LOG_ACTION = "gongkai.published_with_policy"
AWAITS_POLICY_LOG_ACTION = "gongkai.awaits_policy"
