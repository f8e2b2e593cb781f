"""Identity proofs, served only to the organ's handlers and leaders, each view written down."""
import logging

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from ..constants import LOGGER
from ..models import IdentityProof, ProofView
from ..permissions import cases_visible_to
from .access import require_office

logger = logging.getLogger(LOGGER)


def serve_proof(request, token):
    require_office(request)
    proof = get_object_or_404(IdentityProof, token=token, request__in=cases_visible_to(request.user))
    if not proof.file:
        raise Http404
    ProofView.objects.create(proof=proof, request=proof.request, user=request.user, ip_address=request.META.get("REMOTE_ADDR"))
    logger.info("Proof %s of request %s viewed by %s", proof.pk, proof.request.number, request.user.get_username())
    response = FileResponse(proof.file.open("rb"), content_type=proof.content_type)
    response["Content-Disposition"] = "attachment"
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
