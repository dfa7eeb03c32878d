"""Reflections (心得体会): what a member wrote on an article or on a session."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import Invalid
from desktop.core.model import Reflection
from desktop.core.store import members
from desktop.core.store import reflections as store
from desktop.core.store.connection import LibraryDb
from desktop.core.store.issues import get_item
from desktop.core.store.sessions import get_session


@dataclass(frozen=True)
class Saved:
    """What a save stored, and whether it kept another version written meanwhile beside it."""

    text: str
    both: bool = False


class Reflections:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def save(
        self,
        member_id: int,
        text: str,
        item_id: int | None = None,
        session_id: int | None = None,
        based_on: str | None = None,
    ) -> Saved:
        """Store the member's text. With `based_on` (what the editor loaded or last saved), a
        text written elsewhere meanwhile is never overwritten: both are kept (`Saved.both`)."""
        with self.db.atomic():
            if not members.member_by_id(self.db, member_id).local:
                raise Invalid(("member", member_id), "member.from_elsewhere")
            if item_id is not None:
                get_item(self.db, item_id)
            if session_id is not None:
                get_session(self.db, session_id)
            stored, both = store.save_reflection(
                self.db, member_id, item_id, session_id, text, based_on
            )
        return Saved(stored, both)

    def get(self, member_id: int, item_id: int | None = None, session_id: int | None = None) -> str:
        return store.get_reflection(self.db, member_id, item_id, session_id)

    def all(self, member_id: int | None = None, session_id: int | None = None) -> list[Reflection]:
        return store.list_reflections(self.db, member_id, session_id)
