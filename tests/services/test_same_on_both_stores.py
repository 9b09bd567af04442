"""What a clerk types behaves the same on SQLite and PostgreSQL: `%` and `_` in the search
box are plain characters, and a field too long for its column or holding a NUL character is
refused with a message naming it (PostgreSQL would fail where SQLite saves). A refresh's
reads made in one session find what they find apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import String, func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Complaint, Officer
from fusecentre_app.domain.limits import ACCOUNT_FIELDS, COMPLAINT_FIELDS, OFFICER_FIELDS
from fusecentre_app.services import accounts, directory, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ValidationError
from fusecentre_app.services.masterdata import form_choices
from fusecentre_app.services.queue import QueueFilter, feeder_loads, queue_ids, queue_rows
from tests.support import OFFICE

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Database:
    db: Database = request.getfixturevalue("empty_db" if request.param == "sqlite" else "pg")
    masterdata.load_division(db)
    return db


@pytest.fixture
def desk(store: Database) -> tuple[Database, int, int]:
    centre = masterdata.centre_by_code(store, "BXR")
    clerk = accounts.create_user(
        store, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    return store, centre.id, clerk.id


def _log(desk: tuple[Database, int, int], mobile: str, **fields: str) -> int:
    db, centre_id, user_id = desk
    feeder = form_choices(db, centre_id).feeders[0]
    draft = ComplaintDraft(
        caller_mobile=mobile, feeder_id=feeder.id, type_code="FUSE_OFF", **fields
    )
    return log_complaint(db, draft, centre_id=centre_id, user_id=user_id, now=NOW).id


def test_percent_and_underscore_are_plain_characters_in_search(desk) -> None:  # type: ignore[no-untyped-def]
    db, centre_id, _ = desk
    plain = _log(desk, "9835000001", locality="Sohni Patti", caller_name="Sunil Kumar")
    odd = _log(desk, "9835000002", locality="Ward_7 (100%)", caller_name="Ram")
    other = _log(desk, "9835000003", locality="Ward 7", caller_name="Mohan")

    def found(text: str) -> list[int]:
        query = QueueFilter(centre_id, statuses=frozenset(), search=text)
        return queue_ids(db, query, now=NOW)

    assert found("%") == [odd]
    assert found("_") == [odd]
    assert found("ward_7") == [odd]
    assert found("100%") == [odd]
    assert sorted(found("ward")) == sorted([odd, other])
    assert found("sunil") == [plain]
    assert found("BXR-%") == []  # a docket search too


def test_a_refresh_reads_the_same_in_one_session_as_apart(desk) -> None:  # type: ignore[no-untyped-def]
    db, centre_id, user_id = desk
    f1, f2 = form_choices(db, centre_id).feeders[:2]
    logged = []
    for minutes, feeder, type_code in [
        (0, f1.id, "FUSE_OFF"),
        (10, f1.id, "LINE_BREAK"),  # a danger call: first in the list, not the oldest
        (20, f2.id, "FUSE_OFF"),
        (30, None, "FUSE_OFF"),
        (600, f2.id, "FUSE_OFF"),
    ]:
        at = NOW + timedelta(minutes=minutes)
        draft = ComplaintDraft(
            caller_mobile=f"98350{minutes:05d}",
            feeder_id=feeder,
            type_code=type_code,
            locality="Chausa",
            received_at=at,
        )
        logged.append(log_complaint(db, draft, centre_id=centre_id, user_id=user_id, now=at))
    later = logged[0].sop_due_at + timedelta(minutes=1)  # the first overdue, the last not
    apart = feeder_loads(db, centre_id, now=later)
    ids_apart = queue_ids(db, QueueFilter(centre_id), now=later)
    with db.read() as s:
        loads = feeder_loads(db, centre_id, now=later, session=s)
        ids = queue_ids(db, QueueFilter(centre_id), now=later, session=s)
        rows = queue_rows(db, ids, session=s)
    assert loads == apart and ids == ids_apart
    assert ids[0] == logged[1].id and len(ids) == 5
    assert rows == queue_rows(db, ids)
    assert rows[logged[1].id].danger and rows[logged[3].id].feeder_code is None
    assert rows[logged[0].id].received_at == NOW
    counts = {load.feeder_id: (load.open, load.overdue) for load in loads}
    assert counts[f1.id][0] == 2 and counts[f2.id][0] == 2 and counts[None][0] == 1
    assert 0 < sum(late for _n, late in counts.values()) < 5


def test_over_long_fields_and_nul_characters_are_refused_naming_the_field(desk) -> None:  # type: ignore[no-untyped-def]
    db = desk[0]
    with pytest.raises(ValidationError) as refused:
        _log(desk, "9835000004", locality="Sohni Patti", caller_name="स" * 121, address="a" * 256)
    assert refused.value.errors == {
        "caller_name": "The caller's name is 121 characters long; it may have at most 120.",
        "address": "The address is 256 characters long; it may have at most 255.",
    }
    with pytest.raises(ValidationError) as refused:
        _log(desk, "9835000004", locality="Sohni\x00 Patti", description="fuse\x00")
    assert set(refused.value.errors) == {"locality", "description"}
    assert "NUL character" in refused.value.errors["locality"]
    with pytest.raises(ValidationError) as refused:
        _log(desk, "98350\x0000004", locality="Sohni Patti")
    assert "NUL character" in refused.value.errors["caller_mobile"]
    # At the limit, Hindi and English both save, on either store.
    saved = _log(desk, "9835000004", locality="ग" * 120, caller_name="स" * 120, address="a" * 255)
    with db.read() as s:
        assert s.scalar(select(func.length(Complaint.caller_name)).where(Complaint.id == saved))
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1


def test_the_directory_import_refuses_what_a_store_cannot_hold(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = desk[0]
    path = tmp_path / "officers.csv"
    header = "employee_id,name,name_hi,designation,mobile,alternate,reports_to,feeders"
    path.write_text(
        "\n".join(
            [
                header,
                "E3001," + "N" * 121 + ",,JE,9835012371,,,",
                "E3002,Nul\x00Name,,JE,9835012372,,,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Officer))
    with pytest.raises(directory.ImportRefused) as refused:
        directory.import_officers(db, path, by=OFFICE)
    assert [str(p) for p in refused.value.problems] == [
        "row 2: the name is 121 characters long; it may have at most 120",
        "row 3: name holds a NUL character (\\x00), which cannot be stored",
    ]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == before


def test_an_over_long_account_name_is_refused_at_the_field(desk) -> None:  # type: ignore[no-untyped-def]
    db, centre_id, _clerk = desk
    with pytest.raises(ValidationError) as refused:
        accounts.create_user(
            db, username="ravi", full_name="R" * 121, password="long-pass-1912", centre_id=centre_id
        )
    assert refused.value.errors == {
        "full_name": "The person's name is 121 characters long; it may have at most 120."
    }
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AppUser)) == 1


def test_the_limits_are_the_columns() -> None:
    for model, fields, renamed in (
        (Complaint, COMPLAINT_FIELDS, {}),
        (Officer, OFFICER_FIELDS, {"name": "name_en", "reports_to": "employee_id"}),
        (AppUser, ACCOUNT_FIELDS, {}),
    ):
        for field, (_label, limit) in fields.items():
            column = model.__table__.columns[renamed.get(field, field)]
            length = column.type.length if isinstance(column.type, String) else None
            assert limit == length, (model.__name__, field)
