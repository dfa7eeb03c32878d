"""What a file is, from its bytes: the extension is only a hint, and a wrong one is no error.

Offices send Word 97 files named .doc or .wps (Kingsoft's own name for them), web pages saved
as .shtml, .asp or a template's .tpl, MHTML single-file pages as .mht, .docx files renamed.
`kind` returns the reader's key for a bulletin (`.txt`, `.md`, `.html`, `.mht`, `.docx`, `.ofd`,
`.pdf`, `.doc`, `.rtf`, `.odt`) or raises `Skipped` for what is no bulletin at all (a photo, a
spreadsheet, a presentation, an archive, a program, a JSON data file such as a catalogue or an
export beside the bulletins): a folder import lists those as skipped.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

from desktop.core.ingest.blocks import Unreadable

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TEXT_HINTS = {".md": ".md", ".markdown": ".md"}
# a name that promises a binary document: bytes that are none of the kinds below go to that
# document's reader, which says in its own words that the file is not one or is damaged
_DOCUMENT_HINTS = {".docx": ".docx", ".pdf": ".pdf", ".ofd": ".ofd", ".doc": ".doc", ".wps": ".doc"}
_HTML_START = re.compile(
    rb"\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title>)",
    re.IGNORECASE | re.DOTALL,
)
_XHTML = re.compile(rb"\s*<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_MIME_HEADER = re.compile(
    rb"^(mime-version|content-type|from|subject|date|message-id):", re.I | re.M
)
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"RIFF", "WebP"),
)
_ARCHIVES = (
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x1f\x8b", "gzip"),
    (b"MZ", "Windows program"),
    (b"\x7fELF", "program"),
)


class Skipped(Unreadable):
    """Not a bulletin: a folder import passes it over and says so."""


def _skip(code: str, what: str) -> Skipped:
    return Skipped(code, what=what)


def kind(data: bytes, suffix: str = "") -> str:
    """The reader for `data` (named with `suffix`). Raises Skipped."""
    suffix = suffix.lower()
    head = data[:4096]
    if head.startswith(OLE2):
        return _ole2(data, suffix)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip(data, suffix)
    if b"%PDF-" in head[:1024]:
        return ".pdf"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    for magic, name in _IMAGES:
        if head.startswith(magic) and (name != "WebP" or head[8:12] == b"WEBP"):
            raise _skip("import.skipped_image", name)
    if head.startswith(b"BM") and suffix == ".bmp":
        raise _skip("import.skipped_image", "BMP")
    if head[4:8] == b"ftyp":
        raise _skip("import.skipped_media", "MP4")
    for magic, name in _ARCHIVES:
        if head.startswith(magic):
            raise _skip("import.skipped_archive", name)
    text = _without_bom(head)
    if _mhtml(text):
        return ".mht"
    if _HTML_START.match(text) or _XHTML.match(text):
        return ".html"
    if text.lstrip()[:1] in (b"{", b"[") and _json_document(data):
        raise _skip("import.skipped_data", "JSON")
    if suffix in _DOCUMENT_HINTS:
        return _DOCUMENT_HINTS[suffix]
    return _TEXT_HINTS.get(suffix, ".txt")  # text (or not, which the text reader says)


# JSON is parsed here, in the process that holds the library (not in a reader's cage), so only
# as much as a catalogue or an export beside bulletins is: parsed, 4 MB takes 50-100 MB at most
_JSON_BYTES = 4 * 1024 * 1024


def _json_document(data: bytes) -> bool:
    """The whole file is one JSON object or array: data (a catalogue, an export), which no
    bulletin's text is, however it starts ([转载] and {…} around prose fail to parse). A bigger
    file is left to the text reader."""
    if len(data) > _JSON_BYTES:
        return False
    try:
        return isinstance(json.loads(data), (dict, list))
    except (ValueError, RecursionError):  # not JSON (UnicodeDecodeError is a ValueError)
        return False


def _without_bom(head: bytes) -> bytes:
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at its ASCII as bytes
        return head[2:].replace(b"\x00", b"")
    return head


def _mhtml(text: bytes) -> bool:
    """A single-file web page as browsers save it: mail headers, then multipart/related."""
    top = text[:2048]
    return bool(_MIME_HEADER.match(top.lstrip())) and b"multipart/related" in top.lower()


def _ole2(data: bytes, suffix: str) -> str:
    """Word 97-2003 and WPS (.doc, .wps) hold a WordDocument stream; Excel a Workbook, PowerPoint
    its document. The directory's names are UTF-16: found by their bytes."""
    if "WordDocument".encode("utf-16-le") in data:
        return ".doc"
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise _skip("import.skipped_spreadsheet", "Excel")
    if "PowerPoint Document".encode("utf-16-le") in data:
        raise _skip("import.skipped_presentation", "PowerPoint")
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ".docx"  # an encrypted Office file: the Word reader says it needs its password
    if suffix in (".doc", ".wps"):  # named as one, its directory unreadable: LibreOffice says
        return ".doc"
    raise _skip("import.skipped_other", "OLE2")


def _zip(data: bytes, suffix: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):  # damaged: its reader says so in its words
        return suffix if suffix in (".docx", ".ofd") else ".docx"
    lowered = {name.lower() for name in names}
    if "word/document.xml" in lowered:
        return ".docx"
    if "ofd.xml" in lowered:
        return ".ofd"
    mimetype = ""
    if "mimetype" in names:
        try:
            mimetype = zipfile.ZipFile(io.BytesIO(data)).read("mimetype")[:100].decode("ascii")
        except (KeyError, UnicodeDecodeError, zipfile.BadZipFile, ValueError, OSError):
            mimetype = ""
    if mimetype == "application/vnd.oasis.opendocument.text":
        return ".odt"
    if any(name.startswith("xl/") for name in lowered) or "spreadsheet" in mimetype:
        raise _skip("import.skipped_spreadsheet", "Excel")
    if any(name.startswith("ppt/") for name in lowered) or "presentation" in mimetype:
        raise _skip("import.skipped_presentation", "PowerPoint")
    if suffix in (".docx", ".ofd"):  # named as one, without its parts: that reader says damaged
        return suffix
    raise _skip("import.skipped_archive", "ZIP")
