"""One desk as a process of its own, for `test_live_desks.py`: the real main window,
offscreen, signed in as `--user` on `--db`, driven by JSON lines on its standard input and
telling on its standard output what its queue shows.

In (one JSON object a line): {"do": "log", "mobile": "98…"}, {"do": "assign", "id": N},
{"do": "resolve", "id": N}, {"do": "quit"}. Each change goes through the desk's own write
path (`DeskOp`), as a click would.
Out: {"ready": …} once the window is up; {"done": …, "t": …} after each change is
committed; {"queue": [[docket, status], …], "t": …} each time the queue's rows change
(looked at every 10 ms); {"bye": …, "threads": […]} at the end, with the threads still
running after the window shut.

Usage: python live_desk.py --db URL --user NAME
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from datetime import UTC, datetime
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Officer
from fusecentre_app.gui.app import make_application
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.queue_model import QCol
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import lifecycle
from fusecentre_app.services.auth import find_user
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint


def say(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", required=True)
    args = parser.parse_args()

    app = make_application([sys.argv[0]])
    db = open_database(args.db, migrate=False)
    user = find_user(db, args.user)
    assert user is not None, f"no desk user {args.user}"
    session = DeskSession.for_user(db, user)
    window = MainWindow(session)
    window.resize(1366, 768)
    window.show()
    with db.read() as s:
        officer = s.scalar(select(Officer.id).where(Officer.active).order_by(Officer.id))
    model = window.queue.model
    shown: list[list[str]] = []

    def look() -> None:
        rows = [
            [
                str(model.index(row, QCol.DOCKET).data()),
                str(model.index(row, QCol.STATUS).data()),
            ]
            for row in range(model.rowCount())
        ]
        if rows != shown:
            shown[:] = rows
            say(queue=rows, t=time.time())

    def change(what: str, op: Any) -> None:
        result = DeskOp(session, window, op, changes=Changed.COMPLAINT).run()
        say(
            done=what,
            id=getattr(result, "id", None),
            docket=getattr(result, "docket", None),
            t=time.time(),
        )

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        order = json.loads(line)
        now = datetime.now(UTC)
        if order["do"] == "log":
            draft = ComplaintDraft(
                caller_mobile=order["mobile"],
                locality="Lala Toli",
                type_code="FUSE_OFF",
                received_at=now,
            )
            change(
                "log",
                lambda: log_complaint(
                    db, draft, centre_id=session.centre.id, user_id=user.id, now=now
                ),
            )
        elif order["do"] == "assign":
            change(
                "assign",
                lambda: lifecycle.assign(db, order["id"], officer, user_id=user.id, now=now),
            )
        elif order["do"] == "resolve":
            change(
                "resolve",
                lambda: lifecycle.resolve(db, order["id"], "fuse replaced", user_id=user.id),
            )
        elif order["do"] == "quit":
            app.quit()

    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    reader.activated.connect(command)
    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(10)
    look()
    waited = time.perf_counter()
    while window.live.watcher is not None and not window.live.up:
        app.processEvents()
        assert time.perf_counter() - waited < 10, "the desk did not connect to hear the others"
        time.sleep(0.01)
    say(ready=True, live=window.live.watcher is not None, t=time.time())
    QApplication.exec()
    watcher.stop()
    reader.setEnabled(False)
    window.shut()
    window.close()
    window.deleteLater()
    db.dispose()
    left = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    say(bye=True, threads=left)
    return 0


if __name__ == "__main__":
    sys.exit(main())
