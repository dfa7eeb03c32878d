"""Study sessions (学习会): when and where, who hosted, who came and who was away, what was studied."""

from __future__ import annotations

from desktop.core.model import StudySession
from desktop.core.store import members
from desktop.core.store import sessions as store
from desktop.core.store.connection import LibraryDb
from desktop.core.store.issues import get_item


class Sessions:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def all(self) -> list[StudySession]:
        return store.list_sessions(self.db)

    def get(self, session_id: int) -> StudySession:
        return store.get_session(self.db, session_id)

    def add(
        self,
        title: str,
        starts_at: str | None = None,
        place: str | None = None,
        host_id: int | None = None,
        attendee_ids: tuple[int, ...] = (),
        absentees: tuple[tuple[int, str], ...] = (),
        item_ids: tuple[int, ...] = (),
    ) -> StudySession:
        with self.db.atomic():
            self._check(host_id, attendee_ids, absentees, item_ids)
            session_id = store.add_session(
                self.db, title, starts_at, place, host_id, attendee_ids, absentees, item_ids
            )
        return self.get(session_id)

    def update(
        self,
        session_id: int,
        title: str,
        starts_at: str | None = None,
        place: str | None = None,
        host_id: int | None = None,
        attendee_ids: tuple[int, ...] = (),
        absentees: tuple[tuple[int, str], ...] = (),
        item_ids: tuple[int, ...] = (),
    ) -> StudySession:
        with self.db.atomic():
            self._check(host_id, attendee_ids, absentees, item_ids)
            store.update_session(
                self.db,
                session_id,
                title,
                starts_at,
                place,
                host_id,
                attendee_ids,
                absentees,
                item_ids,
            )
        return self.get(session_id)

    def _check(
        self,
        host_id: int | None,
        attendee_ids: tuple[int, ...],
        absentees: tuple[tuple[int, str], ...],
        item_ids: tuple[int, ...],
    ) -> None:
        """NotFound for a member or an article that is not in the library."""
        people = [*attendee_ids, *(member_id for member_id, _ in absentees)]
        for member_id in ([host_id] if host_id is not None else []) + people:
            members.member_by_id(self.db, member_id)
        for item_id in item_ids:
            get_item(self.db, item_id)
