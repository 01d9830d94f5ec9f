"""Timing, the printed table and the JSON file; nothing here knows what is measured."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Measurement:
    """One thing to time: `fn` is what the app does, `floor_fn` the least it could cost.

    `self_timed`: `fn` and `floor_fn` return the milliseconds they measured
    themselves, for work timed elsewhere (a child process reports its own
    start-up; timing the call here would add its teardown). `note` may be a
    function, called after the runs, for notes made from what the runs saw.
    """

    name: str
    fn: Callable[[], Any]
    floor_fn: Callable[[], Any] | None = None
    repeats: int = 7
    warmup: int = 1
    note: str | Callable[[], str] = ""
    self_timed: bool = False


@dataclass
class Result:
    name: str
    samples_ms: list[float]
    floor_samples_ms: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def floor_ms(self) -> float | None:
        return statistics.median(self.floor_samples_ms) if self.floor_samples_ms else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_ms
        return self.median_ms / floor if floor else None

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "ms_median": round(self.median_ms, 3),
                "floor_ms_median": None if self.floor_ms is None else round(self.floor_ms, 3),
                "ratio": None if self.ratio is None else round(self.ratio, 2),
                "samples_ms": [round(s, 3) for s in self.samples_ms],
                "floor_samples_ms": [round(s, 3) for s in self.floor_samples_ms],
                "note": self.note}


def _time_ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _reported_ms(fn: Callable[[], Any]) -> float:
    return float(fn())


def run(m: Measurement) -> Result:
    """Alternate the measurement and its floor, so drift (turbo, caches) hits both alike."""
    timed = _reported_ms if m.self_timed else _time_ms
    for _ in range(m.warmup):
        m.fn()
        if m.floor_fn:
            m.floor_fn()
    result = Result(m.name, [])
    for _ in range(m.repeats):
        result.samples_ms.append(timed(m.fn))
        if m.floor_fn:
            result.floor_samples_ms.append(timed(m.floor_fn))
    result.note = m.note() if callable(m.note) else m.note
    return result


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def table(results: list[Result]) -> str:
    width = max([len("measurement")] + [len(r.name) for r in results])
    lines = [f"{'measurement':<{width}} | {'ms (median)':>11} | {'floor ms':>9} | {'ratio':>6}",
             f"{'-' * width}-|-{'-' * 11}-|-{'-' * 9}-|-{'-' * 6}"]
    lines += [f"{r.name:<{width}} | {_fmt(r.median_ms):>11} | {_fmt(r.floor_ms):>9} | "
              f"{_fmt(r.ratio, 2):>6}" for r in results]
    return "\n".join(lines)


def _cpu_model() -> str:
    """platform.processor() is empty on Linux; /proc/cpuinfo names the CPU there."""
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def machine() -> dict[str, Any]:
    return {"processor": platform.processor(), "cpu_model": _cpu_model(),
            "machine": platform.machine(),
            "platform": platform.platform(), "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0], "implementation": platform.python_implementation()}


def write_json(path: Path, results: list[Result], extra: dict[str, Any]) -> None:
    payload = {"run_at": datetime.now().isoformat(timespec="seconds"), "machine": machine(),
               **extra, "measurements": [r.as_json() for r in results]}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.new")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n",
                   encoding="utf-8")
    tmp.replace(path)
