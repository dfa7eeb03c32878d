"""PySide6's check of every module imported after it, answered from the file rather than `inspect`.

Once PySide6 is loaded, its import hook asks of each new module whether it uses PySide (for the
opt-in `from __feature__ import snake_case`), by looking for "PySide6" in the module's source as
`inspect.getsource` gives it. `inspect` finds the module among all those loaded and reads the file
through `linecache`, so each check costs more the more modules there are: the window's start-up
spent 7 ms in it for the 74 modules it loads after PySide6 (2 ms with the file read directly).
The answer is the same: a file whose bytes do not hold the ASCII word holds no such text, and one
whose bytes do is read in its declared encoding, as `inspect` reads it. A module whose .py file
is not there (a frozen build's) is answered from its loader's `get_source`, as `linecache` would
answer `inspect`; one with no .py file of its own (compiled only, built in) is left to PySide's
own check. (The same cost is reported to napari, issue 8584.)
"""

from __future__ import annotations

import io
import sys
import tokenize
from collections.abc import Callable
from types import ModuleType

MARK = "_yandu_reads_the_file"


def read_source_directly() -> bool:
    """Put the direct check in place of PySide's; False where this PySide has no such check
    (a later one may do it differently), and nothing changes then."""
    import PySide6.QtCore  # noqa: F401 - the hook and its check are set up with QtCore

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, MARK, False):
        feature._mod_uses_pyside = uses_pyside(original)  # type: ignore[attr-defined]
    return True


def uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's question, whether `module`'s source names PySide6, answered from its .py file;
    `original` answers for the modules that have none."""

    def check(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(module, ModuleType) and isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    data = source.read()
            except (FileNotFoundError, NotADirectoryError):  # frozen, or inside an archive
                return _from_loader(module, original)
            except OSError:
                return original(module)
            return b"PySide6" in data and "PySide6" in _text(data)
        return original(module)

    setattr(check, MARK, True)
    check.__wrapped__ = original  # type: ignore[attr-defined]
    return check


def _from_loader(module: ModuleType, original: Callable[[ModuleType], bool]) -> bool:
    """A module whose file is not on disk (a frozen build's: its code comes from an archive, and
    `__file__` names where its source would be): the source its loader gives, which is where
    `inspect` (through `linecache`) looks next; PySide's own check if the loader cannot say."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if get_source is None:
        return original(module)
    try:
        text = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError):  # no source (a bad coding line): no PySide6
        return False
    return isinstance(text, str) and "PySide6" in text


def _text(data: bytes) -> str:
    """A source file's text in the encoding it declares (as `inspect` reads it); empty when it
    cannot be read so, where `inspect` finds no source."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError):
        return ""
