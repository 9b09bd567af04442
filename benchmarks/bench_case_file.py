"""An officer's negligence case file at 500 and 20,000 complaints: peak memory and time.

Bar (issue 12): the case file drawn with bounded memory, the whole process's peak RSS for a
file of 20,000 complaints within 1.3x of the peak for one of 500.

The store is only read (opened immutable, so not even a lock is written): by default the
big demo store of about 1,000,000 complaints. For each size the period is the officer's
last days in the store holding at least that many complaints assigned to them; the file is
drawn for it by a process of its own (`gather_file` and `render_negligence`, as
`fusecentre negligence` draws it, without putting it on record), the sizes in turn, --repeat
rounds after a warm-up. Time is wall-clock from start to exit; peak memory is the process's
largest resident set (wait4's ru_maxrss; Linux and macOS only). The parent imports nothing
big: a child's ru_maxrss would otherwise include the parent's memory it was forked from.

    python benchmarks/bench_case_file.py [--db /tmp/big/1m.sqlite] [--officer E1059]
        [--sizes 500 20000] [--repeat 3] [--no-warm-up]

Exits 1 if the memory is not bounded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

MEMORY_BAR = 1.3  # peak RSS at the largest size / at the smallest, issue 12's bar


def _url(path: Path) -> str:
    return f"sqlite:///file:{path.resolve()}?immutable=1&uri=true"


def _database(path: Path):  # type: ignore[no-untyped-def]
    from fusecentre_app.db.engine import Database, make_engine

    url = _url(path)
    return Database(url, make_engine(url))


def _periods(path: Path, officer: str, sizes: list[int]) -> None:
    """(In a child process.) Print, as JSON, the period for each size."""
    from sqlalchemy import func, select

    from fusecentre_app.db.models import Complaint, Officer

    db = _database(path)
    try:
        with db.read() as s:
            officer_id = s.scalar(select(Officer.id).where(Officer.employee_id == officer))
            if officer_id is None:
                raise SystemExit(f"there is no officer {officer} in {path}")
            per_day = s.execute(
                select(Complaint.day, func.count())
                .where(Complaint.assigned_officer_id == officer_id)
                .group_by(Complaint.day)
                .order_by(Complaint.day.desc())
            ).all()
    finally:
        db.dispose()
    if not per_day:
        raise SystemExit(f"officer {officer} has no complaints in {path}")
    last = per_day[0][0]
    found = {}
    for size in sizes:
        total = 0
        first = last
        for day, count in per_day:
            total += count
            first = day
            if total >= size:
                break
        found[size] = (first.isoformat(), last.isoformat(), total)
    print(json.dumps(found))


def _draw(path: Path, officer: str, first: str, last: str, out: Path) -> None:
    """(In a child process.) Draw the case file into `out`; print what it holds."""
    from datetime import date

    from fusecentre_app.reports.negligence import render_negligence
    from fusecentre_app.services.negligence import gather_file

    db = _database(path)
    try:
        case = gather_file(db, officer, date.fromisoformat(first), date.fromisoformat(last))
    finally:
        db.dispose()
    pages = render_negligence(case, out, generated_by="bench")
    print(f"{len(case.assignments)} assignments, {len(case.breaches)} breaches, {pages} pages")


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        errors = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"failed: {' '.join(command)}\n{errors}")
    return elapsed, usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/big/1m.sqlite"))
    parser.add_argument("--officer", default="E1059", help="employee id (default: a lineman)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fusecentre-bench-case-file"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--no-warm-up", action="store_true", help="skip the warm-up runs (for long periods)"
    )
    parser.add_argument("--periods", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--draw", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.periods:
        _periods(args.db, args.officer, args.sizes)
        return 0
    if args.draw:
        officer, first, last, out = args.draw
        _draw(args.db, officer, first, last, Path(out))
        return 0
    if not args.db.exists():
        print(f"verdict: FAIL: not measured, there is no store at {args.db}")
        return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(args.workdir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    base = [sys.executable, __file__, "--db", str(args.db), "--officer", args.officer]
    sizes = [str(n) for n in args.sizes]
    found = json.loads(
        subprocess.run(
            [*base, "--periods", "--sizes", *sizes], check=True, capture_output=True, text=True
        ).stdout
    )
    commands = []
    for size in args.sizes:
        first, last, total = found[str(size)]
        print(f"{size}: {first} to {last}, {total} complaints assigned to {args.officer}")
        out = args.workdir / f"case-file-{size}.pdf"
        commands.append((size, [*base, "--draw", args.officer, first, last, str(out)]))
    for _size, command in [] if args.no_warm_up else commands:
        _measure(command, env)  # warm-up
    runs: dict[int, list[tuple[float, float, str]]] = {size: [] for size, _c in commands}
    for _ in range(args.repeat):
        for size, command in commands:
            runs[size].append(_measure(command, env))
    print(f"\n{'size':>6}  {'median s':>9} {'peak RSS MB':>12}  file")
    peaks = {}
    for size, measured in runs.items():
        peaks[size] = max(m[1] for m in measured)
        median = statistics.median(m[0] for m in measured)
        print(f"{size:>6}  {median:9.2f} {peaks[size]:12.0f}  {measured[-1][2].strip()}")
    small, large = args.sizes[0], args.sizes[-1]
    growth = peaks[large] / peaks[small]
    ok = growth <= MEMORY_BAR
    print(
        f"verdict: {'PASS' if ok else 'FAIL'}: case file peak RSS {peaks[large]:.0f} MB at "
        f"{large} complaints, {peaks[small]:.0f} MB at {small}: {growth:.2f}x "
        f"(bar {MEMORY_BAR:g}x; largest of {args.repeat} processes at each size)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
