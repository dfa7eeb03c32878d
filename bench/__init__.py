"""Benchmarks (not part of `make test`): each measures Yandu against a baseline in the same run."""


def verdict(met: bool, label: str) -> str:
    """The import, search, start-up and memory targets are set for the large library; the small run
    is for reference."""
    if label == "large":
        return "met" if met else "MISSED"
    return "set for the large library; " + ("would be met" if met else "not reached at this size")
