"""`python -m bench`: build or reuse the large demo database, time each measurement, report."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for measurements that build widgets

from bench import dataset, harness
from bench.measurements import Context, build
from ips_desktop.storage.database import Database

RESULTS = dataset.BENCH_DIR / "results.json"


def floor_connection(ds: dataset.Dataset,
                     db: Database) -> tuple[sqlite3.Connection, dict[str, object]]:
    """Plain sqlite3 with the app connection's page cache and in-memory temp store.

    The sqlcipher3 build compiles SQLITE_TEMP_STORE=2 and a larger default cache
    than Python's sqlite3; without matching them the floor would measure build
    settings, not encryption.
    """
    with db.engine.connect() as conn:
        cache_size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        versions = {
            "plain_sqlite": sqlite3.sqlite_version, "cache_size": cache_size,
            "sqlcipher_sqlite": conn.exec_driver_sql("SELECT sqlite_version()").scalar(),
            "sqlcipher": conn.exec_driver_sql("PRAGMA cipher_version").scalar(),
        }
    plain = sqlite3.connect(ds.plain)
    plain.execute(f"PRAGMA cache_size = {cache_size}")
    plain.execute("PRAGMA temp_store = MEMORY")
    return plain, versions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--only", default="", help="run measurements whose name contains this")
    parser.add_argument("--repeats", type=int, help="override every measurement's repeat count")
    parser.add_argument("--scale", type=int, default=1,
                        help="the same team with this many times the large demo's history "
                             "(cached apart; 10 takes about 20 minutes to build)")
    args = parser.parse_args(argv)

    ds = dataset.prepare(rebuild=args.rebuild, scale=args.scale)
    meta = ds.meta
    if ds.built_now:
        print(f"large demo data generated in {meta['generation_s']:.1f} s")
    else:
        print(f"using cached {ds.root.name} (generated in {meta['generation_s']:.1f} s "
              f"on {meta['built_at']})")

    db = ds.open()
    plain, versions = floor_connection(ds, db)
    results: list[harness.Result] = []
    try:
        for m in build(Context(ds, db, plain)):
            if args.only.lower() not in m.name.lower():
                continue
            if args.repeats:
                m = replace(m, repeats=args.repeats)
            print(f"  {m.name} …", end="", flush=True)
            result = harness.run(m)
            print(f" {result.median_ms:,.1f} ms", flush=True)
            results.append(result)
    finally:
        plain.close()
        db.close()

    print()
    print(harness.table(results))
    output = RESULTS if args.scale == 1 else RESULTS.with_name(f"results-x{args.scale}.json")
    harness.write_json(output, results, {
        "dataset": {**meta, "built_now": ds.built_now,
                    "generation_s_this_run": meta["generation_s"] if ds.built_now else None},
        "sqlite": versions,
    })
    print(f"\nJSON: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
