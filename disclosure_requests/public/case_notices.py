"""The notices of a case as they were issued (CaseNotice), served from their stored bytes: to
the applicant of the tracked case (its own notices only) and to the organ's handlers."""
import logging

from django.http import FileResponse, Http404

from ..constants import LOGGER
from ..private_storage import stored_sha256
from .tracking_session import tracked_case

logger = logging.getLogger(LOGGER)

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def applicant_notices(case):
    return case.notices.filter(for_applicant=True)


def notice_response(notice, extension):
    """The stored file of `notice`, refused if its bytes are no longer the ones issued."""
    if extension not in DOCUMENT_TYPES:
        raise Http404
    field = getattr(notice, extension)
    if stored_sha256(field) != getattr(notice, f"{extension}_sha256"):
        logger.error("Stored notice %s of request %s no longer matches its digest", notice.pk, notice.request_id)
        raise Http404
    response = FileResponse(field.open("rb"), content_type=DOCUMENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{notice.request_id}-{notice.kind}.{extension}"'
    return response


def download_notice(request, token, extension):
    case = tracked_case(request)
    notice = applicant_notices(case).filter(token=token).first()
    if notice is None:
        raise Http404
    return notice_response(notice, extension)
