"""Who may take a live item down at once (撤稿); the operation is actions.withdraw."""


def may_withdraw(page, user):
    """Secrecy reviewers and leaders of the item's organ (and superusers) may withdraw it."""
    if not page.live:
        return False
    if user.is_superuser:
        return True
    review_groups = getattr(page.organ, "review_groups", None)
    return review_groups is not None and review_groups.may_withdraw(user)
