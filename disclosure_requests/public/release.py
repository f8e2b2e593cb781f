"""Which reply files the applicant may download: the approved files of a case replied 予以公开
or 部分公开 whose stored bytes are the bytes that passed the secrecy review, checked again at
each download."""
from django.http import FileResponse, Http404

from ..actions.reply import RELEASING
from ..private_storage import stored_sha256
from .tracking_session import tracked_case


def released_files(case):
    """The files the applicant is shown: approved, of a case whose reply releases information."""
    if case.outcome not in RELEASING:
        return []
    return [f for f in case.released_files.all() if f.is_approved]


def download(request, token):
    """One released file of the tracked case, only if its bytes still match the approved ones."""
    case = tracked_case(request)
    released = next((f for f in released_files(case) if f.token == token), None)
    if released is None or stored_sha256(released.file) != released.reviewed_sha256:
        raise Http404
    return FileResponse(released.file.open("rb"), as_attachment=True, filename=released.original_name)
