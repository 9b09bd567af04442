"""Use cases without Qt: logging, returning callers, follow-ups, refusals and store failures."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import Complaint, ComplaintEvent, Consumer, DocketCounter, Feeder
from fusecentre_app.domain.enums import Channel, Status
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services import accounts, auth
from fusecentre_app.services.complaints import (
    ComplaintDraft,
    caller_profile,
    complaints_received_on,
    find_consumer,
    log_complaint,
    record_follow_up,
)
from fusecentre_app.services.details import complaint_detail
from fusecentre_app.services.errors import ServiceError, StoreUnavailable, ValidationError
from fusecentre_app.services.masterdata import SeedError, form_choices, load_division

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 14:30 in India


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _urban_feeder(db: Database, centre_id: int):  # type: ignore[no-untyped-def]
    return next(f for f in form_choices(db, centre_id).feeders if f.area.value == "urban")


def test_demo_division_loads_with_its_master_data(db: Database, centre) -> None:  # type: ignore[no-untyped-def]
    choices = form_choices(db, centre.id)
    assert len(choices.feeders) == 10 and len(choices.dts) == 30
    assert {t.code for t in choices.types} >= {"FUSE_OFF", "LINE_BREAK", "DT_FAIL"}
    assert {t.code for t in choices.types if t.danger} >= {"LINE_BREAK"}
    assert len(choices.officers) == 60
    assert all(o.mobile.startswith("+91") for o in choices.officers)


def test_log_complaint_sets_docket_sop_and_learns_the_consumer(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    feeder = _urban_feeder(db, centre.id)
    dt = next(d for d in form_choices(db, centre.id).dts if d.feeder_id == feeder.id)
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="+91 98350 12345",
            caller_name="सुनील कुमार",
            consumer_no="101234567890",
            locality="Sohni Patti",
            landmark="हनुमान मंदिर के पास",
            feeder_id=feeder.id,
            dt_id=dt.id,
            type_code="FUSE_OFF",
            channel=Channel.HELPLINE_1912,
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    assert logged.docket == "BXR-20260601-001"
    assert logged.sop_hours == 4.0  # fuse off, urban
    assert logged.sop_due_at == NOW + timedelta(hours=4)
    consumer = find_consumer(db, "101234567890")
    assert consumer is not None
    assert (consumer.name, consumer.mobile, consumer.feeder_id, consumer.dt_id) == (
        "सुनील कुमार",
        "+919835012345",
        feeder.id,
        dt.id,
    )
    [event] = complaint_detail(db, logged.id).history
    assert event.kind == "logged" and event.who == clerk.full_name
    assert event.data["caller_mobile"] == "+919835012345"
    assert event.data["landmark"] == "हनुमान मंदिर के पास"
    [row] = complaints_received_on(db, centre.id, logged.received_at.date())
    assert row.docket == logged.docket and row.status == Status.NEW


def test_rural_and_danger_complaints_get_their_own_sop(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    rural = next(f for f in form_choices(db, centre.id).feeders if f.area.value == "rural")
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            locality="Chausa",
            feeder_id=rural.id,
            type_code="LINE_BREAK",
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    assert logged.sop_hours == 24.0 and logged.danger


def test_invalid_drafts_name_each_field_and_save_nothing(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile="12345",
                consumer_no="!!",
                channel=Channel.OFFICER,
                received_at=NOW + timedelta(hours=2),
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=NOW,
        )
    assert set(caught.value.errors) == {
        "caller_mobile",
        "consumer_no",
        "type_code",
        "forwarded_by_id",
        "received_at",
    }
    with pytest.raises(ValidationError) as caught:
        log_complaint(
            db,
            ComplaintDraft(channel=Channel.SOCIAL, type_code="FUSE_OFF"),
            centre_id=centre.id,
            user_id=clerk.id,
            now=NOW,
        )
    assert set(caught.value.errors) == {"channel_ref", "locality"}
    assert _count(db, Complaint) == 0 and _count(db, DocketCounter) == 0


def test_feeder_of_another_centre_and_dt_of_another_feeder_are_refused(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        dmr_feeder = s.scalar(select(Feeder.id).where(Feeder.code.like("F-DMR%")))
    with pytest.raises(ValidationError) as caught:
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile="9835012345", locality="x", feeder_id=dmr_feeder, type_code="FUSE_OFF"
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=NOW,
        )
    assert "feeder_id" in caught.value.errors
    choices = form_choices(db, centre.id)
    f1, f2 = choices.feeders[0], choices.feeders[1]
    wrong_dt = next(d for d in choices.dts if d.feeder_id == f2.id)
    with pytest.raises(ValidationError) as caught:
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile="9835012345",
                locality="x",
                feeder_id=f1.id,
                dt_id=wrong_dt.id,
                type_code="FUSE_OFF",
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=NOW,
        )
    assert "dt_id" in caught.value.errors
    # The serial was not consumed by the refused saves.
    assert _count(db, DocketCounter) == 0


def test_returning_caller_profile_and_follow_up(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    assert caller_profile(db, "9835012345") is None
    first = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            caller_name="Mohan Singh",
            locality="Sohni Patti",
            address="Ward 12",
            type_code="FUSE_OFF",
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    profile = caller_profile(db, "+91 98350-12345")
    assert profile is not None
    assert (profile.name, profile.locality, profile.address) == (
        "Mohan Singh",
        "Sohni Patti",
        "Ward 12",
    )
    assert [c.docket for c in profile.open_complaints] == [first.docket]
    done = record_follow_up(
        db, first.id, user_id=clerk.id, note="still no supply", now=NOW + timedelta(hours=1)
    )
    assert done.call_count == 2 and done.docket == first.docket
    history = complaint_detail(db, first.id).history
    assert [e.kind for e in history] == ["logged", "follow_up"]
    assert history[1].data["note"] == "still no supply"
    assert _count(db, Complaint) == 1


def test_follow_up_on_a_closed_complaint_is_refused(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    logged = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    with db.write() as s:
        s.get(Complaint, logged.id).status = Status.CLOSED_VERIFIED.value  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="already closed"):
        record_follow_up(db, logged.id, user_id=clerk.id)
    assert _count(db, ComplaintEvent) == 1


def test_a_locked_store_keeps_nothing_and_says_so(db, centre, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    holder = sqlite3.connect(tmp_path / "desk.sqlite")
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreUnavailable, match="busy"):
            log_complaint(
                db,
                ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
                centre_id=centre.id,
                user_id=clerk.id,
                now=NOW,
            )
    finally:
        holder.rollback()
        holder.close()
    assert _count(db, Complaint) == 0
    # Once the lock is gone the same save goes through with serial 1.
    logged = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    assert logged.serial == 1


def test_a_read_only_store_refuses_writes_with_advice(db, centre, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db.dispose()
    ro = open_database(f"sqlite:///file:{tmp_path / 'desk.sqlite'}?mode=ro&uri=true", migrate=False)
    try:
        with pytest.raises(StoreUnavailable, match="read-only"):
            log_complaint(
                ro,
                ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
                centre_id=centre.id,
                user_id=clerk.id,
                now=NOW,
            )
    finally:
        ro.dispose()


def test_a_bad_seed_row_names_file_and_row_and_changes_nothing(empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), folder)
    feeders = (folder / "feeders.csv").read_text(encoding="utf-8").splitlines()
    feeders[3] = feeders[3].replace(",urban,", ",suburb,").replace(",rural,", ",suburb,")
    (folder / "feeders.csv").write_text("\n".join(feeders) + "\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"feeders.csv row 4: area must be urban or rural"):
        load_division(empty_db, folder)
    from fusecentre_app.db.models import Centre

    assert _count(empty_db, Centre) == 0 and _count(empty_db, Consumer) == 0


def test_passwords_are_salted_slow_hashes(db, centre) -> None:  # type: ignore[no-untyped-def]
    one = auth.hash_password("same-password")
    two = auth.hash_password("same-password")
    assert one != two and one.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert auth.check_password("same-password", one)
    assert not auth.check_password("other-password", one)
    user = accounts.create_user(
        db, username="Ravi.K", full_name="Ravi Kumar", password="longenough", centre_id=centre.id
    )
    assert auth.authenticate(db, "ravi.k", "longenough").id == user.id
    with pytest.raises(auth.AuthError):
        auth.authenticate(db, "ravi.k", "wrong-password")
    with pytest.raises(ValidationError) as caught:
        accounts.create_user(
            db, username="ravi.k2", full_name="", password="short", centre_id=centre.id
        )
    assert set(caught.value.errors) == {"full_name", "password"}
    with pytest.raises(ValidationError, match="taken"):
        accounts.create_user(
            db, username="RAVI.K", full_name="X", password="longenough", centre_id=centre.id
        )


def test_store_survives_reopen(tmp_path: Path, db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    logged = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    db.dispose()
    again = open_database(tmp_path / "desk.sqlite")
    try:
        assert caller_profile(again, "9835012345").complaints[0].docket == logged.docket  # type: ignore[union-attr]
    finally:
        again.dispose()


def test_latest_complaint_callers_with_open_complaints_and_find_user(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services.complaints import callers_with_open_complaints, latest_complaint

    assert latest_complaint(db, centre.id) is None
    assert auth.find_user(db).id == clerk.id  # type: ignore[union-attr]
    assert auth.find_user(db, "ASHA").id == clerk.id  # type: ignore[union-attr]
    assert auth.find_user(db, "nobody") is None
    first = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW,
    )
    second = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835054321", locality="x", type_code="LINE_BREAK"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=NOW + timedelta(minutes=5),
    )
    record_follow_up(db, first.id, user_id=clerk.id, now=NOW + timedelta(minutes=9))
    latest = latest_complaint(db, centre.id)
    assert latest is not None and latest.docket == second.docket and latest.danger
    assert callers_with_open_complaints(db, centre.id) == ["+919835012345", "+919835054321"]
