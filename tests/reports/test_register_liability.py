"""The daily register shows what each late complaint owes (the details panel's and the
monthly statement's figures) and the day's total; the digest does not cover the liability, so
a register printed before (or after) the SoP table changes still verifies."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, Dt, SopRule
from fusecentre_app.domain.digest import DIGEST_VERSION
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import lifecycle, masterdata
from fusecentre_app.services.compensation import complaint_liability, monthly_statement
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.register_check import check_register_digest
from fusecentre_app.services.uow import CommandLine
from tests.services.test_compensation import T0, _log, telangana_db  # noqa: F401

DAY = local_day(T0)
NOW = T0 + timedelta(hours=50)


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _line_of(text: str, docket: str) -> str:
    return " ".join(next(x for x in text.splitlines() if docket in x).split())


def _day(db, centre, clerk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    late = _log(db, centre, clerk, "FUSE_OFF", "urban")  # 4 h; restored at 30 h: Rs 50
    lifecycle.resolve(db, late, "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=30))
    in_time = _log(db, centre, clerk, "FUSE_OFF", "urban")
    lifecycle.resolve(db, in_time, "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=2))
    still_off = _log(db, centre, clerk, "FUSE_OFF", "rural")  # 24 h; 26 h late by NOW
    no_rule = _log(db, centre, clerk, "DT_FAIL", "urban")  # 24 h; no compensation in the table
    lifecycle.resolve(db, no_rule, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=30))
    return {"late": late, "in_time": in_time, "still_off": still_off, "no_rule": no_rule}


def test_each_late_complaint_shows_what_it_owes_and_the_day_its_total(  # type: ignore[no-untyped-def]
    db: Database, centre, clerk, tmp_path: Path
) -> None:
    ids = _day(db, centre, clerk)
    data = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW)
    rows = {r.id: r for r in data.rows}
    for cid in ids.values():  # the details panel's figure, row by row
        assert rows[cid].liability == complaint_liability(db, cid, now=NOW)
    assert rows[ids["in_time"]].liability is None
    assert rows[ids["late"]].liability.total == 50  # type: ignore[union-attr]
    assert rows[ids["still_off"]].liability.total == 50  # type: ignore[union-attr]
    assert rows[ids["no_rule"]].liability.total == 0  # type: ignore[union-attr]
    statement = monthly_statement(db, DAY.replace(day=1), "BXR", now=NOW)
    assert (
        (data.summary.owing, data.summary.compensation)
        == (2, 100)
        == (
            len(statement.owed),
            statement.total,
        )
    )

    printed = register_pdf(db, "BXR", DAY, user_name="Asha Kumari", now=NOW)
    text = _text(printed.pdf, tmp_path)
    docket = {name: rows[cid].docket for name, cid in ids.items()}
    assert "Rs 50" in _line_of(text, docket["late"])
    assert "Rs 50" in _line_of(text, docket["still_off"])
    assert "Rs 0" in _line_of(text, docket["no_rule"])
    assert "Rs " not in _line_of(text, docket["in_time"])
    flat = " ".join(text.split())
    assert "1 consumer" in flat and "so far" in flat and "no rate set" in flat
    assert "Owing compensation / " in flat and "Compensation owed / " in flat
    summary = next(x for x in text.splitlines() if "Compensation owed" in x)
    assert "Rs 100" in summary


def test_the_digest_leaves_the_liability_out_and_old_prints_still_verify(  # type: ignore[no-untyped-def]
    db: Database, centre, clerk
) -> None:
    ids = _day(db, centre, clerk)
    printed = register_pdf(db, "BXR", DAY, user_name="Asha Kumari", now=NOW)
    printed.put_on_record(db, by=CommandLine("test"))
    before = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW)
    assert (before.cut_event_id, before.digest) == (printed.cut_event_id, printed.digest)
    # The table changes (a new rate): the register worked out now owes more, with the same
    # records at the same cut, so the same digest; the paper printed before still verifies.
    with db.write() as s:
        s.execute(
            update(SopRule)
            .where(SopRule.type_code == "FUSE_OFF", SopRule.area == "urban")
            .values(comp_single=100)
        )
    after = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW)
    late = next(r for r in after.rows if r.id == ids["late"])
    assert late.liability is not None and late.liability.total == 200
    assert after.summary.compensation != before.summary.compensation
    assert after.cut_event_id == before.cut_event_id and after.digest == before.digest
    check = check_register_digest(db, "BXR", DAY, printed.cut_event_id, printed.digest)
    assert check.matches and not check.later_events
    assert DIGEST_VERSION == "fusecentre-register-digest/2"  # the format papers carry


def test_a_dt_failure_owes_each_consumer_of_the_dt(telangana_db: Database, tmp_path: Path) -> None:  # noqa: F811
    from fusecentre_app.services import accounts
    from tests.conftest import PASSWORD

    db = telangana_db
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    cid = _log(db, centre, clerk, "DT_FAIL", "urban", dt=True)  # 24 h; restored at 26 h
    lifecycle.resolve(db, cid, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=26))
    printed = register_pdf(db, "BXR", DAY, user_name="Asha Kumari", now=NOW)
    data = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW)
    [row] = data.rows
    assert printed.complaints == 1 and printed.digest == data.digest  # the same records
    assert row.liability == complaint_liability(db, cid, now=NOW)
    assert row.liability is not None and row.liability.each_consumer_of
    flat = " ".join(_text(printed.pdf, tmp_path).split())
    owed = row.liability
    assert f"Rs {owed.per_consumer:,} each to" in flat  # the cell's lines interleave with
    # its neighbours' in the extracted text
    assert owed.consumers > 1 and owed.total == owed.per_consumer * owed.consumers
    assert f"Rs {owed.total:,}" in flat
    assert f"the {owed.consumers:,} consumers of {owed.each_consumer_of}" in flat


def test_one_dt_failure_called_in_twice_is_owed_once_as_the_statement_says(  # type: ignore[no-untyped-def]
    telangana_db: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Three consumers of one failed DT call, two on the 1st and one the next morning: the
    registers of both days count its 85 consumers once, on the first call, as the month's
    compensation statement does (each caller's row had carried the whole sum)."""
    from fusecentre_app.services import accounts
    from tests.conftest import PASSWORD

    db = telangana_db
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    calls = [
        _log(db, centre, clerk, "DT_FAIL", "urban", dt=True, mobile=m, at=T0 + timedelta(hours=h))
        for m, h in (("9835012345", 0), ("9835012346", 1), ("9835012347", 20))
    ]
    with db.write() as s:
        dt_id = s.scalar(select(Complaint.dt_id).where(Complaint.id == calls[0]))
        s.execute(update(Dt).where(Dt.id == dt_id).values(consumers=85))
    for cid in calls:  # every call late: the last one's 24 h ran out at 44 h
        lifecycle.resolve(db, cid, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=49))
    statement = monthly_statement(db, DAY.replace(day=1), "BXR", now=NOW)
    owed = statement.lines[0].total
    assert owed > 0 and [x.total for x in statement.lines] == [owed, 0, 0]
    first = statement.lines[0].docket

    printed = register_pdf(db, "BXR", DAY, user_name="Asha Kumari", now=NOW)
    data = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW)
    assert printed.complaints == len(data.rows) and printed.digest == data.digest
    rows = {r.id: r for r in data.rows}
    assert rows[calls[0]].liability is not None and rows[calls[0]].liability.total == owed
    assert rows[calls[1]].liability is not None and rows[calls[1]].liability.total == 0
    assert rows[calls[1]].liability.counted_with == first
    for cid in calls:  # the details panel says the same
        assert rows.get(cid) is None or rows[cid].liability == complaint_liability(db, cid, now=NOW)
    assert data.summary.compensation == owed and data.summary.owing == 1
    flat = " ".join(_text(printed.pdf, tmp_path).split())
    assert "counted with" in flat and "no rate set" not in flat
    next_day = gather_register(db, "BXR", DAY + timedelta(days=1), generated_by="x", now=NOW)
    [row] = next_day.rows
    assert row.liability is not None and row.liability.counted_with == first
    assert next_day.summary.compensation == 0
    assert check_register_digest(db, "BXR", DAY, printed.cut_event_id, printed.digest)


def test_a_dt_failure_with_no_dt_named_owes_the_caller(telangana_db: Database) -> None:  # noqa: F811
    """A DT failure logged without its DT (the caller did not know it): the caller alone is
    counted, and the cell says so, not "each to the 1 consumers of the DT"."""
    from fusecentre_app.reports.register_cells import day_cells
    from fusecentre_app.services import accounts
    from tests.conftest import PASSWORD

    db = telangana_db
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    cid = _log(db, centre, clerk, "DT_FAIL", "urban")
    lifecycle.resolve(db, cid, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=26))
    [row] = gather_register(db, "BXR", DAY, generated_by="Asha Kumari", now=NOW).rows
    owed = row.liability
    assert owed is not None and owed.consumers == 1 and owed.total > 0
    cells = day_cells(row, DAY, NOW)
    assert f"Rs {owed.total:,}\n1 consumer" in cells
    assert not any("consumers of" in cell for cell in cells)
