"""CI's slice of `make stress`: a few fuzzed files, kills, the concurrency scenarios, every hostile file."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_quick_campaign_finds_nothing():
    run = subprocess.run(
        [sys.executable, "-m", "tests.stress", "--quick", "--seed", "7"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    rows = [line for line in run.stdout.splitlines() if line.startswith("| ")]
    assert len(rows) == 5 and "Traceback" not in run.stderr  # the head and four campaigns
