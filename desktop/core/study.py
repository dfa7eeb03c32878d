"""What members do with the library: members, sessions, annotations, reflections, undo and redo.

Mixed into `Library`; every method that changes something runs in one transaction.
"""

from __future__ import annotations

from desktop.core.errors import YanduError
from desktop.core.model import Annotation, Category, Member, Reflection, StudySession
from desktop.core.store import annotations as store
from desktop.core.text.anchoring import find_quote


class StudyMixin:
    db: object

    # members

    def members(self) -> list[Member]:
        return store.list_members(self.db)

    def member(self, name: str) -> Member:
        found = store.member_by_name(self.db, name)
        if found is None:
            raise YanduError(
                f"member {name}", "no such member; add one with `yandu member-add NAME`"
            )
        return found

    def add_member(self, name: str, colour: str | None = None) -> Member:
        with self.db.atomic():
            return store.add_member(self.db, name, colour)

    def ensure_member(self, name: str) -> Member:
        with self.db.atomic():
            return store.ensure_member(self.db, name)

    def update_member(
        self, member_id: int, name: str | None = None, colour: str | None = None
    ) -> Member:
        with self.db.atomic():
            return store.update_member(self.db, member_id, name, colour)

    def categories(self) -> list[Category]:
        return store.list_categories(self.db)

    def set_category(self, name: str, colour: str) -> None:
        with self.db.atomic():
            store.set_category(self.db, name, colour)

    def remove_category(self, name: str) -> None:
        with self.db.atomic():
            store.remove_category(self.db, name)

    # sessions

    def add_session(self, title: str, **fields) -> StudySession:
        with self.db.atomic():
            session_id = store.add_session(self.db, title, **fields)
        return store.get_session(self.db, session_id)

    def update_session(self, session_id: int, title: str, **fields) -> StudySession:
        with self.db.atomic():
            store.update_session(self.db, session_id, title, **fields)
        return store.get_session(self.db, session_id)

    def session(self, session_id: int) -> StudySession:
        return store.get_session(self.db, session_id)

    def sessions(self) -> list[StudySession]:
        return store.list_sessions(self.db)

    # annotations

    def annotate(
        self,
        item_id: int,
        start: int,
        end: int,
        member_id: int,
        session_id: int | None = None,
        category: str | None = None,
        colour: str | None = None,
        comment: str = "",
        tags: tuple[str, ...] = (),
    ) -> Annotation:
        item = self.item(item_id)
        with self.db.atomic():
            annotation_id = store.create_annotation(
                self.db,
                item_id,
                item.body,
                item.issue_id,
                start,
                end,
                member_id,
                session_id,
                category,
                colour,
                comment,
                tags,
            )
        return store.get_annotation(self.db, annotation_id)

    def annotate_quote(
        self, item_id: int, quote: str, member_id: int, occurrence: int = 1, **fields
    ) -> Annotation:
        """Annotate the n-th place where `quote` occurs in the item's body."""
        item = self.item(item_id)
        target = find_quote(item.body, quote, occurrence)
        if target is None:
            raise YanduError(f"item {item_id}", f"the text does not contain “{quote}”")
        return self.annotate(item_id, target.start, target.end, member_id, **fields)

    def annotation(self, annotation_id: int) -> Annotation:
        return store.get_annotation(self.db, annotation_id)

    def annotations(self, **filters) -> list[Annotation]:
        return store.list_annotations(self.db, **filters)

    def update_annotation(self, annotation_id: int, member_id: int, **changes) -> Annotation:
        with self.db.atomic():
            store.update_annotation(self.db, annotation_id, member_id, **changes)
        return store.get_annotation(self.db, annotation_id)

    def delete_annotation(self, annotation_id: int, member_id: int) -> None:
        with self.db.atomic():
            store.delete_annotation(self.db, annotation_id, member_id)

    def undo(self, member_id: int) -> int | None:
        with self.db.atomic():
            return store.undo(self.db, member_id)

    def redo(self, member_id: int) -> int | None:
        with self.db.atomic():
            return store.redo(self.db, member_id)

    def can_undo(self, member_id: int) -> bool:
        return store.can_undo(self.db, member_id)

    def can_redo(self, member_id: int) -> bool:
        return store.can_redo(self.db, member_id)

    # reflections

    def save_reflection(
        self, member_id: int, text: str, item_id: int | None = None, session_id: int | None = None
    ) -> None:
        with self.db.atomic():
            store.save_reflection(self.db, member_id, item_id, session_id, text)

    def reflection(
        self, member_id: int, item_id: int | None = None, session_id: int | None = None
    ) -> str:
        return store.get_reflection(self.db, member_id, item_id, session_id)

    def reflections(
        self, member_id: int | None = None, session_id: int | None = None
    ) -> list[Reflection]:
        return store.list_reflections(self.db, member_id, session_id)
