"""Saving an export: the permissions of any new file, a read-only earlier export replaced only
when asked, no temporary file left behind, and a full disk that ends with one line."""

from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import ExportFailed
from desktop.core.library import Library
from desktop.core.notes.export import export_docx
from desktop.core.notes.save import save_atomically
from tests.cli.test_cli import yandu
from tests.conftest import ROOT, SAMPLES, message

CHINESE = {"LANGUAGE": "zh_CN", "LANG": "zh_CN.UTF-8"}


@pytest.fixture(scope="module")
def noted(tmp_path_factory) -> Path:
    """A library with one member's highlight, closed (the command line opens it again)."""
    path = tmp_path_factory.mktemp("noted") / "lib.sqlite3"
    library = Library.open(path)
    try:
        library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
        member = library.members.add("张三")
        item = library.issue(1).items[0]
        library.annotations.create_at_quote(item.id, "三管三必须", member.id, comment="逐条落实")
    finally:
        library.close()
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Set the process's umask for one test."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield os.umask
    os.umask(previous)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_an_export_gets_the_permissions_any_new_file_gets(tmp_path, umask, mask, noted):
    umask(mask)
    written = save_atomically(tmp_path / "notes.txt", lambda path: path.write_bytes(b"notes"))
    assert mode(written) == 0o666 & ~mask
    library = Library.open(noted)
    try:
        exported = export_docx(library, tmp_path / "笔记.docx", member="张三")
    finally:
        library.close()
    assert mode(exported) == 0o666 & ~mask


def test_a_read_only_earlier_export_is_replaced_only_when_asked(tmp_path, noted):
    target = tmp_path / "笔记.docx"
    target.write_bytes(b"the earlier export")
    target.chmod(0o444)
    library = Library.open(noted)
    try:
        with pytest.raises(ExportFailed) as caught:
            export_docx(library, target, member="张三")
        assert caught.value.code == "export.read_only"
        assert "只读" in message(caught.value, "zh") and "--force" in message(caught.value, "zh")
        assert target.read_bytes() == b"the earlier export"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["笔记.docx"]
        export_docx(library, target, member="张三", replace_read_only=True)
    finally:
        library.close()
    assert target.read_bytes().startswith(b"PK") and mode(target) & stat.S_IWUSR


def test_the_command_line_replaces_a_read_only_export_with_force(tmp_path, noted):
    target = tmp_path / "笔记.docx"
    target.write_bytes(b"the earlier export")
    target.chmod(0o444)
    refused = yandu("export", "docx", "-o", str(target), "--member", "张三", db=noted, env=CHINESE)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith(f"error: {target}: 这个文件是只读的")
    assert refused.stderr.count("\n") == 1
    assert target.read_bytes() == b"the earlier export"
    forced = yandu("export", "docx", "-o", str(target), "--member", "张三", "--force", db=noted)
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"PK")


STALLED_EXPORT = """
import sys, time
from pathlib import Path
from desktop.core.notes.save import save_atomically

def write(path):
    path.write_bytes(b"PK half a document")
    print("writing", flush=True)
    time.sleep(600)

save_atomically(Path(sys.argv[1]), write)
"""


def test_a_temporary_file_left_by_a_killed_export_is_removed_next_time(tmp_path):
    target = tmp_path / "notes.docx"
    stalled = subprocess.Popen(
        [sys.executable, "-c", STALLED_EXPORT, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert stalled.stdout is not None and stalled.stdout.readline() == "writing\n"
        [left] = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        # while that export is still writing, another export leaves its file alone
        save_atomically(target, lambda path: path.write_bytes(b"first"))
        assert left.exists()
    finally:
        stalled.kill()
        stalled.wait()
        if stalled.stdout is not None:
            stalled.stdout.close()
    assert left.exists()  # killed midway: its temporary file is still there
    save_atomically(target, lambda path: path.write_bytes(b"second"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.docx"]
    assert target.read_bytes() == b"second"


def fill_the_disk(after: int = 4096) -> None:
    """From now on python-docx writes its documents to a disk that is full after `after` bytes.

    The zip file it writes is left open when the write fails, as on a real full disk, so
    Python would close it (and fail again, printing a traceback) whenever it collects it.
    Only the writer is changed: python-docx reads its template with the same zip class.
    """
    import docx.opc.phys_pkg as phys_pkg

    class FullDisk(io.FileIO):
        def write(self, data) -> int:  # type: ignore[override]
            if self.tell() + len(data) > after:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    def open_on_a_full_disk(self, pkg_file) -> None:
        file = io.BufferedWriter(FullDisk(pkg_file, "w"))
        self._zipf = zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED)

    phys_pkg._ZipPkgWriter.__init__ = open_on_a_full_disk  # type: ignore[method-assign]


def test_a_full_disk_fails_cleanly_with_nothing_left_to_fail_later(tmp_path, noted, monkeypatch):
    import gc

    import docx.opc.phys_pkg as phys_pkg

    # put back after the test
    monkeypatch.setattr(phys_pkg._ZipPkgWriter, "__init__", phys_pkg._ZipPkgWriter.__init__)
    fill_the_disk()
    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    target = tmp_path / "笔记.docx"
    target.write_bytes(b"the earlier export")
    library = Library.open(noted)
    try:
        with pytest.raises(ExportFailed) as caught:
            export_docx(library, target, member="张三")
    finally:
        library.close()
    del caught
    gc.collect()
    assert unraisable == []  # nothing that Python would print after the message
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["笔记.docx"]


FULL_DISK_COMMAND = """
import sys
from tests.core.notes.test_save import fill_the_disk
fill_the_disk()
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_export_prints_one_line(tmp_path, noted):
    target = tmp_path / "笔记.docx"
    run = subprocess.run(
        [sys.executable, "-c", FULL_DISK_COMMAND, "--db", str(noted), "export", "docx"]
        + ["-o", str(target), "--member", "张三"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, **CHINESE},
    )
    assert run.returncode == 1
    assert run.stderr == f"error: {target}: 磁盘已满；请清理空间后重新导出\n"
    assert list(tmp_path.iterdir()) == []


def test_a_really_full_disk_export_prints_one_line(tmp_path, noted):
    """The same on a real full file system: a small tmpfs, where one can be mounted."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare to mount a small file system")
    disk = tmp_path / "disk"
    disk.mkdir()
    fill = (
        'mount -t tmpfs -o size=16k tmpfs "$1" || exit 97; '
        'head -c 12288 /dev/zero > "$1/filler"; shift; exec "$@"'
    )
    namespace = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    command = [sys.executable, "-m", "desktop", "--db", str(noted), "export", "docx"]
    run = subprocess.run(
        [*namespace, "sh", "-c", fill, "sh", str(disk), *command]
        + ["-o", str(disk / "笔记.docx"), "--member", "张三"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, **CHINESE},
    )
    if run.returncode == 97 or "unshare:" in run.stderr:
        pytest.skip(f"no small file system can be mounted here: {run.stderr.strip()}")
    assert run.returncode == 1
    assert run.stderr == f"error: {disk / '笔记.docx'}: 磁盘已满；请清理空间后重新导出\n"
