"""Shared fixtures. The samples are read from ../shared beside the checkout, as CI lays it out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples"
GOLD = SHARED / "gold"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"the shared samples are missing: expected them at {SAMPLES}")
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    """../shared beside the checkout: the samples, the corpus, the gold."""
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is missing: expected it at {SHARED}")
    return SHARED


@pytest.fixture
def library(tmp_path):
    """A fresh library in a temporary folder."""
    from desktop.core.library import Library

    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def message(error, language: str = "en") -> str:
    """The words of an error (or a result's problem) as a face shows them, without the subject."""
    from desktop.core.messages import message_text, translator

    return message_text(error.code, error.params, translator(language))
