"""Back up a large store while it is open, as `fusecentre backup` does: the consistent copy,
SQLite's integrity_check of the copy, and the counts; then the quick_check every open runs.

Default store: 100 days x 500 complaints per centre per day x 2 centres (about 100,000
complaints, 300 MB), built once at --db and reused.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from fusecentre_app.db.backup import check_sqlite
from fusecentre_app.db.engine import open_database
from fusecentre_app.demo import build_demo
from fusecentre_app.services.backup import back_up
from fusecentre_app.services.masterdata import has_division
from fusecentre_app.services.uow import CommandLine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/fusecentre-100k.sqlite"))
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--per-day", type=int, default=500)
    args = parser.parse_args()

    db = open_database(args.db)
    try:
        if not has_division(db):
            start = time.perf_counter()
            built = build_demo(db, days=args.days, per_day=args.per_day, seed=1912)
            print(f"built {built.complaints:,} complaints in {time.perf_counter() - start:.1f} s")
        with tempfile.TemporaryDirectory() as folder:
            made = back_up(db, Path(folder), by=CommandLine("bench"))
            print(
                f"backup: {made.contents.complaints:,} complaints, {made.contents.events:,} "
                f"events, {made.size / 2**20:,.0f} MiB, copied and checked in {made.seconds:.2f} s"
            )
        start = time.perf_counter()
        assert check_sqlite(args.db) == []
        print(f"quick_check at open: {time.perf_counter() - start:.2f} s")
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
