"""The blocks a new 公开指南 starts with, written from the organ's own data."""
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _


def paragraph(text):
    return format_html("<p>{}</p>", text)


def office_details(organ):
    rows = [
        (_("Address"), organ.office_address),
        (_("Office hours"), organ.office_hours),
        (_("Enquiry phone"), organ.office_phone),
        (_("Email"), organ.office_email),
    ]
    return "".join(paragraph(f"{label}：{value or '—'}") for label, value in rows)


def online_application(organ):
    """A link to the online form for this organ, where the site has the requests app's URLs."""
    try:
        form = reverse("requests_public:apply")
    except NoReverseMatch:
        return ""
    return format_html('<p><a href="{}?organ={}">{}</a></p>', form, organ.pk, _("Apply online"))


def default_guide_blocks(organ):
    """[(block type, {heading, text})] for a guide nobody has written yet."""
    request_form = reverse("portal:section", args=["requests"])
    return [
        ("overview", {"heading": _("Organ overview"), "text": paragraph(organ.name) + office_details(organ)}),
        ("proactive", {"heading": _("Proactive disclosure"), "text": paragraph(_(
            "Proactively disclosed information is published in the disclosure catalogue within 20 working days of being made or changed."
        ))}),
        ("on_request", {"heading": _("Disclosure on request"), "text": paragraph(_(
            "Information not proactively disclosed may be requested in writing from the disclosure office; a reply follows within 20 working days."
        )) + online_application(organ) + format_html(
            '<p><a href="{}">{}</a></p>', request_form, _("How to apply")
        )}),
        ("fees", {"heading": _("Fees"), "text": paragraph(_(
            "Processing a request is free; a fee applies only to requests far beyond reasonable use."
        ))}),
        ("remedies", {"heading": _("Supervision and remedies"), "text": paragraph(_(
            "An applicant who considers a reply unlawful may apply for administrative reconsideration within 60 days or bring an administrative lawsuit within 6 months."
        ))}),
    ]
