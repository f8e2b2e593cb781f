"""Which reply files the applicant may download: files of a replied case whose bytes are the
bytes that passed the secrecy review (ReleasedFile.reviewed_sha256), checked again at download."""
from django.http import FileResponse, Http404

from .release_review import stored_sha256
from .tracking_session import tracked_case


def released_files(case):
    """The files the applicant is shown: reviewed, of a case that has its reply."""
    if not case.outcome:
        return []
    return [f for f in case.released_files.all() if f.reviewed_at and f.reviewed_sha256 == f.sha256]


def download(request, token):
    """One released file of the tracked case, only if its bytes still match the reviewed ones."""
    case = tracked_case(request)
    released = next((f for f in released_files(case) if f.token == token), None)
    if released is None or stored_sha256(released) != released.reviewed_sha256:
        raise Http404
    return FileResponse(released.file.open("rb"), as_attachment=True, filename=released.original_name)
