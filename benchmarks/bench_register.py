"""Daily register at 500 and 5,000 complaints a day: this app against LibreOffice.

Quality bar (DESIGN.md): printing a day's register, as a whole process, is faster than
LibreOffice converting the same day's rows from CSV to PDF, with bounded memory.

For each size it builds (once, in --workdir) a demo store of three days with about that many
complaints a day per centre, and prints the middle day of centre BXR (a complete day with
complaints carried over from the day before). The register's main table is also written as
CSV, cell for cell. Then, side by side in the same run, it times whole processes:

- `fusecentre register --db … --centre BXR --date … -o …`, what users run (as
  `python -m fusecentre_app register`): opening and checking the store, reading the day
  while it is printed, writing the PDF and putting the print on record in the name of the
  operating-system user (each run adds one print to the bench's store, as a print does);
- `soffice --headless --convert-to pdf` of the CSV (UTF-8, comma separated, quoted cells).

Each is run once to warm up (LibreOffice creates its profile; Python caches bytecode, in
--workdir, as an installed app would), then --repeat rounds of every size and both tools in
turn, each run a process of its own. Time is wall-clock
from start to exit; peak memory is the largest resident set of the process and the children
it waited for (wait4's ru_maxrss; Linux and macOS only). The data is prepared in a child
process and this one imports nothing big: a child's ru_maxrss would otherwise include the
parent's memory it was forked from.

    python benchmarks/bench_register.py [--sizes 500 5000] [--repeat 3]

Bounded memory (issue 12): the register's peak RSS at the largest size within 1.3x of the
peak at the smallest (the issue measures 20,000 rows against 500: `--sizes 500 20000`; the
largest of the runs' peaks at each size).

Needs LibreOffice (`apt-get install -y libreoffice-calc-nogui`). Exits 1 if the register is
not faster at every size or its memory is not bounded.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

CENTRE = "BXR"
END = "2026-05-20 23:30"  # India time; the data's last moment, a busy summer day
DAY = date(2026, 5, 19)  # the day printed: complete, with the day before behind it
MEMORY_BAR = 1.3  # peak RSS at the largest size / at the smallest, issue 12's bar


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float | None


def _measure(command: list[str], env: dict[str, str] | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peak: float | None = None
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is in KiB on Linux, bytes on macOS
        peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:
        proc.wait()
        elapsed = time.perf_counter() - start
    errors = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{errors}")
    return Run(elapsed, peak)


def _prepare(workdir: Path, size: int) -> None:
    """(In a child process.) Build the store if missing, write the CSV, print the row count."""
    from datetime import datetime

    from fusecentre_app.db.engine import open_database
    from fusecentre_app.demo import build_demo
    from fusecentre_app.domain.timeutil import LOCAL_TZ
    from fusecentre_app.reports import register_cells as cells
    from fusecentre_app.services.register import gather_register

    end = datetime.strptime(END, "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    store = workdir / f"register-{size}.sqlite"
    if not store.exists():
        print(f"building a demo store with about {size} complaints a day ...", file=sys.stderr)
        db = open_database(store)
        try:
            build_demo(db, days=3, per_day=size, end=end)
        finally:
            db.dispose()
    db = open_database(store, migrate=False)
    try:
        data = gather_register(db, CENTRE, DAY, generated_by="bench", now=end)
    finally:
        db.dispose()
    with (workdir / f"register-{size}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.title_en for c in cells.DAY_COLUMNS] + [cells.REMARKS[0]])
        for row in data.rows:
            writer.writerow(cells.day_cells(row, DAY, data.as_of))
    print(len(data.rows))


def _summary(runs: list[Run]) -> tuple[float, float, float | None]:
    times = [r.seconds for r in runs]
    peaks = [r.peak_mb for r in runs if r.peak_mb is not None]
    return min(times), statistics.median(times), max(peaks) if peaks else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fusecentre-bench-register"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    parser.add_argument("--prepare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.prepare:
        _prepare(args.workdir, args.prepare)
        return 0
    if shutil.which(args.soffice) is None:
        print("verdict: FAIL: not measured, LibreOffice (soffice) is missing")
        return 2

    # The register process caches bytecode (in the work folder), as an installed app does.
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(args.workdir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    profile = (args.workdir / "lo-profile").resolve().as_uri()

    commands: list[tuple[int, list[str], list[str]]] = []  # rows, register, LibreOffice
    for size in args.sizes:
        prepare = [sys.executable, __file__, "--workdir", str(args.workdir), "--prepare", str(size)]
        rows = int(subprocess.run(prepare, check=True, capture_output=True, text=True).stdout)
        store = args.workdir / f"register-{size}.sqlite"
        table = args.workdir / f"register-{size}.csv"
        pdf = args.workdir / f"register-{size}.pdf"
        office_out = args.workdir / f"office-{size}"
        office_out.mkdir(exist_ok=True)
        register_cmd = [
            sys.executable, "-m", "fusecentre_app", "register", "--db", str(store),
            "--centre", CENTRE, "--date", DAY.isoformat(), "-o", str(pdf),
        ]  # fmt: skip
        office_cmd = [
            args.soffice, "--headless", f"-env:UserInstallation={profile}",
            "--infilter=CSV:44,34,76,1", "--convert-to", "pdf", "--outdir", str(office_out),
            str(table),
        ]  # fmt: skip
        commands.append((rows, register_cmd, office_cmd))
    # Warm up once each, then every size and both tools in turn, --repeat rounds: each
    # figure is a process of its own, and a slow moment of the machine falls on all sides.
    mine: dict[int, list[Run]] = {rows: [] for rows, _r, _o in commands}
    theirs: dict[int, list[Run]] = {rows: [] for rows, _r, _o in commands}
    for _rows, register_cmd, office_cmd in commands:
        _measure(register_cmd, env)
        _measure(office_cmd)
    for _ in range(args.repeat):
        for rows, register_cmd, office_cmd in commands:
            mine[rows].append(_measure(register_cmd, env))
            theirs[rows].append(_measure(office_cmd))
    results: list[tuple[int, str, tuple[float, float, float | None]]] = []
    for rows, _r, _o in commands:
        results.append((rows, "fusecentre register", _summary(mine[rows])))
        results.append((rows, "LibreOffice CSV -> PDF", _summary(theirs[rows])))

    print(f"\n{'rows':>6}  {'tool':<24} {'best s':>7} {'median s':>9} {'peak RSS MB':>12}")
    for rows, tool, (best, median, peak) in results:
        shown = f"{peak:12.0f}" if peak is not None else f"{'n/a':>12}"
        print(f"{rows:>6}  {tool:<24} {best:7.2f} {median:9.2f} {shown}")
    ok = True
    speeds = []
    for i in range(0, len(results), 2):
        rows = results[i][0]
        ours, office = results[i][2][1], results[i + 1][2][1]
        verdict = "faster" if ours < office else "NOT faster"
        ok &= ours < office
        print(f"{rows} rows: the register is {verdict} ({office / ours:.1f}x, medians)")
        speeds.append(f"{rows} rows {ours:.2f} s vs {office:.2f} s")
    shown = f"register vs LibreOffice {', '.join(speeds)} (medians; bar faster at every size)"
    peaks = [(rows, figures[2]) for rows, tool, figures in results if tool == "fusecentre register"]
    small, large = peaks[0], peaks[-1]
    if len(peaks) > 1 and small[1] is not None and large[1] is not None:
        growth = large[1] / small[1]
        ok &= growth <= MEMORY_BAR
        shown += (
            f"; peak RSS {large[1]:.0f} MB at {large[0]} rows, {small[1]:.0f} MB at {small[0]}: "
            f"{growth:.2f}x (bar {MEMORY_BAR:g}x)"
        )
    else:
        ok = False
        shown += "; memory not judged (needs two sizes and wait4)"
    print(f"verdict: {'PASS' if ok else 'FAIL'}: {shown}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
