"""The live part of the demo: a burst of calls from one feeder, which raises the probable
feeder fault banner, and an open feeder-trip incident on another, with one new call from
that feeder waiting to be linked; the feeder's lineman not answering twice about the trip,
the escalation to the JE, and the JE answering. Made through the services, so the events
are chained as the desk would chain them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Centre, Feeder, Locality
from fusecentre_app.demo.constants import DEMO_USERNAME, DEMO_USERS, SHIFT_HOURS
from fusecentre_app.domain.enums import Channel, ContactChannel, ContactOutcome, IncidentKind
from fusecentre_app.domain.timeutil import to_local
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.contact import (
    escalate,
    next_up,
    record_attempt,
    record_outcome,
    responsible_for,
)
from fusecentre_app.services.incidents import open_incident

CENTRE = "BXR"
BURST_FEEDER = "F-BXR-03"
BURST_MINUTES = (27, 22, 17, 12, 8, 3)  # before the end of the demo
TRIP_FEEDER = "F-BXR-04"
TRIP_MINUTES = (58, 55, 52, 49, 46)
TRIP_OPENED = 44
LATE_CALL = 9
_PREFIXES = ("98350", "94310", "70040", "99340")
_CALLERS = (
    ("Ram Pravesh Singh", "राम प्रवेश सिंह"),
    ("Sunita Devi", "सुनीता देवी"),
    ("Mohammad Rizwan Khan", "मोहम्मद रिज़वान ख़ान"),
    ("Shatrughan Kshatriya", "शत्रुघ्न क्षत्रिय"),
    ("Rinku Kumari", "रिंकू कुमारी"),
    ("Vidyasagar Pandey", "विद्यासागर पांडेय"),
)


@dataclass(frozen=True)
class LiveFaults:
    complaints: int
    incident_id: int | None


def on_duty(end: datetime, centre_code: str = CENTRE) -> str:
    """The demo clerk whose shift holds `end` at a centre."""
    hour = to_local(end).hour
    for user in DEMO_USERS:
        if user.centre_code != centre_code or user.shift is None:
            continue
        start, stop = SHIFT_HOURS[user.shift]
        if (start <= hour < stop) if start < stop else (hour >= start or hour < stop):
            return user.username
    return DEMO_USERNAME


def add_live_faults(
    db: Database, *, end: datetime, username: str | None = None, seed: int = 0
) -> LiveFaults:
    """Add the burst and the incident in the hour before `end`, in the name of `username`
    (default: the clerk on duty then); nothing if the centre or the user is missing."""
    rng = random.Random(seed)
    username = username or on_duty(end)
    with db.read() as s:
        centre = s.scalar(select(Centre).where(Centre.code == CENTRE))
        user_id = s.scalar(select(AppUser.id).where(AppUser.username == username))
        feeders = dict(s.execute(select(Feeder.code, Feeder.id)).all())
        places = {
            code: s.scalars(
                select(Locality.name_en).where(Locality.feeder_id == feeders.get(code))
            ).all()
            for code in (BURST_FEEDER, TRIP_FEEDER)
        }
    if centre is None or user_id is None or not all(places.values()):
        return LiveFaults(0, None)

    def call(code: str, minutes_before: int) -> int:
        name_en, name_hi = rng.choice(_CALLERS)
        draft = ComplaintDraft(
            caller_mobile=f"{rng.choice(_PREFIXES)}{rng.randrange(10**5):05d}",
            caller_name=rng.choice((name_en, name_hi)),
            locality=rng.choice(places[code]),
            feeder_id=feeders[code],
            type_code="NO_SUPPLY_AREA",
            channel=rng.choice((Channel.PHONE, Channel.PHONE, Channel.HELPLINE_1912)),
            description=rng.choice(("पूरे मोहल्ले की बिजली गई", "Whole area without power")),
        )
        at = end - timedelta(minutes=minutes_before)
        return log_complaint(db, draft, centre_id=centre.id, user_id=user_id, now=at).id

    trip = [call(TRIP_FEEDER, m) for m in TRIP_MINUTES]
    incident = open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        feeders[TRIP_FEEDER],
        trip,
        note="11 kV feeder tripped at Chausa PSS; JE informed",
        user_id=user_id,
        now=end - timedelta(minutes=TRIP_OPENED),
    )
    _chase(db, centre.id, trip[0], user_id, end - timedelta(minutes=TRIP_OPENED - 2))
    made = len(trip)
    for minutes in sorted((*BURST_MINUTES, LATE_CALL), reverse=True):
        call(TRIP_FEEDER if minutes == LATE_CALL else BURST_FEEDER, minutes)
        made += 1
    return LiveFaults(made, incident.id)


def _chase(db: Database, centre_id: int, complaint_id: int, user_id: int, start: datetime) -> None:
    """Two unanswered calls to the feeder's lineman, escalation, and the JE answering."""
    people = responsible_for(db, complaint_id)
    if not people:
        return
    lineman = people[0]
    boss = next_up(db, lineman.id)
    steps = [(lineman, ContactOutcome.NO_ANSWER), (lineman, ContactOutcome.SWITCHED_OFF)]
    at = start
    for person, outcome in steps:
        attempt = record_attempt(
            db,
            centre_id=centre_id,
            officer_id=person.id,
            channel=ContactChannel.CALL,
            number=person.mobile,
            complaint_id=complaint_id,
            user_id=user_id,
            now=at,
        )
        record_outcome(db, attempt.id, outcome, user_id=user_id, now=at + timedelta(minutes=1))
        at += timedelta(minutes=3)
    if boss is None:
        return
    escalate(
        db, complaint_id, lineman.id, boss.id, "2 unanswered attempts", user_id=user_id, now=at
    )
    attempt = record_attempt(
        db,
        centre_id=centre_id,
        officer_id=boss.id,
        channel=ContactChannel.CALL,
        number=boss.mobile,
        complaint_id=complaint_id,
        user_id=user_id,
        now=at + timedelta(minutes=1),
    )
    record_outcome(
        db, attempt.id, ContactOutcome.ANSWERED, user_id=user_id, now=at + timedelta(minutes=2)
    )
