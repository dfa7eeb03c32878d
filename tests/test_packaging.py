"""An installed Yandu finds everything it ships, and the package's metadata agrees with the code.

`make package` and its smoke test (packaging/smoke.py) check the frozen build in CI; here, a
wheel built from this checkout, installed into a folder of its own (not editable), is used
from outside the checkout: translations, the sample and the icon are found in it.
"""

from __future__ import annotations

import configparser
import json
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from desktop import APP_ID, __version__
from tests.conftest import ROOT

FIND_RESOURCES = """
import json, sys
from desktop.paths import icon_path, resources_dir, sample_bulletin
from desktop.ui import translations
from PySide6.QtCore import QTranslator
translator = QTranslator()
english = translator.load(str(translations.TRANSLATIONS / "yandu_en.qm"))
print(json.dumps({
    "resources": str(resources_dir()),
    "sample": sample_bulletin().is_file(),
    "icon": icon_path().is_file(),
    "english": english and translator.translate("MainWindow", "文件(&F)") == "&File",
}))
"""


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_finds_its_resources(tmp_path):
    if not (ROOT / "resources" / "translations" / "yandu_en.qm").exists():
        pytest.skip("the translations are not compiled (make translations)")
    target = tmp_path / "installed"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if built.returncode and "Could not find a version" in built.stderr:
        pytest.skip("no package index to build the wheel with")
    assert built.returncode == 0, built.stderr
    dependencies = sysconfig.get_paths()["purelib"]  # PySide6, jieba…: this environment's
    run = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path[:0] = [{str(target)!r}, "
         f"{dependencies!r}]\n" + FIND_RESOURCES],
        cwd=tmp_path,  # not the checkout: nothing may come from it
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert Path(found["resources"]).is_relative_to(target)
    assert found == {**found, "sample": True, "icon": True, "english": True}
    assert (target / "bin" / "yandu").exists() and (target / "bin" / "yandu-gui").exists()


def test_every_package_of_the_code_is_in_the_distribution():
    configured = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(configured["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "desktop").rglob("__init__.py")
    }
    assert found | {"desktop.resources"} == listed


def test_the_desktop_entry_is_named_by_the_app_id_and_opens_files():
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # keys are case-sensitive
    path = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"] == "yandu gui %F"
    kinds = set(filter(None, desktop["MimeType"].split(";")))
    assert {"application/pdf", "text/plain", "text/html"} <= kinds
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    metainfo = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and f"{APP_ID}.desktop" in metainfo


def test_the_windows_version_resource_says_this_version():
    resource = (ROOT / "packaging" / "windows" / "version.txt").read_text(encoding="utf-8")
    numbers = tuple(int(part) for part in __version__.split("."))
    as_tuple = "(" + ", ".join(str(n) for n in (*numbers, 0)) + ")"
    assert f"filevers={as_tuple}" in resource and f"prodvers={as_tuple}" in resource
    assert f"StringStruct('FileVersion', '{__version__}')" in resource
