"""The errors the core raises. Each names its message by a stable code, with parameters.

The core never words a message itself: `core/messages.py` holds the words for
every code (Chinese, with English in the translation catalogue), and each face
renders them in its language: the window through Qt's translation system, the
command line after the locale. A `subject` says what the error is about: a
file's path or a name as it is, or `(kind, value)` such as `("issue", 42)`,
which is worded too.

Known failures of SQLite (a full disk, a read-only or damaged library, a library
held by another program) are `StorageError`s with an action for the user; what
nobody foresaw is a `Bug`, whose message names the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Subject = str | tuple[str, Any]


@dataclass(frozen=True)
class Problem:
    """An error as a value: what it is about, its code and parameters (for results and signals)."""

    subject: Subject
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


class YanduError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, subject: Subject, code: str | None = None, **params: Any) -> None:
        self.subject = subject
        self.code = code or type(self).code
        self.params = params
        super().__init__(subject, self.code)

    @property
    def problem(self) -> Problem:
        return Problem(self.subject, self.code, dict(self.params))

    def __str__(self) -> str:
        """For logs: the code and parameters. The faces word it in the user's language."""
        return f"{self.subject}: {self.code} {dict(self.params)}"


class ImportFailed(YanduError):
    """A file could not be turned into an issue; nothing of it was stored."""

    code = "import.failed"


class NotFound(YanduError):
    code = "not_found"


class Invalid(YanduError):
    """A value the user gave cannot be used (an empty name, a date that is not one)."""

    code = "invalid"


class NotYours(YanduError):
    """Another member's annotation: only its author may change it."""

    code = "annotation.not_yours"


class ExportFailed(YanduError):
    code = "export.failed"


class LibraryError(YanduError):
    """The library file cannot be opened or upgraded."""

    code = "library.error"


class LibraryTooNew(LibraryError):
    code = "library.too_new"


class StorageError(YanduError):
    """SQLite could not do what was asked, for a reason the user can act on.

    `fatal`: nothing more can be written now (a full disk, a read-only or damaged
    library), so a batch such as a folder import stops instead of failing file by file.
    """

    code = "storage.error"
    fatal = True


class LibraryBusy(StorageError):
    code = "storage.busy"
    fatal = False


class Bug(YanduError):
    """Something nobody foresaw; the details are in the log named by the message."""

    code = "bug"
