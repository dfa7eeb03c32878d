"""The members of the study group, and the categories they highlight in."""

from __future__ import annotations

from desktop.core.errors import NotFound
from desktop.core.model import Category, Member
from desktop.core.store import members as store
from desktop.core.store.connection import LibraryDb


class Members:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def all(self) -> list[Member]:
        return store.list_members(self.db)

    def named(self, name: str) -> Member:
        found = store.member_by_name(self.db, name.strip())
        if found is None:
            raise NotFound(("member", name), "member.not_found")
        return found

    def get(self, member_id: int) -> Member:
        return store.member_by_id(self.db, member_id)

    def add(self, name: str, colour: str | None = None) -> Member:
        with self.db.atomic():
            return store.add_member(self.db, name, colour)

    def ensure(self, name: str) -> Member:
        """The member called `name`, added if there is none."""
        with self.db.atomic():
            return store.member_by_name(self.db, name.strip()) or store.add_member(self.db, name)

    def update(self, member_id: int, name: str | None = None, colour: str | None = None) -> Member:
        with self.db.atomic():
            return store.update_member(self.db, member_id, name, colour)


class Categories:
    def __init__(self, db: LibraryDb) -> None:
        self.db = db

    def all(self) -> list[Category]:
        return store.list_categories(self.db)

    def colour(self, name: str) -> str | None:
        return store.category_colour(self.db, name)

    def set(self, name: str, colour: str) -> None:
        with self.db.atomic():
            store.set_category(self.db, name, colour)

    def remove(self, name: str) -> None:
        with self.db.atomic():
            store.remove_category(self.db, name)
