"""Annotations: a member's highlights, comments and tags, each in the member's own layer."""

from __future__ import annotations

from typing import Any

from desktop.core.errors import Invalid
from desktop.core.model import Annotation
from desktop.core.store import annotations as store
from desktop.core.store import members
from desktop.core.store.connection import LibraryDb
from desktop.core.store.issues import get_item
from desktop.core.store.sessions import get_session


class Annotations:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def create(
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
        """Highlight `start`–`end` (code points of the item's body) for the member."""
        with self.db.atomic():
            item = get_item(self.db, item_id)
            if not members.member_by_id(self.db, member_id).local:
                raise Invalid(("member", member_id), "member.from_elsewhere")
            if session_id is not None:
                get_session(self.db, session_id)
            assert item.issue_id is not None  # an item read from the library has its issue
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
        return self.get(annotation_id)

    def create_at_quote(
        self, item_id: int, quote: str, member_id: int, occurrence: int = 1, **fields: Any
    ) -> Annotation:
        """Highlight the n-th place where `quote` occurs in the item's body."""
        from desktop.core.text.anchoring import find_quote  # with the first note, not at start

        item = get_item(self.db, item_id)
        target = find_quote(item.body, quote, occurrence)
        if target is None:
            raise Invalid(("item", item_id), "annotation.quote_missing", quote=quote)
        return self.create(item_id, target.start, target.end, member_id, **fields)

    def get(self, annotation_id: int) -> Annotation:
        return store.get_annotation(self.db, annotation_id)

    def find(self, **filters: Any) -> list[Annotation]:
        """Filters: item_id, member_id, session_id, category, tag, issue_id."""
        return store.list_annotations(self.db, **filters)

    def update(
        self, annotation_id: int, member_id: int, based_on: str | None = None, **changes: Any
    ) -> Annotation:
        """Change comment, tags, category, colour or session; only the author may. With
        `based_on` (the comment an editor loaded), a comment written elsewhere meanwhile is
        kept before the new one rather than overwritten."""
        with self.db.atomic():
            store.update_annotation(self.db, annotation_id, member_id, based_on, **changes)
        return self.get(annotation_id)

    def delete(self, annotation_id: int, member_id: int) -> None:
        """Mark it deleted (undo brings it back); only the author may."""
        with self.db.atomic():
            store.delete_annotation(self.db, annotation_id, member_id)

    def settle_placement(self, annotation_id: int, member_id: int, right: bool) -> Annotation:
        """Confirm a note re-anchoring placed on changed words (`right`), or make it an
        orphan at its article; only the author may."""
        with self.db.atomic():
            store.settle_placement(self.db, annotation_id, member_id, right)
        return self.get(annotation_id)
