"""Two desks acting on one complaint at the same moment, on SQLite and on PostgreSQL: one
action wins, the other desk is told in one sentence that the complaint changed and is shown
it again; nothing is silently replaced (a stale "assign" used to overwrite the other desk's
officer) and the history still replays to the row."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import Officer
from fusecentre_app.services import accounts, auth, lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.details import complaint_detail
from fusecentre_app.services.errors import StaleRecord
from fusecentre_app.services.verify import verify_store

ROUNDS = 12


def _set_up(db: Database) -> tuple[int, int, list[int]]:
    masterdata.load_division(db)
    centre = masterdata.centre_by_code(db, "BXR")
    clerks = [
        accounts.create_user(
            db,
            username=name,
            full_name=name.title(),
            password="race-desk-1912",
            centre_id=centre.id,
        ).id
        for name in ("asha", "ravi")
    ]
    with db.read() as s:
        linemen = list(s.scalars(select(Officer.id).where(Officer.designation == "LINEMAN")))
    return centre.id, clerks[0], [clerks[1], *linemen[:2]]


def _race(actions: list[Callable[[], object]]) -> list[object]:
    """Run the actions in threads released together; each result or exception."""
    start = threading.Barrier(len(actions))
    results: list[object] = [None] * len(actions)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = actions[i]()
        except Exception as exc:  # the loser's refusal, kept for the assertions
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def _two_desks_assign(first: Database, second: Database) -> None:
    centre_id, asha, (ravi, lineman_a, lineman_b) = _set_up(first)
    for _ in range(ROUNDS):
        logged = log_complaint(
            first,
            ComplaintDraft(
                caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"
            ),
            centre_id=centre_id,
            user_id=asha,
        )
        shown = complaint_detail(first, logged.id).version  # both desks show this version
        cid, seen = logged.id, shown
        results = _race(
            [
                lambda cid=cid, seen=seen: lifecycle.assign(
                    first, cid, lineman_a, user_id=asha, expected_version=seen
                ),
                lambda cid=cid, seen=seen: lifecycle.assign(
                    second, cid, lineman_b, user_id=ravi, expected_version=seen
                ),
            ]
        )
        won = [r for r in results if isinstance(r, lifecycle.Moved)]
        lost = [r for r in results if isinstance(r, Exception)]
        assert len(won) == 1 and len(lost) == 1, results
        assert isinstance(lost[0], StaleRecord), repr(lost[0])
        assert str(lost[0]) == (
            f"Complaint {logged.docket} was changed at another desk — shown again now."
        )
        winner = lineman_a if isinstance(results[0], lifecycle.Moved) else lineman_b
        after = complaint_detail(second, logged.id)
        assert after.assigned_officer_id == winner and after.version == shown + 1
        # A follow-up from the stale view is refused the same way.
        with pytest.raises(StaleRecord):
            record_follow_up(second, logged.id, user_id=ravi, expected_version=shown)
    report = verify_store(first)
    assert report.ok, report.problems


def test_two_desks_on_one_sqlite_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "desk.sqlite"
    first = open_database(path)
    second = open_database(path)
    try:
        _two_desks_assign(first, second)
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.postgres
def test_two_desks_on_postgres(pg: Database) -> None:
    second = open_database(pg.url, migrate=False)
    try:
        _two_desks_assign(pg, second)
    finally:
        second.dispose()


@pytest.mark.postgres
@pytest.mark.gui
def test_the_losing_desk_shows_the_message_and_the_complaint_as_it_is(qtbot, qapp, pg) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import make_application
    from fusecentre_app.gui.details_panel import DetailsPanel
    from fusecentre_app.gui.session import DeskSession

    make_application()
    centre_id, asha, (_ravi, lineman_a, lineman_b) = _set_up(pg)
    other = open_database(pg.url, migrate=False)
    try:
        centre = masterdata.centre_by_code(pg, "BXR")
        logged = log_complaint(
            pg,
            ComplaintDraft(
                caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"
            ),
            centre_id=centre_id,
            user_id=asha,
        )
        desks = []
        for db, user in ((pg, "asha"), (other, "ravi")):
            panel = DetailsPanel(DeskSession(db, auth.find_user(db, user), centre))
            qtbot.addWidget(panel)
            panel.show()
            panel.show_complaint(logged.id)
            desks.append(panel)
        first, second = desks
        first.officer.setCurrentIndex(first.officer.findData(lineman_a))
        qtbot.mouseClick(first.assign_button, Qt.MouseButton.LeftButton)
        assert first.error.text() == ""
        second.officer.setCurrentIndex(second.officer.findData(lineman_b))
        qtbot.mouseClick(second.assign_button, Qt.MouseButton.LeftButton)  # a stale view
        assert second.error.text() == (
            f"Complaint {logged.docket} was changed at another desk — shown again now."
        )
        assert second.detail is not None and second.detail.assigned_officer_id == lineman_a
        assert second.officer.currentData() == lineman_a  # shown again, as it now is
        assert complaint_detail(pg, logged.id).assigned_officer_id == lineman_a
    finally:
        other.dispose()
