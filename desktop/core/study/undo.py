"""Each member's undo and redo of their annotation changes, shared by the window and the command line."""

from __future__ import annotations

from desktop.core.model import Undone
from desktop.core.store import undo_log as store
from desktop.core.store.connection import LibraryDb


class UndoLog:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def undo(self, member_id: int) -> Undone | None:
        """Take back the member's last change (None: nothing to undo). A change whose
        annotation is gone is skipped (`Undone.skipped`), so the next undo goes on."""
        with self.db.atomic():
            return store.undo(self.db, member_id)

    def redo(self, member_id: int) -> Undone | None:
        with self.db.atomic():
            return store.redo(self.db, member_id)

    def can_undo(self, member_id: int) -> bool:
        return store.can_undo(self.db, member_id)

    def can_redo(self, member_id: int) -> bool:
        return store.can_redo(self.db, member_id)

    def last_done_at(self, member_id: int) -> str | None:
        """When the change an undo would take back was made (None: nothing to undo)."""
        return store.last_done_at(self.db, member_id)
