"""`make package`: Yandu frozen with PyInstaller, then a .deb and a user archive from that build.

    .venv/bin/python packaging/build.py            everything, into build/dist/
    .venv/bin/python packaging/build.py --bare     also the bench's bare window, frozen alike
    .venv/bin/python packaging/build.py --frozen-only --bare    the two builds only (make bench)

Steps: jieba's dictionary as Yandu looks it up (so the first start does not build it), the one-folder
build (packaging/yandu.spec), the icons rendered from the SVG, the highest glibc any file of
the build needs, then `yandu_VERSION_amd64.deb` (under /opt/yandu, with a `yandu` command, the
desktop entry, AppStream metadata and icons) and `yandu-VERSION-linux-x86_64.tar.gz` (with an
install script for the user's own menu, no root). Each is checked with the tools the
distributions use, where they are installed: desktop-file-validate, appstreamcli, lintian.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tarfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
APP_ID = "org.yandu.Yandu"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# what the bundle does not carry and a Debian-based system provides: Chinese fonts (Qt draws
# boxes without them) and the X11/EGL libraries Qt's xcb platform loads
DEPENDS = [
    "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libx11-xcb1",
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def words_dictionary() -> None:
    """jieba's dictionary as Yandu looks it up (core/text/dictionary.py), built from the dict.txt
    of the jieba frozen into the build, so that the first start does not build it."""
    folder = BUILD / "dictionary"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "words.sqlite3"
    target.unlink(missing_ok=True)
    code = (
        "import sys; from pathlib import Path; "
        "from desktop.core.text.dictionary import build, source_dictionary; "
        "build(source_dictionary(), Path(sys.argv[1]))"
    )
    run(sys.executable, "-c", code, target)
    assert target.is_file(), "no dictionary was built"


def freeze(bare: bool = False) -> Path:
    environment = {
        # the modules' archive stored, not deflated: every start reads its modules from it, and
        # inflating them cost the window's start 20 ms (median of 11 starts each on the 8,306-issue
        # library); the build is about 8 MB larger
        "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "0",
        **os.environ,
        "YANDU_FREEZE_BARE": "1" if bare else "",
    }
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
        "--distpath", DIST, "--workpath", BUILD / ("work-bare" if bare else "work"),
        HERE / "yandu.spec",
        env=environment,
    )  # fmt: skip
    return DIST / ("bare-window" if bare else "yandu")


def strip_libraries(bundle: Path) -> None:
    """Shared libraries without their symbol tables (a fifth of the build) and not executable.
    The program itself keeps its own: PyInstaller's bootloader carries the archive after its code."""
    for path in bundle.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=False)
            path.chmod(0o644)


def icons(target: Path) -> None:
    """hicolor icons: the SVG, and PNGs rendered from it at each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    source = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(source))
    assert renderer.isValid(), source
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{APP_ID}.png"))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, scalable / f"{APP_ID}.svg")


_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


def glibc_needed(bundle: Path) -> tuple[tuple[int, ...], Path | None]:
    """The highest GLIBC_x.y symbol version any ELF file of the bundle asks for, and which file."""
    highest: tuple[int, ...] = (0,)
    where = None
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with open(path, "rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        listing = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, check=False
        ).stdout
        for match in _GLIBC.finditer(listing):
            found = tuple(int(part) for part in match.groups() if part is not None)
            if found > highest:
                highest, where = found, path
    return highest, where


def deb(bundle: Path, number: str, glibc: tuple[int, ...]) -> Path:
    root = BUILD / "deb" / f"yandu_{number}_amd64"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "yandu", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "yandu").symlink_to("/opt/yandu/yandu")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    metainfo = (HERE / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", number).replace("@DATE@", date.today().isoformat())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    icons(share / "icons" / "hicolor")
    docs = share / "doc" / "yandu"
    docs.mkdir(parents=True)
    shutil.copy(HERE / "linux" / "copyright", docs / "copyright")
    changelog = f"yandu ({number}) stable; urgency=medium\n\n  * Release {number}.\n\n"
    changelog += f" -- Yandu developers <yandu@example.org>  {_rfc2822()}\n"
    with gzip.GzipFile(docs / "changelog.gz", "wb", mtime=0) as handle:
        handle.write(changelog.encode())
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(HERE / "linux" / "lintian-overrides", overrides / "yandu")
    manual = share / "man" / "man1"
    manual.mkdir(parents=True)
    with gzip.GzipFile(manual / "yandu.1.gz", "wb", mtime=0) as handle:
        handle.write((HERE / "linux" / "yandu.1").read_bytes())
    program = root / "opt" / "yandu" / "yandu"
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path == program else 0o644)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    depends = [f"libc6 (>= {'.'.join(map(str, glibc))})", *DEPENDS]
    control.write_text(
        f"Package: yandu\nVersion: {number}\nArchitecture: amd64\nSection: text\n"
        "Priority: optional\nMaintainer: Yandu developers <yandu@example.org>\n"
        f"Installed-Size: {size // 1024}\nDepends: {', '.join(depends)}\n"
        "Description: read bulletins, mark what leaders require, write study notes\n"
        " Yandu (研读) imports bulletin issues (text, Markdown, HTML, Word, PDF) into a\n"
        " local library, marks every requirement with its speaker, and lets each member\n"
        " of a study group highlight, comment and export study notes to Word.\n",
        encoding="utf-8",
    )
    (root / "DEBIAN" / "postinst").write_text(_TRIGGERS, encoding="utf-8")
    (root / "DEBIAN" / "postinst").chmod(0o755)
    (root / "DEBIAN" / "postrm").write_text(_TRIGGERS, encoding="utf-8")
    (root / "DEBIAN" / "postrm").chmod(0o755)
    out = DIST / f"yandu_{number}_amd64.deb"
    run("dpkg-deb", "--build", "--root-owner-group", "-Zxz", root, out)
    return out


_TRIGGERS = """#!/bin/sh
set -e
# menus and "Open with" see the new entry at once (dpkg triggers do it too where they exist)
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""


def _rfc2822() -> str:
    from email.utils import formatdate

    return formatdate(usegmt=False)


def archive(bundle: Path, number: str) -> Path:
    """yandu-VERSION-linux-x86_64.tar.gz: the build, the menu entry, the icons, install.sh."""
    out = DIST / f"yandu-{number}-linux-x86_64.tar.gz"
    top = f"yandu-{number}"
    staging = BUILD / "archive" / top
    shutil.rmtree(staging.parent, ignore_errors=True)
    shutil.copytree(bundle, staging / "yandu", symlinks=True)
    share = staging / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", share / "applications")
    icons(share / "icons" / "hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(HERE / "linux" / script, staging / script)
        (staging / script).chmod(0o755)
    with tarfile.open(out, "w:gz") as tar:
        tar.add(staging, arcname=top)
    return out


def check(deb_file: Path | None) -> list[str]:
    """The distributions' own checks, where installed; the problems they found."""
    problems = []
    desktop = HERE / "linux" / f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        if done.returncode or done.stdout.strip():
            problems.append(f"desktop-file-validate: {done.stdout.strip()}")
    if shutil.which("appstreamcli"):
        metainfo = next((BUILD / "deb").rglob(f"{APP_ID}.metainfo.xml"))
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            problems.append(f"appstreamcli: {done.stdout.strip()}")
    if deb_file is not None and shutil.which("lintian"):
        done = subprocess.run(
            ["lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", str(deb_file)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            problems.append(f"lintian: {done.stdout.strip()}{done.stderr.strip()}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bare", action="store_true", help="also freeze the bench's bare window")
    parser.add_argument("--frozen-only", action="store_true", help="the build, no packages")
    args = parser.parse_args()
    number = version()
    DIST.mkdir(parents=True, exist_ok=True)
    words_dictionary()
    bundle = freeze()
    strip_libraries(bundle)
    if args.bare:
        strip_libraries(freeze(bare=True))
    if args.frozen_only:
        return 0
    glibc, where = glibc_needed(bundle)
    shown = ".".join(map(str, glibc))
    print(f"glibc: the build needs GLIBC_{shown} or newer (asked for by {where})", flush=True)
    deb_file = deb(bundle, number, glibc)
    tar_file = archive(bundle, number)
    for path in (deb_file, tar_file):
        print(f"built: {path} ({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    problems = check(deb_file)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
