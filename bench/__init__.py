"""Benchmarks on the generated large demo data set (`python -m bench`, `make bench`).

Not part of the test suite: every figure is printed beside a floor measured in
the same run (the same SQL in plain `sqlite3` on an unencrypted copy), so the
ratio says what encryption and our layers cost on this machine, whatever its
speed. Start-up is the exception: its floor is a bare PySide6 window, each
started in a fresh process (`bench.startup`). Add a measurement by appending
to `bench.measurements.build`.
"""
