"""What the study controls need of the reading side of the window, and nothing more."""

from __future__ import annotations

from typing import Protocol


class Reader(Protocol):
    """The article being read, and a place to say something briefly."""

    @property
    def current_item_id(self) -> int | None: ...

    def select_item(self, item_id: int) -> bool: ...

    def show_status(self, text: str, milliseconds: int = 4000) -> None: ...
