"""Benchmarks (not part of `make test`): each measures Yandu against a baseline in the same run."""
