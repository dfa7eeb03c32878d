"""Reflections (心得体会): what a member wrote on an article or on a session."""

from __future__ import annotations

from desktop.core.model import Reflection
from desktop.core.store import members
from desktop.core.store import reflections as store
from desktop.core.store.connection import LibraryDb
from desktop.core.store.issues import get_item
from desktop.core.store.sessions import get_session


class Reflections:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def save(
        self, member_id: int, text: str, item_id: int | None = None, session_id: int | None = None
    ) -> None:
        with self.db.atomic():
            members.member_by_id(self.db, member_id)
            if item_id is not None:
                get_item(self.db, item_id)
            if session_id is not None:
                get_session(self.db, session_id)
            store.save_reflection(self.db, member_id, item_id, session_id, text)

    def get(self, member_id: int, item_id: int | None = None, session_id: int | None = None) -> str:
        return store.get_reflection(self.db, member_id, item_id, session_id)

    def all(self, member_id: int | None = None, session_id: int | None = None) -> list[Reflection]:
        return store.list_reflections(self.db, member_id, session_id)
