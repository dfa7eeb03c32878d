"""Search latency on a library-scale corpus: 200 queries of 1 to 8 characters, against grep over the files.

Queries are drawn from the library itself, deterministically: its quoted
formulations (三管三必须 …), the people it names, common policy words, single
characters, and stretches of 1-8 characters cut from article bodies.
Baseline, same run: `grep -rcF QUERY` over the corpus files (ripgrep if installed).
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from bench import verdict

WORDS = [
    "安全",
    "发展",
    "改革",
    "民生",
    "责任",
    "落实",
    "党建",
    "创新",
    "监管",
    "整改",
    "高质量发展",
    "乡村振兴",
    "生态环境",
    "营商环境",
    "风险隐患",
    "主体责任",
    "新发展理念",
    "共同富裕",
    "科技创新",
    "基层治理",
]
SINGLE = list("安党民责要法改治新强")


def queries(library, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    chosen: list[str] = []
    phrases = [p.text for p in library.phrases() if 2 <= len(p.text) <= 8 and "\n" not in p.text]
    chosen += phrases[:70]
    chosen += [p.name for p in library.people()[:30] if 2 <= len(p.name) <= 8]
    chosen += WORDS + SINGLE
    bodies = [row[0] for row in library.db.execute("SELECT body FROM items ORDER BY id LIMIT 3000")]
    while len(chosen) < 200:
        body = rng.choice(bodies)
        length = rng.randint(1, 8)
        if len(body) > length:
            start = rng.randrange(0, len(body) - length)
            piece = body[start : start + length]
            if piece.strip() and "\n" not in piece:
                chosen.append(piece)
    return chosen[:200]


def run(library, folder: Path) -> dict:
    wanted = queries(library)
    library.search(
        wanted[0]
    )  # warm the page cache once, as a user's library is after a first search
    latencies = []
    for query in wanted:
        started = time.perf_counter()
        library.search(query)
        latencies.append(time.perf_counter() - started)
    tool = ["rg", "-c", "-F", "--no-messages"] if shutil.which("rg") else ["grep", "-rcF"]
    sample = wanted[::10]  # grep is slow: every tenth query gives its median
    grep_times = []
    for query in sample:
        started = time.perf_counter()
        subprocess.run(
            [*tool, query, str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        grep_times.append(time.perf_counter() - started)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    grep_median = statistics.median(grep_times)
    return {
        "queries": len(wanted),
        "p50_ms": p50 * 1000,
        "p95_ms": p95 * 1000,
        "tool": tool[0],
        "grep_ms": grep_median * 1000,
        "speedup": grep_median / p50,
        "met": p95 <= 0.030 and grep_median / p50 >= 10,
    }


def report(result: dict, label: str) -> str:
    return (
        f"search ({label}, {result['queries']} queries): p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms; "
        f"{result['tool']} over the files: median {result['grep_ms']:.0f} ms; {result['speedup']:.0f}x faster "
        f"(target p95 <= 30 ms and >= 10x, {verdict(result['met'], label)})"
    )
