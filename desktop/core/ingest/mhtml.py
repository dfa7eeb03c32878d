"""MHTML (.mht, .mhtml): the single-file web page browsers save, a MIME message with the page in it.

The first text/html part is the page; it is decoded with the charset its part declares (or
the page's own <meta>, or detection) and read as any saved web page.
"""

from __future__ import annotations

import email
import email.policy

from desktop.core.ingest.blocks import Extracted, Unreadable


def read_mhtml(data: bytes) -> Extracted:
    from desktop.core.ingest.html import page_to_extracted

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
    except (ValueError, TypeError, IndexError) as exc:
        raise Unreadable("import.damaged", detail=f"MHTML: {exc}") from None
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset()
        if charset:
            try:
                payload = payload.decode(charset).encode("utf-8")
                payload = b'<meta charset="utf-8">' + payload
            except (LookupError, UnicodeDecodeError):
                pass  # the page's own <meta> or detection decides
        return page_to_extracted(payload)
    raise Unreadable("import.no_text")
