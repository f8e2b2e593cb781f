"""Operations on disclosure items and organs, one action class a module in the manner of
wagtail.actions; wagtail_hooks registers them in Wagtail's action registry (register_actions)."""
