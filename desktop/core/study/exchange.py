"""Members' notes between computers: the library's face of core/exchange (issue 16)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.store.connection import LibraryDb

if TYPE_CHECKING:
    from desktop.core.exchange import merge as exchanging
    from desktop.core.store.exchange import Waiting

# the exchange (JSON-LD, its dataclasses and patterns) loads when first used, not at start-up


class Exchange:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def export(self, member_id: int, path: Path, session_id: int | None = None) -> int:
        """Write the member's notes (of one session, if given) to `path`; how many annotations."""
        from desktop.core.exchange.merge import export_layer

        return export_layer(self.db, member_id, Path(path), session_id)

    def merge(self, path: Path) -> exchanging.Merged:
        """Merge another member's file, all or nothing. Raises ExchangeRefused."""
        from desktop.core.exchange.merge import merge_file

        return merge_file(self.db, Path(path))

    def sync(self, folder: Path) -> exchanging.Synced:
        """Write this library's members' files into the shared folder; merge everyone else's."""
        from desktop.core.exchange.merge import sync_folder

        return sync_folder(self.db, Path(folder))

    def waiting(self) -> list[Waiting]:
        """Notes from other computers waiting for an article this library does not have yet."""
        from desktop.core.store.exchange import waiting

        return waiting(self.db)
