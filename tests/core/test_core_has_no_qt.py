"""desktop.core must never load Qt: the command line and tests use it without a display."""

import subprocess
import sys


def test_importing_every_core_module_does_not_load_pyside6():
    code = (
        "import pkgutil, importlib, sys, desktop.core, desktop.cli\n"
        "for m in pkgutil.walk_packages(desktop.core.__path__, 'desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
