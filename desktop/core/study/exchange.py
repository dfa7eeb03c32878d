"""Members' notes between computers: the library's face of core/exchange (issue 16)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.exchange import merge as exchanging
from desktop.core.store import exchange as store
from desktop.core.store.connection import LibraryDb


class Exchange:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def export(self, member_id: int, path: Path, session_id: int | None = None) -> int:
        """Write the member's notes (of one session, if given) to `path`; how many annotations."""
        return exchanging.export_layer(self.db, member_id, Path(path), session_id)

    def merge(self, path: Path) -> exchanging.Merged:
        """Merge another member's file, all or nothing. Raises ExchangeRefused."""
        return exchanging.merge_file(self.db, Path(path))

    def sync(self, folder: Path) -> exchanging.Synced:
        """Write this library's members' files into the shared folder; merge everyone else's."""
        return exchanging.sync_folder(self.db, Path(folder))

    def waiting(self) -> list[store.Waiting]:
        """Notes from other computers waiting for an article this library does not have yet."""
        return store.waiting(self.db)
