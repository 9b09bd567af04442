"""Two desks as two processes on one store: what one does shows at the other within a
second (PostgreSQL: LISTEN/NOTIFY; SQLite: data_version), through the real main window;
and one desk in this process: a burst of changes elsewhere is one refresh, its own change
is not refreshed twice, and sign-out and the lock leave no listening thread behind."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.services import accounts, masterdata
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DESK = Path(__file__).with_name("live_desk.py")
SECOND = 1.0


class Desk:
    """A desk process (`live_desk.py`): orders in, what it says out, as it says it."""

    def __init__(self, url: str, user: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DESK), "--db", url, "--user", user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        self.said: queue.Queue[dict[str, Any]] = queue.Queue()
        self.queue: list[list[str]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.said.put(json.loads(line))

    def order(self, **order: Any) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()

    def until(self, test: Any, within_s: float) -> dict[str, Any]:
        """The first thing said (within the time) for which `test` holds."""
        deadline = time.monotonic() + within_s
        while True:
            left = deadline - time.monotonic()
            try:
                said = self.said.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise AssertionError(f"not said within {within_s} s") from None
            if "queue" in said:
                self.queue = said["queue"]
            if test(said):
                return said

    def do(self, **order: Any) -> dict[str, Any]:
        self.order(**order)
        return self.until(lambda s: s.get("done") == order["do"], 15)

    def status_of(self, docket: str) -> str | None:
        return next((status for shown, status in self.queue if shown == docket), None)

    def quit(self) -> dict[str, Any]:
        self.order(do="quit")
        bye = self.until(lambda s: "bye" in s, 15)
        assert self.process.wait(15) == 0
        return bye

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        self._reader.join(5)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def _two_desks(db: Database) -> Iterator[tuple[Desk, Desk]]:
    centre = masterdata.centre_by_code(db, "BXR")
    for name in ("asha", "ravi"):
        accounts.create_user(
            db, username=name, full_name=name.title(), password=PASSWORD, centre_id=centre.id
        )
    desks = (Desk(db.url, "asha"), Desk(db.url, "ravi"))
    try:
        for desk in desks:
            ready = desk.until(lambda s: "ready" in s, 60)
            assert ready["live"]
        yield desks
    finally:
        for desk in desks:
            desk.kill()


def _lists(docket: str):  # type: ignore[no-untyped-def]
    return lambda said: "queue" in said and any(row[0] == docket for row in said["queue"])


def _seen_at_the_other_desk(first: Desk, second: Desk) -> dict[str, float]:
    """Log at the first, assign and resolve at the second: how long each took to show at
    the other desk (from the commit at one to the queue's rows changing at the other)."""
    seen: dict[str, float] = {}
    logged = first.do(do="log", mobile="9835012345")
    docket = logged["docket"]
    assert docket
    shown = second.until(_lists(docket), SECOND * 3)
    seen["logged"] = shown["t"] - logged["t"]

    first.until(_lists(docket), 5)
    for action in ("assign", "resolve"):  # a resolved complaint stays, awaiting its callback
        before = second.status_of(docket)
        done = second.do(do=action, id=logged["id"])
        second.until(lambda s, was=before: "queue" in s and second.status_of(docket) != was, 5)
        status = second.status_of(docket)
        shown = first.until(
            lambda s, now=status: "queue" in s and first.status_of(docket) == now, SECOND * 3
        )
        seen[action] = shown["t"] - done["t"]
    return seen


def _no_thread_left(desks: tuple[Desk, Desk]) -> None:
    for desk in desks:
        assert desk.quit()["threads"] == []


@pytest.mark.postgres
def test_two_desks_on_postgresql_see_each_other_within_a_second(pg: Database) -> None:
    masterdata.load_division(pg)
    for desks in _two_desks(pg):
        seen = _seen_at_the_other_desk(*desks)
        print("seen at the other desk after (s):", seen)
        assert max(seen.values()) < SECOND, seen
        _no_thread_left(desks)


def test_two_desks_on_one_sqlite_file_see_each_other_within_a_second(db: Database) -> None:
    for desks in _two_desks(db):
        seen = _seen_at_the_other_desk(*desks)
        print("seen at the other desk after (s):", seen)
        assert max(seen.values()) < SECOND, seen
        _no_thread_left(desks)
