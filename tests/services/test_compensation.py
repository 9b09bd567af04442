"""The SoP table with its sources, and what late restorations owe: the seeded Bihar figures,
a store configured with Telangana's table, deadlines kept when the table changes, the
monthly statement on the command line, and the 0010 upgrade with the audit chain intact."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.migrate import current_revision, head_revision
from fusecentre_app.db.models import Complaint, Dt, Feeder, Pss, SopRule
from fusecentre_app.domain.enums import Area
from fusecentre_app.domain.sop import TO_CONFIRM, Clock
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services import lifecycle, masterdata
from fusecentre_app.services.compensation import complaint_liability, monthly_statement
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.masterdata import SeedError, load_division
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD
from tests.support import downgrade

DATA = Path(__file__).parents[1] / "data"
T0 = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 08:30 in India


def _feeder(db: Database, centre_id: int, area: str) -> int:
    with db.read() as s:
        return int(
            s.scalars(
                select(Feeder.id)
                .join(Pss, Pss.id == Feeder.pss_id)
                .where(Pss.centre_id == centre_id, Feeder.area == area)
                .order_by(Feeder.id)
            ).first()
        )


def _log(  # type: ignore[no-untyped-def]
    db,
    centre,
    clerk,
    type_code: str,
    area: str,
    *,
    dt: bool = False,
    mobile: str = "9835012345",
    at: datetime = T0,
) -> int:
    feeder_id = _feeder(db, centre.id, area)
    dt_id = None
    if dt:
        with db.read() as s:
            dt_id = s.scalars(select(Dt.id).where(Dt.feeder_id == feeder_id)).first()
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile=mobile,
            locality="Sohni Patti",
            type_code=type_code,
            feeder_id=feeder_id,
            dt_id=dt_id,
            received_at=at,
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=at + timedelta(minutes=1),
    )
    return logged.id


def test_seeded_rules_carry_bihar_figures_and_their_sources(db: Database) -> None:
    with db.read() as s:
        rules = masterdata.sop_rules(s)
    fuse_urban, fuse_rural = rules[("FUSE_OFF", Area.URBAN)], rules[("FUSE_OFF", Area.RURAL)]
    assert (fuse_urban.hours, fuse_rural.hours) == (4, 24)
    assert fuse_rural.hours_source.startswith("BERC SoP Regulations 2006")
    assert fuse_rural.compensation.describe() == (
        "Rs 25 per day of default; part of a day counts as a day"
    )
    assert TO_CONFIRM in fuse_rural.compensation_source  # the rounding is not stated
    assert (rules[("DT_FAIL", Area.URBAN)].hours, rules[("DT_FAIL", Area.RURAL)].hours) == (24, 72)
    assert rules[("DT_FAIL", Area.RURAL)].hours_source == "SBPDCL's stated practice"
    assert rules[("DT_FAIL", Area.RURAL)].compensation_source == TO_CONFIRM
    others = [r for k, r in rules.items() if k[0] not in {"FUSE_OFF", "DT_FAIL"}]
    assert others and all(r.hours_source == TO_CONFIRM for r in others)
    assert all(r.clock is Clock.CONTINUOUS for r in rules.values())


def test_a_logged_complaint_keeps_its_deadline_when_the_table_changes(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:  # the table as the seeds had it before
        s.execute(
            update(SopRule)
            .where(SopRule.type_code == "FUSE_OFF", SopRule.area == "rural")
            .values(hours=8.0)
        )
    older = _log(db, centre, clerk, "FUSE_OFF", "rural")
    with db.write() as s:
        s.execute(
            update(SopRule)
            .where(SopRule.type_code == "FUSE_OFF", SopRule.area == "rural")
            .values(hours=24.0)
        )
    newer = _log(db, centre, clerk, "FUSE_OFF", "rural")
    from fusecentre_app.services.details import complaint_detail

    assert complaint_detail(db, older).sop_due_at == T0 + timedelta(hours=8)
    assert complaint_detail(db, newer).sop_due_at == T0 + timedelta(hours=24)


def test_liability_of_a_late_fuse_off(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    cid = _log(db, centre, clerk, "FUSE_OFF", "urban")  # 4 h
    assert complaint_liability(db, cid, now=T0 + timedelta(hours=3)) is None
    open_late = complaint_liability(db, cid, now=T0 + timedelta(hours=10))
    assert open_late is not None and not open_late.restored and open_late.total == 25
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=30))
    line = complaint_liability(db, cid, now=T0 + timedelta(days=5))
    assert line is not None and line.restored and line.hours_late == 26
    assert line.total == 50  # two days of default, the second a part day, at Rs 25


@pytest.fixture
def telangana_db(tmp_path: Path) -> Database:
    folder = tmp_path / "division"
    shutil.copytree(seeds_dir(), folder)
    shutil.copy(DATA / "sop_telangana.csv", folder / "sop_hours.csv")
    db = open_database(tmp_path / "ts.sqlite", create=True)
    load_division(db, folder)
    return db


def test_a_store_configured_with_telangana_rules(telangana_db: Database) -> None:
    from fusecentre_app.services import accounts

    db = telangana_db
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    line_fault = _log(db, centre, clerk, "LINE_BREAK", "rural")
    dt_fault = _log(db, centre, clerk, "DT_FAIL", "urban", dt=True)
    with db.write() as s:  # the failed DT serves 85 consumers
        dt_id = s.scalar(select(Complaint.dt_id).where(Complaint.id == dt_fault))
        s.execute(update(Dt).where(Dt.id == dt_id).values(consumers=85))
    for cid, hours in ((line_fault, 30), (dt_fault, 26)):
        lifecycle.resolve(db, cid, "restored", user_id=clerk.id, now=T0 + timedelta(hours=hours))
    now = T0 + timedelta(days=3)
    line = complaint_liability(db, line_fault, now=now)
    assert line is not None and line.total == 200 and line.each_consumer_of is None
    dt = complaint_liability(db, dt_fault, now=now)
    assert dt is not None and dt.each_consumer_of and dt.per_consumer == 200
    assert (dt.consumers, dt.total) == (85, 17_000)  # Rs 200 to each of the DT's 85 consumers
    statement = monthly_statement(db, date(2026, 6, 1), "BXR", now=now)
    assert [x.total for x in statement.lines] == [200, 17_000]
    assert statement.total == 17_200
    assert {r.hours_source for r in statement.rules} == {
        "Telangana (TSERC) standards of performance"
    }
    db.dispose()


def test_one_dt_failure_counts_its_consumers_once(telangana_db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    """Three consumers of one failed DT call: the DT's 85 consumers are owed once, not three
    times; a failure of the same DT after it was restored is counted again."""
    from fusecentre_app.services import accounts

    db = telangana_db
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    calls = [
        _log(db, centre, clerk, "DT_FAIL", "urban", dt=True, mobile=m, at=T0 + timedelta(hours=h))
        for m, h in (("9835012345", 0), ("9835012346", 1), ("9835012347", 2))
    ]
    with db.write() as s:
        dt_id = s.scalar(select(Complaint.dt_id).where(Complaint.id == calls[0]))
        s.execute(update(Dt).where(Dt.id == dt_id).values(consumers=85))
    for cid in calls:
        lifecycle.resolve(db, cid, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=30))
    again = _log(
        db, centre, clerk, "DT_FAIL", "urban", dt=True, at=T0 + timedelta(hours=31)
    )  # failed again after it was replaced
    lifecycle.resolve(db, again, "DT replaced", user_id=clerk.id, now=T0 + timedelta(hours=60))
    statement = monthly_statement(db, date(2026, 6, 1), "BXR", now=T0 + timedelta(days=5))
    assert [x.total for x in statement.lines] == [17_000, 0, 0, 17_000]
    first = statement.lines[0].docket
    assert [x.counted_with for x in statement.lines] == [None, first, first, None]
    assert statement.total == 34_000
    path = db.engine.url.database
    assert main(["compensation", "--db", path, "--month", "2026-06", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["total_rs"] == 34_000 and found["lines"][1]["counted_with"] == first
    db.dispose()


def test_a_bad_rule_row_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "division"
    shutil.copytree(seeds_dir(), folder)
    text = (folder / "sop_hours.csv").read_text(encoding="utf-8")
    (folder / "sop_hours.csv").write_text(
        text.replace("FUSE_OFF,rural,24,continuous,,per_day", "FUSE_OFF,rural,24,working,,per_day"),
        encoding="utf-8",
    )
    db = open_database(tmp_path / "bad.sqlite", create=True)
    with pytest.raises(SeedError, match=r"sop_hours.csv row 3: a working-hours clock needs"):
        load_division(db, folder)
    db.dispose()


def test_the_statement_on_the_command_line(db, centre, clerk, capsys) -> None:  # type: ignore[no-untyped-def]
    cid = _log(db, centre, clerk, "FUSE_OFF", "rural")  # 24 h
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=30))
    _log(db, centre, clerk, "FUSE_OFF", "urban")  # still open: late as of now
    path = db.engine.url.database
    db.dispose()
    assert main(["compensation", "--db", path, "--month", "2026-06", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["month"] == "2026-06" and found["late"] == 2
    restored = next(x for x in found["lines"] if x["restored_at"])
    assert restored["hours_late"] == 6 and restored["total_rs"] == 25
    assert {r["hours_source"] for r in found["rules"]} == {
        "BERC SoP Regulations 2006 (as BERC's chairman described them in 2011)"
    }
    assert main(["compensation", "--db", path, "--month", "2026-13"]) == 1
    assert "month must be YYYY-MM" in capsys.readouterr().err
    assert main(["compensation", "--db", path, "--month", "2026-06", "--centre", "XYZ"]) == 1
    assert capsys.readouterr().err.strip() == "fusecentre: There is no centre XYZ."
    out = Path(path).parent / "statement.pdf"
    assert main(["compensation", "--db", path, "--month", "2026-06", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_upgrade_to_0010_keeps_the_rules_and_the_audit_chain(db: Database) -> None:
    downgrade(db.engine, "0008")
    path = db.engine.url.database
    db.dispose()
    again = open_database(path)
    try:
        assert current_revision(again.engine) == head_revision()
        with again.read() as s:
            rules = masterdata.sop_rules(s)
        # The hours stay as the store held them; their sources are now to be confirmed.
        assert rules[("FUSE_OFF", Area.RURAL)].hours == 24
        assert rules[("FUSE_OFF", Area.RURAL)].hours_source == TO_CONFIRM
        report = verify_store(again)
        assert report.ok, report.problems
    finally:
        again.dispose()


def test_upgrade_to_0010_gives_rules_still_as_shipped_bihars_figures(db: Database) -> None:
    """A store made with the desk's earlier table (Telangana's 8 h rural fuse-off, 48 h rural
    DT) takes Bihar's sourced rules; a rule the office set itself keeps its hours."""
    downgrade(db.engine, "0008")
    with db.engine.begin() as conn:
        for type_code, area, hours in (
            ("FUSE_OFF", "rural", 8.0),
            ("DT_FAIL", "rural", 48.0),
            ("LINE_BREAK", "urban", 5.0),  # the office's own figure
        ):
            conn.execute(
                update(SopRule.__table__)
                .where(SopRule.type_code == type_code, SopRule.area == area)
                .values(hours=hours)
            )
    path = db.engine.url.database
    db.dispose()
    again = open_database(path)
    try:
        with again.read() as s:
            rules = masterdata.sop_rules(s)
        fuse = rules[("FUSE_OFF", Area.RURAL)]
        assert fuse.hours == 24 and fuse.compensation.single == 25
        assert fuse.hours_source.startswith("BERC SoP Regulations 2006")
        assert rules[("FUSE_OFF", Area.URBAN)].compensation.describe().startswith("Rs 25 per day")
        dt = rules[("DT_FAIL", Area.RURAL)]
        assert (dt.hours, dt.hours_source) == (72, "SBPDCL's stated practice")
        own = rules[("LINE_BREAK", Area.URBAN)]
        assert (own.hours, own.hours_source) == (5, TO_CONFIRM)
        report = verify_store(again)
        assert report.ok, report.problems
    finally:
        again.dispose()
