"""A growing pause after repeated wrong passwords: slows guessing, never locks anyone out."""

from __future__ import annotations

FREE_ATTEMPTS = 3
MAX_DELAY_S = 30


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: 0, 0, 0, 1, 2, 4, 8, 16, 30, 30 …"""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)
