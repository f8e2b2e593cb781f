"""Operations on the public catalogue index, in the manner of wagtail.actions."""
