"""Killed mid-work (the nearest a test gets to a power cut): every complaint that was
confirmed is still there, and the database is intact."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fusecentre_app.db.engine import Database

pytestmark = pytest.mark.slow

LOGGER = textwrap.dedent(
    """
    import sys
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
    db = open_database(sys.argv[1], migrate=False)
    i = 0
    while True:
        done = log_complaint(
            db,
            ComplaintDraft(caller_mobile="98350%05d" % (i % 100000), locality="Sohni Patti",
                           type_code="FUSE_OFF"),
            centre_id=int(sys.argv[2]), user_id=int(sys.argv[3]),
        )
        print(done.docket, flush=True)  # what the clerk would see on screen
        i += 1
    """
)


def test_killed_writer_loses_no_confirmed_complaint(
    db: Database, centre, clerk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.sqlite"
    db.dispose()
    proc = subprocess.Popen(
        [sys.executable, "-c", LOGGER, str(path), str(centre.id), str(clerk.id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    confirmed = [proc.stdout.readline().strip() for _ in range(60)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    confirmed += [line.strip() for line in proc.stdout if line.strip()]
    proc.stdout.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in conn.execute("SELECT docket FROM complaint")}
        serials = sorted(row[0] for row in conn.execute("SELECT serial FROM complaint"))
        events = conn.execute("SELECT COUNT(*) FROM complaint_event").fetchone()[0]
    finally:
        conn.close()
    assert set(confirmed) <= stored
    assert serials == list(range(1, len(serials) + 1))  # no gap, no half-saved complaint
    assert events == len(stored)  # each complaint with its event, nothing without
