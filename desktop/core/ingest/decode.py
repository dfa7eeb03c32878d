"""Bytes to text: detect the encoding (not from the extension), normalise to NFC.

A BOM, then a declared charset, then UTF-8 are trusted; charset-normalizer
decides between the rest (GB18030/GBK, Big5, UTF-16 without BOM, and the
encodings of other languages, whose text is then stored as what it is rather
than as Chinese-looking garbage). Anything declared or detected as GB2312/GBK is decoded as
GB18030, its superset: GB2312's codec maps A1A4 to the katakana middle dot,
GB18030 correctly to U+00B7.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from desktop.core.ingest.blocks import Unreadable

_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "euc_cn", "euc-cn", "hz", "x-gbk"}


def normalise_encoding_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        canonical = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    if canonical in _GB_FAMILY or name.strip().lower() in _GB_FAMILY:
        return "gb18030"
    return canonical


class NotText(Unreadable):
    """The bytes are not text in any encoding we can read."""


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data`, trusting a BOM, then a declared charset, then detection."""
    text = _decode(data, normalise_encoding_name(declared))
    if looks_binary(text):
        raise NotText("import.not_text")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, declared: str | None) -> str:
    # a BOM settles the encoding: a damaged byte after it becomes U+FFFD (visible, and counted
    # by looks_binary), not a reason to guess another encoding for the whole file
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # detection: loaded here, as only a file that is not UTF-8 needs it (6 ms of a reader's start)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        encoding = normalise_encoding_name(best.encoding) or best.encoding
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    if b"\x00" not in data:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            pass
    raise NotText("import.not_text")


_JUNK = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ue000-\uf8ff\ufffd]")


def looks_binary(text: str) -> bool:
    """Control, private-use or replacement characters in more than 1% of the text."""
    sample = text[:200_000]
    bad = len(_JUNK.findall(sample))
    return bad > max(2, len(sample) // 100)
