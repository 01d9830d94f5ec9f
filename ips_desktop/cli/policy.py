"""`ips-desktop policy [--json]`: the effective IT policy, and where each value came from.

For IT to check a deployment: which file was read, every key with its value
and its source (the file's line, "not set", or the safe default a broken
file falls back to), and each problem on stderr with its line. Needs no
database and no password.

Exit codes: 0 the file is fine (or there is none: no policy); 40 the file
has problems (the app still starts, with the values shown here).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ips_desktop.domain.messages import message
from ips_desktop.domain.policy import KEYS, Source

EXIT_POLICY_BROKEN = 40


def add_parser(add: object) -> None:
    parser = add("policy", help=message("help_cmd_policy"),  # type: ignore[operator]
                 description=message("help_cmd_policy"))
    parser.add_argument("--json", action="store_true", help=message("help_json"))


def _shown(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def _source(source: Source, line: int | None) -> str:
    if source is Source.FILE:
        return message("policy_source_file", line=line)
    return message(f"policy_source_{source.value}")


def cmd_policy(args: argparse.Namespace, root: Path) -> int:
    from ips_desktop.services import policy

    path = policy.policy_path()
    found = policy.current()
    if args.json:
        print(json.dumps({
            "path": str(path), "exists": bool(found.path),
            "keys": {k.name: {"value": list(v) if isinstance(v := found.value(k.name), tuple)
                              else v,
                              "source": found.settings[k.name].source.value,
                              "line": found.settings[k.name].line} for k in KEYS},
            "problems": [{"problem": p.problem.value, "line": p.line, "key": p.key or None}
                         for p in found.problems],
        }, indent=2, ensure_ascii=False))
    else:
        print(message("policy_file", path=path) if found.path
              else message("policy_no_file", path=path))
        width = max(len(k.name) for k in KEYS)
        for key in KEYS:
            setting = found.settings[key.name]
            print(f"  {key.name:<{width}}  {_shown(setting.value):<30}  "
                  f"{_source(setting.source, setting.line)}")
    for line in policy.problem_lines(found):
        print(line, file=sys.stderr)
    return EXIT_POLICY_BROKEN if found.problems else 0
