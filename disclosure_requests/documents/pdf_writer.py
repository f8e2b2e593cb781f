"""A notice as PDF with no PDF library beyond the lock: the text is set in STSong-Light, one of
the standard Chinese fonts every conforming PDF reader supplies (PDF 1.7 §9.7.5.2; Acrobat,
pdf.js, poppler with poppler-data), so no font file is embedded and the file stays small."""
FONT = b"/STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 72
BODY_SIZE, TITLE_SIZE = 12, 18
LEADING = 1.8
# UniGB-UCS2-H maps ASCII to the half-width CIDs 1–95 and 814–907; everything else is full width.
HALF_WIDTH_CIDS = b"/W [1 95 500 814 907 500]"
# UCS-2 has no room for characters beyond the Basic Multilingual Plane.
REPLACEMENT = "\uff1f"


def char_width(char, size):
    return size / 2 if char.isascii() else size


def wrap(text, size, width):
    """The lines `text` takes in a column `width` points wide; CJK text breaks anywhere."""
    lines, line, used = [], "", 0.0
    for char in text:
        w = char_width(char, size)
        if used + w > width and line:
            lines.append(line)
            line, used = "", 0.0
        line += char
        used += w
    lines.append(line)
    return lines


def encode(text):
    chars = (c if ord(c) <= 0xFFFF else REPLACEMENT for c in text)
    return b"<" + "".join(chars).encode("utf-16-be").hex().upper().encode() + b">"


def layout(title, paragraphs):
    """Content streams, one per page: (size, x, y, text) runs placed top to bottom."""
    column = PAGE_WIDTH - 2 * MARGIN
    pages, runs, y = [], [], PAGE_HEIGHT - MARGIN - TITLE_SIZE
    for line in wrap(title, TITLE_SIZE, column):
        x = (PAGE_WIDTH - sum(char_width(c, TITLE_SIZE) for c in line)) / 2
        runs.append((TITLE_SIZE, x, y, line))
        y -= TITLE_SIZE * LEADING
    y -= BODY_SIZE
    for paragraph in paragraphs:
        for line in wrap(paragraph, BODY_SIZE, column) if paragraph else [""]:
            if y < MARGIN:
                pages.append(runs)
                runs, y = [], PAGE_HEIGHT - MARGIN - BODY_SIZE
            runs.append((BODY_SIZE, MARGIN, y, line))
            y -= BODY_SIZE * LEADING
    pages.append(runs)
    return [b"\n".join(show_text(size, x, y, text) for size, x, y, text in runs) for runs in pages]


def show_text(size, x, y, text):
    """The content-stream operators that set `text` in the Chinese font with its baseline at (x, y)."""
    return b"BT /F1 %d Tf %.2f %.2f Td %s Tj ET" % (size, x, y, encode(text))


def to_pdf(title, paragraphs):
    """The bytes of a PDF showing `title` centred above `paragraphs`."""
    return pages_to_pdf(layout(title, paragraphs))


def pages_to_pdf(streams, width=PAGE_WIDTH, height=PAGE_HEIGHT):
    """The bytes of a PDF of `streams`, one content stream per page of `width` × `height`
    points, which set their text with show_text."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type0 /BaseFont %s /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>" % FONT,
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont %s /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 %s >>" % (FONT, HALF_WIDTH_CIDS),
        b"<< /Type /FontDescriptor /FontName %s /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>" % FONT,
    ]
    kids = []
    for stream in streams:
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream) + 1, stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (width, height, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return serialize(objects)


def serialize(objects):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
