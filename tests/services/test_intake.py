"""Bulk intake of 1912 lists and consumer-hearing lists: each row logged through the desk's
own path (docket, SoP, event naming the clerk and the file's row), idempotent, and a list
with any bad row refused whole with every problem named by row and column."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent
from fusecentre_app.domain.enums import Channel
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services.errors import NotPermitted, ServiceError
from fusecentre_app.services.intake import (
    CHUNK,
    IntakeRefused,
    check_intake,
    run_intake,
)
from tests.support import row_is_its_history

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 14:30 in India, after the sample's rows
HEADER = "received_at,ref_1912,caller_mobile,caller_name,locality,feeder,type,description"


def _write(tmp_path: Path, lines: list[str], name: str = "list.csv", encoding="utf-8") -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def _complaints(db: Database) -> list[Complaint]:
    with db.read() as s:
        return list(s.scalars(select(Complaint).order_by(Complaint.id)))


def _intake(db, path, centre, who, channel=Channel.HELPLINE_1912):  # type: ignore[no-untyped-def]
    plan = check_intake(db, path, centre_id=centre.id, channel=channel, by=who, now=NOW)
    return plan, run_intake(db, plan, by=who, now=NOW)


def test_the_sample_1912_list_is_logged_once(db: Database, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    sample = seeds_dir() / "intake-sample.csv"
    plan, done = _intake(db, sample, centre, clerk.id)
    assert (plan.total, len(plan.rows), plan.already) == (3, 3, 0)
    assert (done.logged, done.already, done.stopped) == (3, 0, False)
    rows = _complaints(db)
    assert (
        [c.docket for c in rows]
        == done.dockets
        == [
            "BXR-20260601-001",
            "BXR-20260601-002",
            "BXR-20260601-003",
        ]
    )
    first = rows[0]
    assert (first.channel, first.channel_ref) == ("1912", "1912-BR-0601-00017")
    assert (first.caller_name, first.locality, first.landmark) == (
        "सुनील कुमार",
        "सोहनी पट्टी",
        "शिव मंदिर के पास",
    )
    assert first.caller_mobile == "+919835012345" and first.consumer_no == "101234567890"
    assert first.received_at == datetime(2026, 6, 1, 3, 45, tzinfo=UTC)  # 09:15 India
    assert first.logged_by_id == clerk.id and first.sop_due_at > first.received_at
    assert rows[2].priority == 1  # a snapped wire is a danger call, as at the desk
    for c in rows:
        row_is_its_history(db, c.id)
    with db.read() as s:
        data = s.scalar(select(ComplaintEvent.data).where(ComplaintEvent.complaint_id == first.id))
    assert data["intake"] == {"file": "intake-sample.csv", "row": 2}

    # Again: nothing new, and it says so.
    again, second = _intake(db, sample, centre, clerk.id)
    assert (len(again.rows), again.already) == (0, 3)
    assert (second.logged, second.already) == (0, 3)
    assert len(_complaints(db)) == 3


def test_a_hearing_list_in_a_workbook(db: Database, centre, clerk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Date and time", "Mobile No.", "Name", "Village", "Feeder", "Complaint type"])
    sheet.append([datetime(2026, 6, 1, 11, 0), 9835012345, "गीता देवी", "अहिरौली", "Ahirauli",
                  "Fuse blown"])  # fmt: skip
    sheet.append(["01-06-2026 11:20", "+91 62012 34567", "Mohan Ram", "Ahirauli", "F-BXR-04",
                  "फ्यूज उड़ा"])  # fmt: skip
    sheet["A2"].number_format = "dd-mm-yyyy hh:mm"
    path = tmp_path / "hearing.xlsx"
    book.save(path)
    _plan, done = _intake(db, path, centre, clerk.id, Channel.HEARING)
    assert done.logged == 2
    first, second = _complaints(db)
    assert (first.channel, first.caller_name, first.type_code) == (
        "hearing",
        "गीता देवी",
        "FUSE_OFF",
    )
    assert first.received_at == datetime(2026, 6, 1, 5, 30, tzinfo=UTC)
    assert second.caller_mobile == "+916201234567" and second.feeder_id == first.feeder_id
    # The same hearing list again adds nothing: known by time, mobile and type.
    assert _intake(db, path, centre, clerk.id, Channel.HEARING)[1].already == 2
    assert len(_complaints(db)) == 2


def test_every_bad_row_is_named_and_nothing_is_logged(
    db: Database, centre, clerk, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _write(
        tmp_path,
        [
            HEADER,
            "01-06-2026 09:00,R1,9835012345,Ram,Sohni Patti,F-BXR-02,FUSE_OFF,",
            "01-06-2026 09:05,,12345,Shyam,,F-XYZ-99,KITE,",
            "yesterday,R3,9835012346,Sita,Buxar,,FUSE_OFF,",
            "01-06-2026 09:10,R1,9835012347,Gita,Buxar,,FUSE_OFF,",
            "01-06-2026 09:15,R5,9835012348,=HYPERLINK(1),Buxar,,FUSE_OFF,",
            "02-06-2027 09:15,R6,9835012349,Hari,Buxar,,FUSE_OFF,",
        ],
    )
    with pytest.raises(IntakeRefused) as caught:
        _intake(db, path, centre, clerk.id)
    assert [str(p) for p in caught.value.problems] == [
        "row 3: ref_1912 is empty: a 1912 complaint is known by its reference",
        "row 3: type 'KITE' is not a complaint type (give its code, such as FUSE_OFF)",
        "row 3: feeder 'F-XYZ-99' is not a feeder of this centre",
        "row 3: caller_mobile: This number is too short.",
        "row 3: locality: Enter the village or mohalla so the lineman can find the place.",
        "row 4: received_at 'yesterday' is not a date and time such as 2026-06-01 10:30 or "
        "01-06-2026 10:30",
        "row 5: the same 1912 reference as row 2",
        "row 6: caller_name starts with '=', so a spreadsheet would run it as a formula",
        "row 7: received_at: The received time is in the future.",
    ]
    assert _complaints(db) == []


def test_hindi_lost_by_an_ansi_save_is_refused(db: Database, centre, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sample = (seeds_dir() / "intake-sample.csv").read_text(encoding="utf-8")
    path = tmp_path / "ansi.csv"
    path.write_bytes(sample.encode("cp1252", errors="replace"))
    with pytest.raises(IntakeRefused) as caught:
        check_intake(db, path, centre_id=centre.id, channel=Channel.HELPLINE_1912, by=clerk.id)
    text = [str(p) for p in caught.value.problems]
    assert text == [
        "caller_name on row(s) 2, 4; locality on row(s) 2, 4; address on row(s) 2; landmark on "
        "row(s) 2; description on row(s) 2, 4 came back as question marks: the file was saved "
        'as "CSV (Comma delimited)", which cannot keep Hindi; save the sheet as "CSV UTF-8 '
        '(Comma delimited)" or as an Excel workbook (.xlsx) and use that file'
    ]
    assert _complaints(db) == []


def test_missing_columns_and_wrong_channel(db: Database, centre, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, ["mobile,name", "9835012345,Ram"])
    with pytest.raises(IntakeRefused) as caught:
        check_intake(db, path, centre_id=centre.id, channel=Channel.HELPLINE_1912, by=clerk.id)
    assert [str(p) for p in caught.value.problems] == [
        "row 1: missing column(s): received_at, type, ref_1912, locality"
    ]
    with pytest.raises(ServiceError, match="1912 helpline or a consumer hearing"):
        check_intake(db, path, centre_id=centre.id, channel=Channel.PHONE, by=clerk.id)


def test_old_rows_need_a_supervisor(db: Database, centre, clerk, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    when = (NOW - timedelta(days=4)).astimezone(UTC)
    path = _write(tmp_path, [HEADER, f"{when:%Y-%m-%d} 10:00,R9,9835012345,Ram,Buxar,,FUSE_OFF,"])
    with pytest.raises(IntakeRefused, match="only a supervisor can record them"):
        _intake(db, path, centre, clerk.id)
    assert _intake(db, path, centre, supervisor.id)[1].logged == 1


def test_an_inspector_or_the_command_line_may_not_take_in_a_list(db, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services import accounts
    from tests.support import OFFICE

    inspector = accounts.create_user(
        db,
        username="insp",
        full_name="I",
        password="desk-pass-1",
        role="inspector",
        centre_id=None,
    )
    sample = seeds_dir() / "intake-sample.csv"
    for who in (inspector.id, OFFICE):
        with pytest.raises(NotPermitted):
            check_intake(db, sample, centre_id=centre.id, channel=Channel.HELPLINE_1912, by=who)


def test_a_long_list_goes_in_chunks_with_progress_and_can_be_stopped(
    db: Database,
    centre,
    clerk,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    lines = [HEADER] + [
        f"01-06-2026 10:{i % 60:02d},R{i},98350{i:05d},Ram {i},Buxar,,FUSE_OFF," for i in range(250)
    ]
    path = _write(tmp_path, lines)
    plan = check_intake(
        db, path, centre_id=centre.id, channel=Channel.HELPLINE_1912, by=clerk.id, now=NOW
    )
    seen: list[tuple[int, int]] = []

    def stop_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    first = run_intake(db, plan, by=clerk.id, progress=stop_after_first, now=NOW)
    assert (first.logged, first.stopped, seen) == (CHUNK, True, [(CHUNK, 250)])
    # Run again: the rest goes in, nothing twice.
    rest = _intake(db, path, centre, clerk.id)[1]
    assert (rest.logged, rest.already) == (250 - CHUNK, CHUNK)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 250
        assert s.scalar(select(func.count(func.distinct(Complaint.channel_ref)))) == 250


def _events(db: Database, complaint_id: int, kind: str = "follow_up") -> list[ComplaintEvent]:
    with db.read() as s:
        return list(
            s.scalars(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.kind == kind)
                .order_by(ComplaintEvent.id)
            )
        )


def _hearing(tmp_path: Path, rows: list[str], name: str = "hearing.csv") -> Path:
    return _write(tmp_path, ["received_at,caller_mobile,locality,type,description", *rows], name)


def test_a_hearing_list_about_open_complaints_follows_them_up(
    db: Database, centre, supervisor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sample = seeds_dir() / "intake-sample.csv"
    logged = _intake(db, sample, centre, supervisor.id)[1].dockets
    # The same three callers about the same three faults at the Monday hearing.
    path = _hearing(
        tmp_path,
        [
            "01-06-2026 12:00,9835012345,Sohni Patti,FUSE_OFF,still no supply",
            "01-06-2026 12:05,6201234567,Thatheri Bazar,NO_SUPPLY_HOUSE,",
            "01-06-2026 12:10,7004512345,Charitravan,LINE_BREAK,",
        ],
    )
    plan = check_intake(
        db, path, centre_id=centre.id, channel=Channel.HEARING, by=supervisor.id, now=NOW
    )
    assert [(r.number, r.follows) for r in plan.rows] == list(zip([2, 3, 4], logged, strict=True))
    assert (plan.new, len(plan.follow_ups), plan.already) == (0, 3, 0)
    done = run_intake(db, plan, by=supervisor.id, now=NOW)
    assert (done.logged, done.follow_ups, done.already) == (0, logged, 0)
    rows = _complaints(db)
    assert [c.docket for c in rows] == logged and [c.call_count for c in rows] == [2, 2, 2]
    event = _events(db, rows[0].id)[0]
    assert event.user_id == supervisor.id
    assert event.data["channel"] == "hearing" and event.data["note"] == "still no supply"
    assert event.data["intake"] == {"file": "hearing.csv", "row": 2}
    assert event.data["received_at"] == "2026-06-01T12:00:00+05:30"
    for c in rows:
        row_is_its_history(db, c.id)

    # The same hearing list again: the follow-ups are on record, nothing is added.
    again, second = _intake(db, path, centre, supervisor.id, Channel.HEARING)
    assert (len(again.rows), again.already) == (0, 3)
    assert (second.logged, second.follow_ups, second.already) == (0, [], 3)
    assert [c.call_count for c in _complaints(db)] == [2, 2, 2]


def test_a_second_1912_list_follows_up_and_is_known_by_its_references(
    db: Database, centre, supervisor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = _write(tmp_path, [HEADER, "01-06-2026 10:00,R1,9835012345,Ram,Buxar,,FUSE_OFF,"])
    docket = _intake(db, first, centre, supervisor.id)[1].dockets[0]
    second = _write(
        tmp_path,
        [
            HEADER,
            "01-06-2026 11:00,R2,+91 98350 12345,Ram,Buxar,,FUSE_OFF,again",
            "01-06-2026 11:05,R3,9835012345,Ram,Buxar,,LINE_BREAK,",  # another fault: new
        ],
        "second.csv",
    )
    plan, done = _intake(db, second, centre, supervisor.id)
    assert [r.follows for r in plan.rows] == [docket, ""]
    assert done.follow_ups == [docket] and done.logged == 1
    (event,) = _events(db, _complaints(db)[0].id)
    assert event.data["channel"] == "1912" and event.data["channel_ref"] == "R2"
    assert event.data["intake"] == {"file": "second.csv", "row": 2}
    # Again: R2 is found on the follow-up, R3 on its complaint.
    again, rerun = _intake(db, second, centre, supervisor.id)
    assert (len(again.rows), again.already, rerun.follow_ups, rerun.logged) == (0, 2, [], 0)
    assert len(_complaints(db)) == 2 and len(_events(db, _complaints(db)[0].id)) == 1


def test_a_caller_repeated_in_one_list_gets_one_docket(
    db: Database, centre, supervisor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("fusecentre_app.services.intake.CHUNK", 1)  # the repeat in a later one
    path = _hearing(
        tmp_path,
        [
            "01-06-2026 10:00,9835012345,Buxar,FUSE_OFF,",
            "01-06-2026 10:30,6201234567,Buxar,FUSE_OFF,",
            "01-06-2026 11:00,9835012345,Buxar,FUSE_OFF,second time",
        ],
    )
    plan, done = _intake(db, path, centre, supervisor.id, Channel.HEARING)
    assert [(r.follows, r.follows_row) for r in plan.rows] == [("", None), ("", None), ("", 2)]
    assert (plan.new, len(plan.follow_ups)) == (2, 1)
    assert done.logged == 2 and done.follow_ups == [done.dockets[0]]
    assert [c.call_count for c in _complaints(db)] == [2, 1]
    assert _intake(db, path, centre, supervisor.id, Channel.HEARING)[1].already == 3


def test_a_resolved_or_closed_complaint_is_not_followed_up(
    db: Database, centre, supervisor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.db.models import Officer
    from fusecentre_app.services import lifecycle

    path = _hearing(
        tmp_path,
        [
            "01-06-2026 10:00,9835012345,Buxar,FUSE_OFF,",
            "01-06-2026 10:05,6201234567,Buxar,FUSE_OFF,",
        ],
    )
    assert _intake(db, path, centre, supervisor.id, Channel.HEARING)[1].logged == 2
    ids = [c.id for c in _complaints(db)]
    with db.read() as s:
        officer = s.scalars(select(Officer.id)).first()
    assert officer is not None
    lifecycle.assign(db, ids[0], officer, user_id=supervisor.id, now=NOW)
    lifecycle.attend(db, ids[0], user_id=supervisor.id, now=NOW)
    lifecycle.resolve(db, ids[0], "fuse replaced", user_id=supervisor.id, now=NOW)
    lifecycle.cancel(db, ids[1], "not a supply complaint", user_id=supervisor.id, now=NOW)
    later = _hearing(
        tmp_path,
        [
            "01-06-2026 13:00,9835012345,Buxar,FUSE_OFF,",
            "01-06-2026 13:05,6201234567,Buxar,FUSE_OFF,",
        ],
        "later.csv",
    )
    plan, done = _intake(db, later, centre, supervisor.id, Channel.HEARING)
    assert [r.follows for r in plan.rows] == ["", ""]
    assert done.logged == 2 and done.follow_ups == []


@pytest.mark.postgres
def test_intake_and_export_on_postgres(pg: Database, tmp_path: Path) -> None:
    from fusecentre_app.services import accounts, masterdata
    from fusecentre_app.services.complaint_export import export_complaints

    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    je = accounts.create_user(
        pg,
        username="mukesh",
        full_name="Mukesh Singh",
        password="desk-pass-1",
        centre_id=centre.id,
        role="supervisor",
    )
    sample = seeds_dir() / "intake-sample.csv"
    assert _intake(pg, sample, centre, je.id)[1].logged == 3
    assert _intake(pg, sample, centre, je.id)[1].already == 3
    hearing = _write(
        tmp_path,
        ["received_at,caller_mobile,locality,type", "01-06-2026 11:00,9835012345,Buxar,FUSE_OFF"],
    )
    # The first sample row's caller about the same fault: a follow-up on its docket.
    done = _intake(pg, hearing, centre, je.id, Channel.HEARING)[1]
    assert (done.logged, done.follow_ups) == (0, ["BXR-20260601-001"])
    assert _intake(pg, hearing, centre, je.id, Channel.HEARING)[1].already == 1
    again = _write(
        tmp_path,
        [HEADER, "01-06-2026 12:00,R7,9835012345,Ram,Buxar,,FUSE_OFF,"],
        "again.csv",
    )
    assert _intake(pg, again, centre, je.id)[1].follow_ups == ["BXR-20260601-001"]
    assert _intake(pg, again, centre, je.id)[1].already == 1
    with pg.read() as s:
        assert s.scalar(select(Complaint.call_count).where(Complaint.serial == 1)) == 3
    out = tmp_path / "june.xlsx"
    assert export_complaints(pg, centre.id, NOW.date(), NOW.date(), out) == 3
