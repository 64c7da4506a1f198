"""Benchmarks: each ``bench/bench_*.py`` runs our code and its baseline on the
same input in one run; ``python -m bench`` prints one table of them all."""
