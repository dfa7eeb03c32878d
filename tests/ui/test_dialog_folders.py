"""The import dialogs open where the last import came from, not in the home folder every time."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog


def test_the_file_dialog_opens_in_the_folder_imported_from_last(
    window, qtbot, samples, tmp_path, monkeypatch
):
    folder = tmp_path / "简报" / "2020"
    folder.mkdir(parents=True)
    bulletin = folder / "kaifaqu.txt"
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", bulletin)
    opened_in = []

    def pick(_parent, _title, directory, _filter):
        opened_in.append(directory)
        return [str(bulletin)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    window.choose_files()
    qtbot.waitUntil(lambda: window._import_job is None and window.library.counts()[0] == 1)
    window.choose_files()
    assert opened_in[0] == str(Path.home())
    assert opened_in[1] == str(folder)
