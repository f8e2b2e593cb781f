"""Operations on annual reports, one action class a module in the manner of wagtail.actions."""
