"""The month's reliability indices for a division of 20 feeders with a year of interruptions:
the log book imported (CSV, refused-whole checks and an audit record per row), then the time
of `indices` for one month (the service, and `fusecentre indices` as a whole process), for
each of the twelve months of the year (month by month, and in the one pass the Reg. 13 sheet
uses), and of the sheet itself (gathered, drawn, and `fusecentre indices -o` as a process).

Default: the demo division (20 feeders), 12 interruptions per feeder per day (a third of
them momentary) for 2025, built once at --db and reused.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Feeder, Interruption
from fusecentre_app.reports.reg13 import sheet_pdf
from fusecentre_app.services import interruptions, masterdata
from fusecentre_app.services.reg13 import gather_sheet
from fusecentre_app.services.uow import CommandLine

BY = CommandLine("bench")


# Our bars (the design sets none): the console reads a month's indices among much else, and
# the EE waits for the sheet's process.
MONTH_BAR_MS = 100.0
PROCESS_BAR_S = 3.0


def _log_book(path: Path, codes: list[str], per_day: int, year: int, seed: int) -> int:
    rng = random.Random(seed)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("feeder,start,end,planned,cause,consumers_affected\n")
        day = date(year, 1, 1)
        while day.year == year:
            for code in codes:
                slot = 24 * 60 // per_day
                for n in range(per_day):
                    begin = datetime.combine(day, datetime.min.time()) + timedelta(
                        minutes=n * slot + rng.randrange(0, slot // 2)
                    )
                    minutes = rng.randint(1, 4) if n % 3 == 0 else rng.randint(6, slot // 2)
                    end = begin + timedelta(minutes=minutes)
                    planned = "yes" if n == per_day - 1 and day.day % 7 == 0 else "no"
                    affected = str(rng.randint(50, 800)) if n % 5 == 0 else ""
                    out.write(
                        f"{code},{begin:%Y-%m-%d %H:%M},{end:%Y-%m-%d %H:%M},{planned},"
                        f"trip,{affected}\n"
                    )
                    rows += 1
            day += timedelta(days=1)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/fusecentre-indices.sqlite"))
    parser.add_argument("--per-day", type=int, default=12, help="interruptions per feeder-day")
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()

    db = open_database(args.db, create=True)
    try:
        if not masterdata.has_division(db):
            masterdata.load_division(db, by=BY)
        with db.read() as s:
            codes = list(s.scalars(select(Feeder.code).order_by(Feeder.code)))
            held = s.scalar(select(func.count()).select_from(Interruption)) or 0
        if not held:
            with tempfile.TemporaryDirectory() as folder:
                book = Path(folder) / "log-book.csv"
                rows = _log_book(book, codes, args.per_day, args.year, seed=1912)
                start = time.perf_counter()
                interruptions.import_interruptions(db, book, by=BY)
                took = time.perf_counter() - start
            print(f"imported {rows:,} interruptions of {len(codes)} feeders in {took:.1f} s")
            held = rows
        print(f"store: {held:,} interruptions, {len(codes)} feeders")

        month = date(args.year, 7, 1)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            result = interruptions.month_indices_of(db, month)
            times.append(time.perf_counter() - start)
        print(
            f"indices for {month:%Y-%m} (service): best {min(times) * 1000:.1f} ms of 5; "
            f"SAIFI {result.total.saifi:.3f}, SAIDI {result.total.saidi_hours:.2f} h"
        )
        start = time.perf_counter()
        for m in range(1, 13):
            interruptions.month_indices_of(db, date(args.year, m, 1))
        print(
            f"indices for each month of {args.year}, month by month: "
            f"{time.perf_counter() - start:.2f} s"
        )
        months = [date(args.year, m, 1) for m in range(1, 13)]
        start = time.perf_counter()
        interruptions.indices_by_month(db, months)
        print(f"indices for the 12 months in one pass: {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        sheet = gather_sheet(db, date(args.year, 12, 1))
        gathered = time.perf_counter() - start
        pdf, pages = sheet_pdf(sheet)
        drawn = time.perf_counter() - start - gathered
        print(
            f"Reg. 13 sheet for {args.year}-12 (division, 12-month chart): gathered in "
            f"{gathered:.2f} s, drawn in {drawn:.2f} s ({pages} page(s), {len(pdf):,} bytes)"
        )
    finally:
        db.dispose()
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fusecentre_app",
            "indices",
            "--db",
            str(args.db),
            "--month",
            f"{month:%Y-%m}",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    print(f"`fusecentre indices --month {month:%Y-%m} --json` as a process: {took:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "reg13.pdf"
        start = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "fusecentre_app",
                "indices",
                "--db",
                str(args.db),
                "--month",
                f"{args.year}-12",
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        took = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    print(f"`fusecentre indices --month {args.year}-12 -o reg13.pdf` as a process: {took:.2f} s")
    month_ms = min(times) * 1000
    sheet_s = took
    ok = month_ms < MONTH_BAR_MS and sheet_s < PROCESS_BAR_S
    print(
        f"verdict: {'PASS' if ok else 'FAIL'}: a month's indices {month_ms:.1f} ms by the service "
        f"(bar {MONTH_BAR_MS:.0f} ms), the Reg. 13 sheet {sheet_s:.2f} s as a process "
        f"(bar {PROCESS_BAR_S:.0f} s)"
    )


if __name__ == "__main__":
    main()
