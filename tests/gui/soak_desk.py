"""A long shift in minutes: the real main window on a demo store, its refresh timers run
fast, until every screen has refreshed `--cycles` times. Prints one JSON line with the
cycles run, the time taken and the resident memory after warming up and at the end.

Run as its own process (`tests/gui/test_long_shift.py` does): a Qt binding that loses a
reference on every call aborts the whole process after enough calls, which only a process
of its own can show. Usage: python soak_desk.py --db FILE [--cycles N] [--interval-ms MS]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
from PySide6.QtCore import QTimer

from fusecentre_app.db.engine import open_database
from fusecentre_app.gui import main_window, queue_panel
from fusecentre_app.gui.app import make_application
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.auth import find_user

WARM_UP = 100  # cycles before the first memory reading (caches, fonts, first paints)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", default=None)
    parser.add_argument("--cycles", type=int, default=2000)
    parser.add_argument("--interval-ms", type=int, default=5)
    args = parser.parse_args()

    app = make_application([sys.argv[0]])
    db = open_database(args.db, migrate=False)
    user = find_user(db, args.user)
    assert user is not None, "the store has no desk user"
    main_window.REFRESH_MS = queue_panel.REFRESH_MS = args.interval_ms
    main_window.CLOCK_MS = args.interval_ms  # the pace while the desk hears the store too
    window = main_window.MainWindow(DeskSession.for_user(db, user))
    window.resize(1366, 768)
    window.show()

    process = psutil.Process()
    counts = {"window": 0, "queue": 0}
    readings: dict[str, float] = {}
    started = time.perf_counter()

    def tick(name: str) -> None:
        counts[name] += 1
        done = min(counts.values())
        if done == WARM_UP and "warm" not in readings:
            readings["warm"] = process.memory_info().rss / 2**20
            readings["warm_at"] = time.perf_counter() - started
        if done >= args.cycles:
            app.quit()

    window.timer.timeout.connect(lambda: tick("window"))
    window.queue.timer.timeout.connect(lambda: tick("queue"))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(15 * 60 * 1000)
    app.exec()
    window.queue.wait_for_refresh()
    end_rss = process.memory_info().rss / 2**20
    print(
        json.dumps(
            {
                "cycles": min(counts.values()),
                "seconds": round(time.perf_counter() - started, 1),
                "rss_warm_mb": round(readings.get("warm", 0.0), 1),
                "rss_end_mb": round(end_rss, 1),
            }
        )
    )
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
