from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """Each test gets its own QSettings file, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("YanduTest")
    qapp.setApplicationName("YanduTest")
    QSettings().clear()
    yield


@pytest.fixture
def window(qtbot, library):
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    return win
