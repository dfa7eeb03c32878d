"""The library's database handle: reads go straight to SQLite; sqlite-utils loads when first needed.

Importing sqlite-utils takes about 0.1 s (it brings click, dateutil and pluggy):
a quarter of the window's start-up beyond Qt's own. Opening the window only
reads, so this handle answers `execute` itself and builds the sqlite-utils
`Database` over the same connection the first time anything else is asked of
it: a transaction (`atomic`), a table, a migration. The window loads sqlite-utils
in idle time once it is painted (ui/app.py), so the first note does not wait.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


class LibraryDb:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._database: Database | None = None

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None):
        """As sqlite-utils' `Database.execute` on an autocommit connection: a cursor."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @property
    def database(self) -> Database:
        """The sqlite-utils `Database` over this connection, made on first use."""
        if self._database is None:
            from sqlite_utils import Database

            # no plugins: one installed beside Yandu would run its hooks on the library's
            # connection, and finding them reads every installed package's metadata
            self._database = Database(self.conn, execute_plugins=False)
        return self._database

    def atomic(self):
        return self.database.atomic()

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, name: str):
        return self.database[name]

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy, pickle and friends probe for these: no import for them
            raise AttributeError(name)
        return getattr(self.database, name)
