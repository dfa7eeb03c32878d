"""Exceptions raised by the core. Each carries a message a user can act on.

The command line prints `error: <subject>: <message>`; the window shows the same
text through its translation layer, keyed by `code`.
"""

from __future__ import annotations


class YanduError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, subject: str, message: str) -> None:
        super().__init__(f"{subject}: {message}")
        self.subject = subject
        self.message = message


class ImportFailed(YanduError):
    """A file could not be turned into an issue; nothing of it was stored."""

    code = "import_failed"


class NotFound(YanduError):
    code = "not_found"


class LibraryError(YanduError):
    """The library file cannot be opened or upgraded."""

    code = "library"


class LibraryTooNew(LibraryError):
    code = "library_too_new"
