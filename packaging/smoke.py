"""The built program, tried as a user would: `make package` ends with it, CI runs it.

    .venv/bin/python packaging/smoke.py [--deb]

The frozen `build/dist/yandu/yandu`, offscreen, in a home of its own: prints its version,
imports a Word sample from ../shared/samples (through the reader process), annotates it,
exports the notes to .docx (opened here with python-docx), writes a screenshot of the
window, each exiting 0; installs the archive with its install.sh into that home, runs it and
removes it again. With --deb (as root, or with sudo), installs the .deb with dpkg and runs the
installed `yandu --version`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "build" / "dist" / "yandu" / "yandu"
SAMPLE = ROOT.parent / "shared" / "samples" / "formats" / "xinwenlianbo-20190927.docx"


def step(what: str, command: list[str], environment: dict[str, str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300)
    print(f"{'ok ' if done.returncode == 0 else 'FAILED'} {what}: {done.stdout.strip()[:200]}")
    if done.returncode != 0:
        raise SystemExit(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", action="store_true", help="also install the .deb (root)")
    args = parser.parse_args()
    from docx import Document

    from desktop import __version__

    with tempfile.TemporaryDirectory(prefix="yandu-smoke-") as name:
        home = Path(name)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "zh_CN.UTF-8",
        }
        yandu = [str(PROGRAM)]
        assert step("version", [*yandu, "--version"], environment).strip() == f"yandu {__version__}"
        library = ["--db", str(home / "library.sqlite3")]
        imported = step("import", [*yandu, *library, "import", str(SAMPLE)], environment)
        assert "imported" in imported or "导入" in imported, imported
        step(
            "annotate",
            [*yandu, *library, "annotate", "1", "--quote", "中华人民共和国", "--member", "张三",
             "--comment", "冒烟测试批注"],
            environment,
        )  # fmt: skip
        notes = home / "学习笔记.docx"
        step(
            "export",
            [*yandu, *library, "export", "docx", "-o", str(notes), "--member", "张三"],
            environment,
        )
        text = "\n".join(paragraph.text for paragraph in Document(str(notes)).paragraphs)
        assert "冒烟测试批注" in text, "the comment is not in the exported notes"
        print("ok  python-docx opens the notes, the comment is in them")
        shot = home / "window.png"
        step("screenshot", [*yandu, *library, "gui", "--screenshot", str(shot)], environment)
        assert shot.stat().st_size > 10_000, "the screenshot is empty"
        print(f"ok  screenshot {shot.stat().st_size // 1024} KB")
        [packed] = sorted((ROOT / "build" / "dist").glob("yandu-*-linux-x86_64.tar.gz"))
        with tarfile.open(packed) as tar:
            tar.extractall(home / "unpacked", filter="tar")
        [unpacked] = (home / "unpacked").iterdir()
        step("archive: install.sh", ["sh", str(unpacked / "install.sh")], environment)
        menu = home / "data" / "applications" / "org.yandu.Yandu.desktop"
        assert f'Exec="{home}/.local/opt/yandu/yandu" gui %F' in menu.read_text("utf-8")
        installed = step("archive: yandu --version", [str(home / ".local/bin/yandu"), "--version"],
                         environment)  # fmt: skip
        assert installed.strip() == f"yandu {__version__}"
        step("archive: uninstall.sh", ["sh", str(unpacked / "uninstall.sh")], environment)
        assert not menu.exists() and not (home / ".local/opt/yandu").exists()
        if args.deb:
            [deb] = sorted((ROOT / "build" / "dist").glob("yandu_*_amd64.deb"))
            root = [] if os.geteuid() == 0 else ["sudo"]
            step("dpkg -i", [*root, "dpkg", "-i", str(deb)], {**environment, **os.environ})
            installed = step("installed yandu --version", ["yandu", "--version"], environment)
            assert installed.strip() == f"yandu {__version__}"
    return 0


if __name__ == "__main__":
    sys.exit(main())
