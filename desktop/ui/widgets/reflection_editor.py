"""心得体会: a plain editor that saves every change at once, so a crash or power cut loses nothing typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPlainTextEdit


class ReflectionEditor(QPlainTextEdit):
    def __init__(self, placeholder: str, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self._save: Callable[[str], None] | None = None
        self._loading = False
        self.textChanged.connect(self._changed)

    def attach(self, text: str, save: Callable[[str], None] | None) -> None:
        """Show `text`; each later change is handed to `save` (None: read-only, nothing to save to)."""
        self._loading = True
        self._save = save
        self.setPlainText(text)
        self.setReadOnly(save is None)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading and self._save is not None:
            self._save(self.toPlainText())

    def replace_text(self, text: str) -> None:
        """Show a text stored by someone else (or two versions kept), keeping the cursor's place
        as near as it can and without saving it back."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._loading = True
        self.setPlainText(text)
        self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
