"""Word 97-2003 (.doc), Kingsoft WPS (.wps), RTF and OpenDocument text, through LibreOffice.

`soffice --headless --convert-to docx` turns the file into a .docx that the Word reader then
reads. It runs with a profile folder of its own, so a LibreOffice the user has open is not
disturbed (nor sees the conversion), under a time limit, outside the reader process (its
memory limit would cripple LibreOffice, which is a separate program anyway). Where
LibreOffice is missing the message says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.core.ingest.blocks import Unreadable

SECONDS = 120  # a cold start of LibreOffice on a slow office computer, and a long document
NAMES = {".doc": "Word 97-2003 (.doc)", ".rtf": "RTF", ".odt": "OpenDocument (.odt)"}
_WINDOWS = (
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "LibreOffice/program/soffice.exe",
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    / "LibreOffice/program/soffice.exe",
)


def soffice() -> str | None:
    """LibreOffice's command, if it is installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((str(path) for path in _WINDOWS if path.exists()), None)
    return None


def to_docx(data: bytes, kind: str) -> bytes:
    """The file converted to .docx by LibreOffice. Raises Unreadable."""
    command = soffice()
    shown = NAMES.get(kind, kind)
    if command is None:
        raise Unreadable("doc.no_office", kind=shown)
    with tempfile.TemporaryDirectory(prefix="yandu-office-") as name:
        folder = Path(name)
        source = folder / f"bulletin{kind}"
        source.write_bytes(data)
        profile = (folder / "profile").as_uri()
        try:
            done = subprocess.run(
                [command, "--headless", "--norestore", "--nolockcheck", "--nologo",
                 f"-env:UserInstallation={profile}", "--convert-to", "docx:MS Word 2007 XML",
                 "--outdir", str(folder / "out"), str(source)],
                capture_output=True, timeout=SECONDS, stdin=subprocess.DEVNULL,
                env={**os.environ, "HOME": str(folder)},
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise Unreadable("doc.convert_failed", kind=shown, detail=f"over {SECONDS} s") from None
        except OSError as exc:
            raise Unreadable("doc.convert_failed", kind=shown, detail=str(exc)) from None
        converted = folder / "out" / "bulletin.docx"
        if done.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
            said = " ".join((done.stderr or done.stdout).decode("utf-8", "replace").split())
            raise Unreadable("doc.convert_failed", kind=shown, detail=said[-200:] or "no output")
        return converted.read_bytes()
