"""Tiny attachment files for scan tests, built in memory."""


def pdf_with_text(text):
    """A one-page PDF whose content stream shows `text` (ASCII) in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(colour=(200, 30, 30), size=(8, 8)):
    """A small PNG image of one colour."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def image_of(title="现场照片", colour=(200, 30, 30), collection=None):
    """A Wagtail image stored from a fresh PNG."""
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model

    extra = {"collection": collection} if collection is not None else {}
    return get_image_model().objects.create(
        title=title, file=ContentFile(png(colour), name="photo.png"), **extra
    )


def document_link(document, text="附件"):
    return f'<p><a linktype="document" id="{document.pk}">{text}</a></p>'


def image_embed(image):
    return f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="{image.title}"/>'
