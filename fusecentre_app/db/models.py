"""SQLAlchemy 2 models: the centre's network, its people, and complaints with their events.

The complaint row is the current state; `ComplaintEvent` rows are its append-only history.
Timestamps are stored in UTC (see `UTCDateTime`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from fusecentre_app.domain.enums import OPEN_STATUS_VALUES

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (naive text) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}

    if TYPE_CHECKING:
        # Every model here is declared with __tablename__, so its __table__ is a Table
        # (DeclarativeBase types it as the wider FromClause, which insert() and update()
        # do not take).
        __table__: ClassVar[Table]


class Centre(Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120))
    subdivision_en: Mapped[str] = mapped_column(String(120), default="")
    subdivision_hi: Mapped[str] = mapped_column(String(120), default="")
    division_en: Mapped[str] = mapped_column(String(120), default="")
    division_hi: Mapped[str] = mapped_column(String(120), default="")
    # The probable-feeder-fault rule: this many complaints from one feeder within this many
    # minutes raise the banner (see domain.clustering).
    fault_min_complaints: Mapped[int] = mapped_column(Integer, default=5)
    fault_window_minutes: Mapped[int] = mapped_column(Integer, default=30)
    # The clerks' shifts in local hours, e.g. "6-14,14-22,22-6" (see services.shifts).
    shift_hours: Mapped[str] = mapped_column(String(60), default="6-14,14-22,22-6")

    substations: Mapped[list[Pss]] = relationship(back_populates="centre")


class Pss(Base):
    """A 33/11 kV power sub-station."""

    __tablename__ = "pss"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120))

    centre: Mapped[Centre] = relationship(back_populates="substations")
    feeders: Mapped[list[Feeder]] = relationship(back_populates="pss")


class Feeder(Base):
    """An 11 kV feeder; `area` decides which SoP hours apply."""

    __tablename__ = "feeder"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    pss_id: Mapped[int] = mapped_column(ForeignKey("pss.id"))
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120))
    area: Mapped[str] = mapped_column(String(10))
    consumers: Mapped[int] = mapped_column(Integer, default=0)
    # Serves predominantly agricultural load: left out of the reliability sums (BERC 13(3)).
    # This row holds the latest values; `FeederFact` holds each with the day it took effect.
    agricultural: Mapped[bool] = mapped_column(Boolean, default=False)

    pss: Mapped[Pss] = relationship(back_populates="feeders")
    dts: Mapped[list[Dt]] = relationship(back_populates="feeder")


class Dt(Base):
    """A distribution transformer."""

    __tablename__ = "dt"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120))
    kva: Mapped[int] = mapped_column(Integer, default=0)
    # Consumers connected: a DT failure's compensation is owed to each of them.
    consumers: Mapped[int] = mapped_column(Integer, default=0)

    feeder: Mapped[Feeder] = relationship(back_populates="dts")


class FeederFact(Base):
    """A feeder's consumers connected, area and agricultural flag from a day on. Rows are
    only ever added; the indices of a month use the row in force on its last day (the
    latest `effective_from` up to then, the later row of two on one day)."""

    __tablename__ = "feeder_fact"
    __table_args__ = (Index("ix_feeder_fact_feeder_effective", "feeder_id", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    effective_from: Mapped[date] = mapped_column(Date)
    consumers: Mapped[int] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(10))
    agricultural: Mapped[bool] = mapped_column(Boolean)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(120), default="")


class Interruption(Base):
    """A feeder's supply interrupted: from a confirmed feeder-trip incident, keyed in from
    the PSS log book, imported, or a planned shutdown. `consumers_affected` None means every
    consumer of the feeder. Never deleted; a correction is an audited change with a reason."""

    __tablename__ = "interruption"
    __table_args__ = (
        Index("ix_interruption_started", "started_at"),
        Index("ix_interruption_feeder_started", "feeder_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    cause: Mapped[str] = mapped_column(String(200), default="")
    consumers_affected: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), unique=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]


class PlannedShutdown(Base):
    """Supply taken off a feeder for planned work, with the notice the consumers were given.
    Its interruption in the register is kept in step with it; never deleted, a correction is
    an audited change with a reason."""

    __tablename__ = "planned_shutdown"
    __table_args__ = (Index("ix_planned_shutdown_feeder_starts", "feeder_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(200))
    notice: Mapped[str] = mapped_column(String(40))
    interruption_id: Mapped[int] = mapped_column(ForeignKey("interruption.id"), unique=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]


class Claim(Base):
    """A consumer's compensation claim in the EE's register: received (by hand or post),
    then decided once — an amount awarded, or refused with a reason. Never deleted; the
    decision is an audited change."""

    __tablename__ = "claim"
    __table_args__ = (Index("ix_claim_received", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date)
    received_by: Mapped[str] = mapped_column(String(4))  # hand, post
    consumer_name: Mapped[str] = mapped_column(String(120))
    consumer_number: Mapped[str] = mapped_column(String(30), default="")
    mobile: Mapped[str | None] = mapped_column(String(16))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))
    amount_claimed: Mapped[int | None] = mapped_column(Integer)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]
    decision: Mapped[str | None] = mapped_column(String(8))  # awarded, refused
    decided_on: Mapped[date | None] = mapped_column(Date)
    amount_awarded: Mapped[int | None] = mapped_column(Integer)
    refusal_reason: Mapped[str | None] = mapped_column(String(300))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None]


class ClaimRecovery(Base):
    """Rupees of a claim's award recovered from one officer."""

    __tablename__ = "claim_recovery"
    __table_args__ = (
        UniqueConstraint("claim_id", "officer_id", name="uq_claim_recovery_claim_officer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"))
    amount: Mapped[int] = mapped_column(Integer)


class Locality(Base):
    """A village or town mohalla and the feeder (and DT) that supplies it."""

    __tablename__ = "locality"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120), unique=True)
    name_hi: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default="village")
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    dt_id: Mapped[int | None] = mapped_column(ForeignKey("dt.id"))


class Officer(Base):
    __tablename__ = "officer"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120), default="")
    designation: Mapped[str] = mapped_column(String(10))
    mobile: Mapped[str] = mapped_column(String(16), unique=True)
    alternate_mobile: Mapped[str | None] = mapped_column(String(16))
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OfficerFeeder(Base):
    """Which feeders an officer answers for (linemen and JEs)."""

    __tablename__ = "officer_feeder"

    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"), primary_key=True)
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"), primary_key=True)


class ComplaintType(Base):
    __tablename__ = "complaint_type"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_hi: Mapped[str] = mapped_column(String(120))
    danger: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SopRule(Base):
    """Hours allowed to restore supply, per complaint type and area (an editable table), with
    the clock they run on, the compensation a late restoration owes, the day the rule took
    effect and where its figures come from (`domain.sop.SopRule`)."""

    __tablename__ = "sop_rule"

    type_code: Mapped[str] = mapped_column(ForeignKey("complaint_type.code"), primary_key=True)
    area: Mapped[str] = mapped_column(String(10), primary_key=True)
    hours: Mapped[float] = mapped_column(Float)
    clock: Mapped[str] = mapped_column(String(12), default="continuous")
    working_day: Mapped[str | None] = mapped_column(String(11))  # "10:00-17:00", India time
    comp_basis: Mapped[str] = mapped_column(String(12), default="none")
    comp_single: Mapped[int] = mapped_column(Integer, default=0)  # rupees to a lone consumer
    comp_each: Mapped[int | None] = mapped_column(Integer)  # rupees to each of several
    comp_rounding: Mapped[str] = mapped_column(String(16), default="part_day_counts")
    effective_from: Mapped[date | None] = mapped_column(Date)
    hours_source: Mapped[str] = mapped_column(String(200), default="")
    compensation_source: Mapped[str] = mapped_column(String(200), default="")


class AppUser(Base):
    """A person who signs in at a desk; every event names one."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="clerk")
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    # Set when an administrator chose the password (a new account, a reset): the user
    # must choose their own at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None]
    # Failed sign-ins since the last good one; from the fifth the account waits until
    # `locked_until` (a delay that grows with each further failure).
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]


class Consumer(Base):
    """A consumer account learnt from calls (never required to log a complaint)."""

    __tablename__ = "consumer"

    id: Mapped[int] = mapped_column(primary_key=True)
    consumer_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    mobile: Mapped[str | None] = mapped_column(String(16), index=True)
    locality: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    landmark: Mapped[str] = mapped_column(String(120), default="")
    feeder_id: Mapped[int | None] = mapped_column(ForeignKey("feeder.id"))
    dt_id: Mapped[int | None] = mapped_column(ForeignKey("dt.id"))
    updated_at: Mapped[datetime]


class DocketCounter(Base):
    """The last serial handed out per centre and local day; bumped in the complaint's own
    transaction so serials are gapless and never repeat."""

    __tablename__ = "docket_counter"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer)


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (
        UniqueConstraint("centre_id", "day", "serial", name="uq_complaint_centre_day_serial"),
        # The queue's covering index: its ids in order and the feeder counts are read from
        # the index alone (no table rows), which keeps a refresh fast at a million rows.
        Index(
            "ix_complaint_queue",
            "centre_id",
            "status",
            "feeder_id",
            "priority",
            "received_at",
            "sop_due_at",
        ),
        Index("ix_complaint_centre_received", "centre_id", "received_at"),
        Index("ix_complaint_centre_closed", "centre_id", "closed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    day: Mapped[date] = mapped_column(Date)
    serial: Mapped[int] = mapped_column(Integer)
    docket: Mapped[str] = mapped_column(String(30), unique=True)
    received_at: Mapped[datetime]
    logged_at: Mapped[datetime]
    logged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    channel: Mapped[str] = mapped_column(String(12))
    channel_ref: Mapped[str] = mapped_column(String(255), default="")
    forwarded_by_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    caller_name: Mapped[str] = mapped_column(String(120), default="")
    caller_mobile: Mapped[str | None] = mapped_column(String(16), index=True)
    consumer_id: Mapped[int | None] = mapped_column(ForeignKey("consumer.id"))
    consumer_no: Mapped[str] = mapped_column(String(20), default="", index=True)
    locality: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    landmark: Mapped[str] = mapped_column(String(120), default="")
    feeder_id: Mapped[int | None] = mapped_column(ForeignKey("feeder.id"))
    dt_id: Mapped[int | None] = mapped_column(ForeignKey("dt.id"))
    type_code: Mapped[str] = mapped_column(ForeignKey("complaint_type.code"))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    sop_hours: Mapped[float] = mapped_column(Float)
    sop_due_at: Mapped[datetime]
    assigned_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    assigned_at: Mapped[datetime | None]
    attended_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    resolution_cause: Mapped[str] = mapped_column(String(40), default="")
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    verified_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    callback_attempts: Mapped[int] = mapped_column(Integer, default=0)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    call_count: Mapped[int] = mapped_column(Integer, default=1)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    # The version is the number of events; services set it and SQLAlchemy checks it on
    # update, so a change based on a stale row is refused.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


# The open queue in its order (danger first, then first come, first served), over open
# complaints only: the queue's ids are read in order from it, with no sort, however long the
# history; the feeder is in it for the queue of one feeder. Queries use it when they name the
# open statuses as literals in this order (`services.queue`). The status and SoP time make it
# covering (SQLite reads a partial index alone only when it holds every column named).
Index(
    "ix_complaint_open_queue",
    Complaint.centre_id,
    Complaint.priority.desc(),
    Complaint.received_at,
    Complaint.id,
    Complaint.feeder_id,
    Complaint.status,
    Complaint.sop_due_at,
    sqlite_where=Complaint.status.in_(OPEN_STATUS_VALUES),
    postgresql_where=Complaint.status.in_(OPEN_STATUS_VALUES),
)


class Incident(Base):
    """One fault behind many complaints: a feeder trip or a DT failure.

    Its complaints are linked to it by `linked` events on each complaint, and resolving it
    records a `resolved` event on each linked complaint still open; the complaints' own
    histories (hash-chained) are therefore the record of what the incident did.
    """

    __tablename__ = "incident"
    __table_args__ = (Index("ix_incident_centre_status", "centre_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    kind: Mapped[str] = mapped_column(String(20))
    feeder_id: Mapped[int] = mapped_column(ForeignKey("feeder.id"))
    dt_id: Mapped[int | None] = mapped_column(ForeignKey("dt.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    opened_at: Mapped[datetime]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    resolution_cause: Mapped[str] = mapped_column(String(40), default="")
    resolution_note: Mapped[str] = mapped_column(Text, default="")


class ContactAttempt(Base):
    """One click to reach an officer (call, QR, WhatsApp, SMS, copy) and, once the clerk
    says, what came of it. Attempts about a complaint are also events in its history."""

    __tablename__ = "contact_attempt"
    __table_args__ = (Index("ix_contact_attempt_officer_at", "officer_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    channel: Mapped[str] = mapped_column(String(12))
    number: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_at: Mapped[datetime | None]


class RegisterPrint(Base):
    """A register, handover sheet or inspection report printed: who, when, and the digest
    printed on it, so an inspector can match a paper copy to the records."""

    __tablename__ = "register_print"
    __table_args__ = (Index("ix_register_print_centre_day", "centre_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))
    digest: Mapped[str] = mapped_column(String(80), default="")
    cut_event_id: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    printed_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # A handover sheet: the moment it hands over, the outgoing clerk's note, and the
    # incoming clerk who took over.
    as_of: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    acknowledged_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    outgoing_clerk: Mapped[str] = mapped_column(String(120), default="", server_default="")


class Inspection(Base):
    """An inspecting officer's check of one centre's day: the printed digest compared, a
    sample of closed complaints called back, and remarks that the register then carries."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_centre_day", "centre_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    day: Mapped[date] = mapped_column(Date)
    inspector_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    inspector_name: Mapped[str] = mapped_column(String(120), default="")
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    digest_checked: Mapped[str] = mapped_column(String(80), default="")
    digest_ok: Mapped[bool | None] = mapped_column(Boolean)
    remarks: Mapped[str] = mapped_column(Text, default="")


class InspectionDraw(Base):
    """One random draw of an inspection's sample, on record the moment it is drawn; drawing
    again is a further draw, and the register lists every draw."""

    __tablename__ = "inspection_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    drawn_at: Mapped[datetime]
    drawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    size: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[int] = mapped_column(Integer)


class InspectionSample(Base):
    """One closed complaint drawn for the inspector to call back, and what the consumer said."""

    __tablename__ = "inspection_sample"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_draw.id"))
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    called_at: Mapped[datetime | None]


class ComplaintEvent(Base):
    """One change to a complaint: who, when, what. Rows are only ever inserted."""

    __tablename__ = "complaint_event"
    # The events of a period (accountability, the console, a negligence file) by time.
    __table_args__ = (Index("ix_complaint_event_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ChainHead(Base):
    """The last event of each centre's hash chain; updated with every event written, so a
    removed last event is noticed too."""

    __tablename__ = "chain_head"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"), primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    """A division-wide setting (the store serves one division): its value as text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class AuditRecord(Base):
    """One change to something other than a complaint (accounts, officers, settings, SoP
    rules, prints, incidents, inspections), or a sign-in event: who, when, old and new.
    Rows are only ever inserted, and hash-chained like complaint events (one chain for the
    store), so `verify` can replay them against the rows they describe."""

    __tablename__ = "audit_record"
    __table_args__ = (Index("ix_audit_record_entity", "entity", "entity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("centre.id"))
    kind: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(24), default="")
    entity_key: Mapped[str] = mapped_column(String(60), default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last record of the audit chain (one row), moved with every record written."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_record_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
