"""Portal fixtures: withdrawal as the portal sees it (publishing and the catalogue index are the
shared fixtures of tests/conftest.py)."""
import pytest

from gongkai.review_workflow.actions.withdraw import WithdrawItemAction


@pytest.fixture
def withdraw(reviewer):
    """撤稿 through the review workflow's action."""

    def withdraw_item(item, reason):
        return WithdrawItemAction(item, user=reviewer, reason=reason).execute()

    return withdraw_item
