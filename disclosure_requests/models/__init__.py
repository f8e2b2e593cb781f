"""Models of 依申请公开 (requests for disclosure).

- `RequestOffice` (offices.py): one organ's rule set (reply and extension periods, national
  defaults from conf) and the two groups that see its cases: handlers and leaders.
- `DisclosureRequest` (requests.py): one case — applicant, the wanted information, how and when
  it was received (Art. 31), status, the stored computed dates and the outcome (a table 三 row).
  `RequestNumberCounter` hands out request numbers, never reused.
- `CaseEvent` (events.py): the append-only timeline; each event keeps the due date it left.
- `IdentityProof`, `ProofView` (proofs.py): proofs in private storage and the audit of each view.
- `CaseNotice` (notices.py): each notice as it was issued (stored bytes, template version).
- `ThirdPartyConsultation`, `FeeRecord`, `Appeal`, `ReleasedFile` (handling.py): what a case
  gathers while it is handled and after its reply.
"""
from .offices import RequestOffice
from .requests import DisclosureRequest, RequestNumberCounter
from .events import CaseEvent
from .proofs import IdentityProof, ProofView
from .notices import CaseNotice
from .handling import Appeal, FeeRecord, ReleasedFile, ThirdPartyConsultation

__all__ = [
    "Appeal",
    "CaseEvent",
    "CaseNotice",
    "DisclosureRequest",
    "FeeRecord",
    "IdentityProof",
    "ProofView",
    "ReleasedFile",
    "RequestNumberCounter",
    "RequestOffice",
    "ThirdPartyConsultation",
]
