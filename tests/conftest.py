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
def library(tmp_path):
    """A fresh library in a temporary folder."""
    from desktop.core.store.db import open_library

    lib = open_library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
