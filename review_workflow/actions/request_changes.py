"""退回修改: the reviewer sends the item back to its editors with an opinion."""
from django.utils.translation import gettext_lazy

from ..forms import RequestChangesForm
from ..review_rules import ReviewRefused
from .review import ReviewAction, ReviewPermissionError, errors_of


class RequestChangesError(ReviewRefused):
    """The request for changes was not recorded: its opinion is missing."""


class RequestChangesPermissionError(RequestChangesError, ReviewPermissionError):
    """The user may not send this item back at this step."""


class RequestChangesAction(ReviewAction):
    action_name = "reject"
    permission_error_class = RequestChangesPermissionError
    form_class = RequestChangesForm
    label = gettext_lazy("Request changes")

    def _decide(self):
        form = self.form_class(self.data)
        if not form.is_valid():
            raise RequestChangesError(errors_of(form))
        self.task_state.reject(user=self.user, comment=form.cleaned_data["opinion"])
        return None
