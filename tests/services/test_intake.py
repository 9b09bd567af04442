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
    assert _intake(pg, hearing, centre, je.id, Channel.HEARING)[1].logged == 1
    assert _intake(pg, hearing, centre, je.id, Channel.HEARING)[1].already == 1
    out = tmp_path / "june.xlsx"
    assert export_complaints(pg, centre.id, NOW.date(), NOW.date(), out) == 4
