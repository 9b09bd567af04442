"""Demo data: the demo division, desk users, and days of realistic synthetic complaints.

`build_demo` fills a store so that the desk, its queues, registers and reports can be tried
(and measured) without real callers. What it makes follows the rules the app keeps:

- complaints get gapless daily serials per centre in order of `received_at`, docket numbers
  from `format_docket`, and a `docket_counter` row so that the app continues the sequence;
- every change is a `complaint_event` row written when it happened, and the complaint row
  is exactly what replaying its events gives (status through `domain.lifecycle`, times,
  counters);
- nothing happens after `end`, so the most recent complaints are spread over every status
  while older ones are mostly closed.

What replaying the events sets on the complaint row: `assigned` sets the officer and
`assigned_at` and clears `attended_at` (a new visit); `attended` sets `attended_at`;
`resolved` sets `resolved_at`, the cause and the note, and starts the callback count again
at 0; `callback` adds one to `callback_attempts` (its `attempt` is that count); `reopened`
adds one to `reopen_count` and clears the resolution; `closed` and `cancelled` set
`closed_at` (and `verified_at` for a verified close), so `closed_at` is set exactly when the
status is a closed one; `follow_up` adds one to `call_count`; `version` is the number of
events.

It is built for scale (a million complaints in minutes): no ORM objects or services per
complaint, but plain rows inserted in one transaction per batch of whole days (about
`CHUNK_SIZE` complaints), with ids allocated from the current maximum inside that
transaction, so a failure leaves whole days or nothing. Each INSERT is compiled once by
SQLAlchemy Core and the rows, as tuples already in the driver's form, go straight to the
driver's `executemany`: SQLAlchemy's per-row parameter processing and the per-value
`UTCDateTime` conversion would cost more than making the data. Times are whole seconds; on
SQLite they are written as SQLAlchemy's own storage text for them (naive UTC), on
PostgreSQL as aware UTC datetimes, and either way they read back through the ORM as the
same aware UTC datetimes. The cycle collector is paused while building (millions of small
acyclic objects would make it rescan the heap again and again).

The result depends only on the seed, `days`, `per_day`, `end` and what the store already
held: one `random.Random` drives everything. Run again on a store that already has
complaints, it continues each centre's serials and ids, and on a day that already has
complaints it adds only complaints received after the latest one, so serials stay in order
of `received_at`.
"""

from __future__ import annotations

import gc
import json
import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    text,
)
from sqlalchemy import update as sql_update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    ChainHead,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Consumer,
    DocketCounter,
    Dt,
    Feeder,
    Locality,
    Officer,
    OfficerFeeder,
    Pss,
    UTCDateTime,
)
from fusecentre_app.domain.chain import event_hash
from fusecentre_app.domain.docket import format_docket
from fusecentre_app.domain.enums import (
    Area,
    CallbackOutcome,
    Channel,
    Designation,
    EventKind,
    Status,
)
from fusecentre_app.domain.lifecycle import MAX_CALLBACK_ATTEMPTS
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.timeutil import as_utc, local_day, local_day_bounds, utcnow
from fusecentre_app.services import auth, masterdata
from fusecentre_app.services.complaints import SNAPSHOT_FIELDS
from fusecentre_app.services.errors import ServiceError, store_errors

# ------------------------------------------------------------------------------ public names

DEMO_PASSWORD = "demo1234"
DEMO_USERNAME = "demo"
DMR_USERNAME = "dmr"
SUPERVISOR_USERNAME = "supervisor"
DEFAULT_SEED = 1912
# About this many complaints per transaction (a day is never split between transactions).
CHUNK_SIZE = 20_000


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    centre_code: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(DEMO_USERNAME, "Demo Clerk", "clerk", "BXR"),
    DemoUser(DMR_USERNAME, "Dumraon Clerk", "clerk", "DMR"),
    DemoUser(SUPERVISOR_USERNAME, "Demo Supervisor", "supervisor", "BXR"),
)


@dataclass(frozen=True)
class DemoSummary:
    """What one `build_demo` run added (`by_status` has every status, zero counts too)."""

    complaints: int
    events: int
    consumers: int
    days: int
    first_day: date
    last_day: date
    by_status: dict[str, int] = field(default_factory=dict)


Progress = Callable[[int, int], None]
_T = TypeVar("_T")

# ------------------------------------------------------------------------------ realism tables

# Relative weights of complaint types; a type the store lacks is skipped, one not listed
# here gets OTHER_WEIGHT.
TYPE_WEIGHTS: dict[str, float] = {
    "FUSE_OFF": 40,
    "NO_SUPPLY_HOUSE": 16,
    "NO_SUPPLY_AREA": 12,
    "LOW_VOLTAGE": 10,
    "OTHER": 8,
    "DT_FAIL": 4,
    "LINE_BREAK": 4,
    "SPARKING": 3.5,
    "POLE_DAMAGE": 2.5,
}
OTHER_WEIGHT = 2.0
# Monsoon storms bring lines and poles down; summer heat burns transformers.
_SEASON_BOOST: dict[str, dict[str, float]] = {
    "summer": {"DT_FAIL": 1.5, "FUSE_OFF": 1.1},
    "monsoon": {"LINE_BREAK": 1.6, "POLE_DAMAGE": 1.8, "SPARKING": 1.4},
    "winter": {},
    "shoulder": {},
}
_AREA_WIDE = frozenset({"NO_SUPPLY_AREA", "LINE_BREAK", "DT_FAIL", "POLE_DAMAGE"})

CHANNEL_WEIGHTS: tuple[tuple[Channel, float], ...] = (
    (Channel.PHONE, 60),
    (Channel.HELPLINE_1912, 20),
    (Channel.WALK_IN, 7),
    (Channel.OFFICER, 8),
    (Channel.SOCIAL, 5),
)

# Calls per local hour 0..23: few at 2-5 am; summer evenings (fans, coolers) are the peak.
_SUMMER_HOURS = (
    3,
    2,
    1.2,
    0.7,
    0.7,
    1,
    2,
    3,
    4,
    4.5,
    5,
    5,
    5,
    5,
    5,
    5,
    5.5,
    6,
    8,
    10,
    11,
    10,
    8,
    5,
)
_WINTER_HOURS = (1.5, 1, 0.6, 0.4, 0.4, 0.8, 2.5, 5, 6, 6, 5.5, 5, 4.5, 4.5, 4.5, 4.5, 5, 6.5, 8, 8)
_WINTER_HOURS += (6.5, 5, 3.5, 2)
_SHOULDER_HOURS = tuple((a + b) / 2 for a, b in zip(_SUMMER_HOURS, _WINTER_HOURS, strict=True))
_HOURS_BY_SEASON = {
    "summer": _SUMMER_HOURS,
    "monsoon": _SUMMER_HOURS,
    "winter": _WINTER_HOURS,
    "shoulder": _SHOULDER_HOURS,
}

# Minutes from attending to resolving, by type: (shortest, longest), skewed to the short end.
_REPAIR_MINUTES: dict[str, tuple[int, int]] = {
    "FUSE_OFF": (10, 75),
    "NO_SUPPLY_HOUSE": (15, 150),
    "NO_SUPPLY_AREA": (30, 300),
    "LINE_BREAK": (90, 720),
    "SPARKING": (30, 240),
    "POLE_DAMAGE": (180, 1800),
    "DT_FAIL": (360, 3600),
    "LOW_VOLTAGE": (60, 900),
    "OTHER": (30, 480),
}
_DEFAULT_REPAIR = (30, 480)

_CAUSES: dict[str, tuple[str, ...]] = {
    "FUSE_OFF": ("fuse replaced", "fuse replaced", "DT fuse replaced", "cut-out fuse replaced"),
    "NO_SUPPLY_HOUSE": ("service wire repaired", "fuse replaced", "meter terminal tightened"),
    "NO_SUPPLY_AREA": ("jumper repaired", "feeder restored at PSS", "fuse replaced"),
    "LINE_BREAK": ("conductor joined", "conductor joined", "jumper repaired"),
    "SPARKING": ("jumper repaired", "insulator replaced", "loose connection tightened"),
    "POLE_DAMAGE": ("pole straightened", "pole replaced"),
    "DT_FAIL": ("DT replaced", "DT replaced", "DT repaired"),
    "LOW_VOLTAGE": ("tap position changed", "load balanced", "neutral repaired"),
    "OTHER": ("meter replaced", "tree branches trimmed", "loose connection tightened"),
}
_DEFAULT_CAUSES = ("repaired", "loose connection tightened")
_NOTES = (
    "Supply restored; lineman confirmed by phone.",
    "Lineman reported work done.",
    "Work done, supply restored to the area.",
    "JE confirmed restoration.",
    "आपूर्ति बहाल, लाइनमैन ने फोन पर बताया।",
    "काम पूरा हुआ, बिजली चालू।",
)


def _texts(*lines: str) -> tuple[str, ...]:
    return lines


# Per type: (English descriptions, Hindi descriptions).
_DESCRIPTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "FUSE_OFF": (
        _texts(
            "Fuse gone, whole lane dark",
            "House fuse blown since evening",
            "DT fuse blown, 20 houses without light",
            "Cut-out fuse melted",
            "Fuse off again",
        ),
        _texts(
            "फ्यूज उड़ गया है",
            "ट्रांसफार्मर का फ्यूज उड़ा है, पूरी गली में अंधेरा",
            "शाम से फ्यूज गया हुआ है",
            "फिर से फ्यूज उड़ गया",
        ),
    ),
    "NO_SUPPLY_HOUSE": (
        _texts(
            "No light in house, neighbours have supply",
            "Service wire loose, no supply",
            "Meter display off since morning",
        ),
        _texts("घर में बिजली नहीं है, पड़ोस में है", "सर्विस तार ढीला है, बिजली नहीं"),
    ),
    "NO_SUPPLY_AREA": (
        _texts(
            "Whole village without supply",
            "No supply in mohalla for 3 hours",
            "Only one phase coming",
            "Supply gone in whole area after storm",
        ),
        _texts("पूरे गाँव में बिजली नहीं है", "तीन घंटे से पूरे मोहल्ले की बिजली कटी है"),
    ),
    "LINE_BREAK": (
        _texts(
            "Wire snapped and lying on road",
            "11 kV wire broken near the field",
            "Jumper cut, wire hanging low",
        ),
        _texts("तार टूट कर सड़क पर गिरा है", "खेत के पास 11 हजार का तार टूटा है"),
    ),
    "SPARKING": (
        _texts("Sparking on pole near house", "Fire in wires at the DT", "Sparking on jumper"),
        _texts("पोल पर स्पार्किंग हो रही है", "ट्रांसफार्मर के तार में आग लगी है"),
    ),
    "POLE_DAMAGE": (
        _texts("Pole leaning after storm", "Pole hit by tractor", "Pole base rotten, may fall"),
        _texts("आंधी में पोल झुक गया है", "ट्रैक्टर से पोल टूट गया"),
    ),
    "DT_FAIL": (
        _texts(
            "Transformer burnt, smoke seen",
            "Loud noise from transformer then supply went",
            "Oil leaking from transformer, no supply",
        ),
        _texts("ट्रांसफार्मर जल गया है", "ट्रांसफार्मर से तेल गिर रहा है, बिजली नहीं"),
    ),
    "LOW_VOLTAGE": (
        _texts("Very low voltage, fans slow", "Low voltage in evening, motor not starting"),
        _texts("वोल्टेज बहुत कम है, पंखा धीरे चल रहा है", "शाम को वोल्टेज कम, मोटर नहीं चलता"),
    ),
    "OTHER": (
        _texts("Meter burnt", "Wire touching tree branches", "Supply fluctuating, TV damaged"),
        _texts("मीटर जल गया है", "तार पेड़ की डाल से सटा है", "बिजली बार-बार आ-जा रही है"),
    ),
}
_DEFAULT_DESCRIPTIONS = (("Supply problem",), ("बिजली की समस्या",))


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """`"Sunil=सुनील; Ramesh=रमेश"` -> `(("Sunil", "सुनील"), ("Ramesh", "रमेश"))`."""
    items = (item.split("=") for item in text.split(";") if item.strip())
    return tuple((en.strip(), hi.strip()) for en, hi in items)


_LANDMARKS_EN = _texts(
    "near Hanuman mandir",
    "near Shiv mandir",
    "near Durga asthan",
    "near Kali asthan",
    "near primary school",
    "behind middle school",
    "near panchayat bhawan",
    "near water tank",
    "opposite petrol pump",
    "near masjid",
    "near pokhara",
    "near the transformer",
    "near bus stand",
    "opposite post office",
    "near Anganwadi kendra",
    "near SBI ATM",
    "near railway crossing",
    "near chhath ghat",
    "near ration shop",
    "near PHC",
)
_LANDMARKS_HI = _texts(
    "हनुमान मंदिर के पास",
    "पंचायत भवन के पास",
    "शिव मंदिर के पास",
    "दुर्गा स्थान के पास",
    "प्राथमिक विद्यालय के पीछे",
    "पानी टंकी के पास",
    "मस्जिद के पास",
    "पोखरा के पास",
    "ट्रांसफार्मर के पास",
    "आंगनबाड़ी केंद्र के सामने",
    "छठ घाट के पास",
    "पेट्रोल पंप के सामने",
    "डाकघर के सामने",
)
_TOLAS = _pairs("Purab=पूरब; Pachhim=पश्चिम; Uttar=उत्तर; Dakhin=दक्षिण; Naya=नया")
_MALE = _pairs(
    "Sunil=सुनील; Ramesh=रमेश; Suresh=सुरेश; Rajesh=राजेश; Manoj=मनोज; Santosh=संतोष;"
    "Arvind=अरविंद; Vijay=विजय; Ajay=अजय; Sanjay=संजय; Dinesh=दिनेश; Umesh=उमेश;"
    "Rakesh=राकेश; Mukesh=मुकेश; Pappu=पप्पू; Guddu=गुड्डू; Bablu=बबलू; Munna=मुन्ना;"
    "Ravi=रवि; Shashi=शशि; Ranjeet=रंजीत; Dharmendra=धर्मेंद्र; Jitendra=जितेंद्र;"
    "Upendra=उपेंद्र; Shailesh=शैलेश; Awadhesh=अवधेश; Kameshwar=कामेश्वर; Ramji=रामजी;"
    "Lalan=ललन; Birendra=बिरेंद्र; Brajesh=ब्रजेश; Rohit=रोहित; Amit=अमित; Vikash=विकास;"
    "Ankit=अंकित; Abhishek=अभिषेक; Pintu=पिंटू; Raju=राजू; Mohan=मोहन; Shyam=श्याम;"
    "Gopal=गोपाल; Lakshman=लक्ष्मण; Bhola=भोला; Jagdish=जगदीश; Satyendra=सत्येंद्र;"
    "Deepak=दीपक; Niraj=नीरज; Sonu=सोनू; Ramashish=रामाशीष; Shatrughan=शत्रुघ्न"
)
_MIDDLE = _pairs("Kumar=कुमार; Prasad=प्रसाद; Nath=नाथ")
_SURNAMES = _pairs(
    "Yadav=यादव; Singh=सिंह; Prasad=प्रसाद; Paswan=पासवान; Ram=राम; Mahto=महतो; Sah=साह;"
    "Gupta=गुप्ता; Pandey=पांडेय; Tiwari=तिवारी; Mishra=मिश्रा; Ojha=ओझा; Rai=राय;"
    "Chaudhary=चौधरी; Kushwaha=कुशवाहा; Thakur=ठाकुर; Sharma=शर्मा; Verma=वर्मा;"
    "Chaubey=चौबे; Dubey=दुबे; Upadhyay=उपाध्याय; Manjhi=मांझी; Rajak=रजक; Sinha=सिन्हा;"
    "Srivastava=श्रीवास्तव; Pathak=पाठक; Bind=बिंद; Rajbhar=राजभर; Chauhan=चौहान;"
    "Keshari=केसरी; Jaiswal=जायसवाल; Nonia=नोनिया; Sahni=सहनी"
)
_FEMALE = _pairs(
    "Sunita=सुनीता; Rinku=रिंकू; Pinki=पिंकी; Anita=अनीता; Savitri=सावित्री; Kiran=किरण;"
    "Manju=मंजू; Geeta=गीता; Sarita=सरिता; Puja=पूजा; Priyanka=प्रियंका; Rekha=रेखा;"
    "Usha=उषा; Shanti=शांति; Phulmati=फूलमती; Lalmuni=लालमुनी"
)
_FEMALE_LAST = _pairs("Devi=देवी; Devi=देवी; Kumari=कुमारी")
_MUSLIM = _pairs(
    "Mohammad Irfan=मोहम्मद इरफ़ान; Shahid=शाहिद; Imran=इमरान; Naushad=नौशाद; Salim=सलीम;"
    "Javed=जावेद; Rizwan=रिज़वान; Firoz=फ़िरोज़; Aftab=आफ़ताब; Md. Shamim=मो. शमीम"
)
_MUSLIM_LAST = _pairs(
    "Ansari=अंसारी; Khan=ख़ान; Alam=आलम; Qureshi=क़ुरैशी; Siddiqui=सिद्दीक़ी; Akhtar=अख़्तर"
)
_MUSLIM_FEMALE = _pairs("Shabana=शबाना; Rubina=रुबीना; Nasreen=नसरीन")
_MUSLIM_FEMALE_LAST = _pairs("Khatoon=ख़ातून; Bano=बानो")

_FOLLOW_UP_NOTES = _texts(
    "Caller asked when supply will come back.",
    "Called again: lineman has not reached yet.",
    "Caller angry, asked for the JE's number.",
    "फिर से फोन किया, अभी तक लाइनमैन नहीं आया।",
    "बिजली कब आएगी, पूछ रहे हैं।",
    "",
)
_REOPEN_REASONS = _texts(
    "Consumer says supply not restored.",
    "Supply came back and went again.",
    "Only one phase restored.",
    "उपभोक्ता के अनुसार बिजली अभी भी नहीं आई।",
)
_STILL_OFF = _texts(
    "Caller says supply is still off.",
    "Called again: light came for ten minutes, gone again.",
    "बिजली अभी भी नहीं आई है, फिर से फोन किया।",
)
_CANCEL_REASONS = _texts(
    "Duplicate: already logged by a neighbour.",
    "Invalid: fault in the consumer's internal wiring.",
    "Invalid: area not supplied by this centre.",
    "Caller says supply already restored.",
    "Wrong number / test call.",
)

# Bihar-flavoured 4-digit mobile prefixes; `mobile_prefixes` keeps those after which every
# six digits make a valid number.
_PREFIX_TEXT = (
    "9431 9430 9470 9471 9472 9473 9534 9546 9572 9576 9631 9661 9708 9771 9801 9835 9852 "
    "9905 9931 9934 9939 9955 9973 9006 9097 9122 9162 9199 9304 9386 9570 7004 7033 7250 "
    "7209 7260 7277 7463 7488 7542 7549 7070 7079 7091 7294 7061 7903 8002 8051 8083 8210 "
    "8294 8340 8409 8507 8521 8544 8578 8651 8789 8809 8863 8873 8986 8987 6200 6201 6202 "
    "6203 6204 6205 6206 6299 6287 6000 9113 9155 9263"
)
_PREFIX_CANDIDATES: tuple[str, ...] = tuple(_PREFIX_TEXT.split())

# Callback odds (restored, not restored; the rest is unreachable): the first call after a
# resolution (to a consumer not dealt "unreachable"), the first after a repeat visit, and a
# retry after an unreachable call.
_FIRST_CALLBACK = (0.85 / 0.92, 0.07 / 0.92)  # for a consumer who is reachable
_LATER_CYCLE_CALLBACK = (0.90, 0.04)
_RETRY_CALLBACK = (0.18, 0.02)
# Fates dealt per centre and day (so that even one day has its share): cancelled, and
# "the consumer does not answer the first callback".
CANCEL_RATE = 0.03
UNREACHABLE_RATE = 0.08
REPEAT_CALLER_RATE = 0.15
_POOL_LIMIT = 5000
_MIN = 60
_HOUR = 3600
_DAY = 86400
_NEVER = 2**62
_FATE_CANCEL = "cancel"
_FATE_UNREACHABLE = "unreachable"

# Plain strings for the hot loops (enum attribute access costs there).
_LOGGED = EventKind.LOGGED.value
_FOLLOW_UP = EventKind.FOLLOW_UP.value
_ASSIGNED = EventKind.ASSIGNED.value
_ATTENDED = EventKind.ATTENDED.value
_RESOLVED = EventKind.RESOLVED.value
_CALLBACK = EventKind.CALLBACK.value
_REOPENED = EventKind.REOPENED.value
_CLOSED = EventKind.CLOSED.value
_CANCELLED = EventKind.CANCELLED.value
_RESTORED = CallbackOutcome.RESTORED.value
_NOT_RESTORED = CallbackOutcome.NOT_RESTORED.value
_UNREACHABLE = CallbackOutcome.UNREACHABLE.value
_PHONE = Channel.PHONE.value
_SOCIAL = Channel.SOCIAL.value
_OFFICER = Channel.OFFICER.value
_WALK_IN = Channel.WALK_IN.value
_HELPLINE = Channel.HELPLINE_1912.value
_S_NEW = Status.NEW.value
_S_ASSIGNED = Status.ASSIGNED.value
_S_ATTENDING = Status.ATTENDING.value
_S_RESOLVED = Status.RESOLVED.value
_S_REOPENED = Status.REOPENED.value
_S_CLOSED_VERIFIED = Status.CLOSED_VERIFIED.value
_S_CLOSED_UNVERIFIED = Status.CLOSED_UNVERIFIED.value
_S_CANCELLED = Status.CANCELLED.value

_EPOCH_NAIVE = datetime(1970, 1, 1)
_EPOCH_UTC = datetime(1970, 1, 1, tzinfo=UTC)

# (at, order, kind, user id, data): one event before it is written.
_Event = tuple[int, int, str, int | None, dict[str, Any]]


@cache
def mobile_prefixes() -> tuple[str, ...]:
    """Four-digit prefixes after which any six digits make a valid Indian mobile number."""
    tails = [f"{d}{tail}" for d in range(10) for tail in ("00000", "99999", "31415", "27182")]
    good: list[str] = []
    for prefix in _PREFIX_CANDIDATES:
        try:
            ok = all(
                normalise_phone(prefix + tail, mobile_only=True) == f"+91{prefix}{tail}"
                for tail in tails
            )
        except InvalidPhoneNumber:
            ok = False
        if ok and prefix not in good:
            good.append(prefix)
    return tuple(good)


# ------------------------------------------------------------------------------ the network


@dataclass
class _FeederRef:
    id: int
    code: str
    name_en: str
    name_hi: str
    area: Area
    consumers: int
    localities: list[tuple[str, str, int | None]] = field(default_factory=list)
    dts: list[int] = field(default_factory=list)
    linemen: list[int] = field(default_factory=list)
    officers: list[int] = field(default_factory=list)
    sop_hours: dict[str, float] = field(default_factory=dict)


@dataclass
class _Caller:
    """What a repeat caller says again: the same number, name, consumer and place."""

    mobile: str | None
    name: str
    name_en: str
    hindi: bool
    consumer_no: str
    feeder: _FeederRef
    locality: str
    dt_id: int | None
    address: str
    landmark: str
    # Until then (their last complaint still open) a second call is a follow-up, not new.
    busy_until: int = 0


@dataclass
class _CentreRef:
    id: int
    code: str
    clerk_id: int | None
    feeders: list[_FeederRef]
    feeder_cum: list[float]
    pool: list[_Caller] = field(default_factory=list)


@dataclass
class _Types:
    codes: list[str]
    danger: dict[str, bool]
    cum_by_season: dict[str, list[float]]


def _cumulative(weights: Sequence[float]) -> list[float]:
    total = 0.0
    out: list[float] = []
    for w in weights:
        total += w
        out.append(total)
    return out


def _season(day: date) -> str:
    if day.month in (4, 5):
        return "summer"
    if day.month in (6, 7, 8, 9):
        return "monsoon"
    if day.month in (11, 12, 1, 2):
        return "winter"
    return "shoulder"


def _load_network(s: Session, users: dict[str, int]) -> tuple[list[_CentreRef], _Types]:
    sop = masterdata.sop_table(s)
    type_rows = s.execute(
        select(ComplaintType.code, ComplaintType.danger).order_by(
            ComplaintType.sort_order, ComplaintType.code
        )
    ).all()
    if not type_rows:
        raise ServiceError("This database has no complaint types: load a division first.")
    codes = [code for code, _danger in type_rows]
    base = [TYPE_WEIGHTS.get(code, OTHER_WEIGHT) for code in codes]
    types = _Types(
        codes,
        {code: bool(danger) for code, danger in type_rows},
        {
            season: _cumulative([w * boost.get(c, 1.0) for c, w in zip(codes, base, strict=True)])
            for season, boost in _SEASON_BOOST.items()
        },
    )

    feeders: dict[int, _FeederRef] = {}
    by_centre: dict[int, list[_FeederRef]] = {}
    for f, centre_id in s.execute(
        select(Feeder, Pss.centre_id).join(Pss, Pss.id == Feeder.pss_id).order_by(Feeder.id)
    ):
        area = Area(f.area)
        ref = _FeederRef(f.id, f.code, f.name_en, f.name_hi, area, max(int(f.consumers), 1))
        ref.sop_hours = {code: sop.hours_for(code, area) for code in codes}
        feeders[f.id] = ref
        by_centre.setdefault(centre_id, []).append(ref)
    for name_en, name_hi, feeder_id, dt_id in s.execute(
        select(Locality.name_en, Locality.name_hi, Locality.feeder_id, Locality.dt_id).order_by(
            Locality.id
        )
    ):
        if feeder_id in feeders:
            feeders[feeder_id].localities.append((name_en, name_hi, dt_id))
    for dt_id, feeder_id in s.execute(select(Dt.id, Dt.feeder_id).order_by(Dt.id)):
        if feeder_id in feeders:
            feeders[feeder_id].dts.append(dt_id)
    for officer_id, feeder_id, designation in s.execute(
        select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id, Officer.designation)
        .join(Officer, Officer.id == OfficerFeeder.officer_id)
        .where(Officer.active.is_(True))
        .order_by(OfficerFeeder.feeder_id, OfficerFeeder.officer_id)
    ):
        if feeder_id in feeders:
            feeders[feeder_id].officers.append(officer_id)
            if designation == Designation.LINEMAN.value:
                feeders[feeder_id].linemen.append(officer_id)

    clerks: dict[int, int] = {}
    for centre_id, user_id in s.execute(
        select(AppUser.centre_id, AppUser.id)
        .where(AppUser.username.in_([DEMO_USERNAME, DMR_USERNAME]))
        .order_by(AppUser.id)
    ):
        if centre_id is not None:
            clerks.setdefault(centre_id, user_id)
    centres: list[_CentreRef] = []
    for centre_id, code in s.execute(select(Centre.id, Centre.code).order_by(Centre.code)):
        refs = by_centre.get(centre_id, [])
        if refs:
            clerk = clerks.get(centre_id, users.get(DEMO_USERNAME))
            cum = _cumulative([f.consumers for f in refs])
            centres.append(_CentreRef(centre_id, code, clerk, refs, cum))
    if not centres:
        raise ServiceError("This database has no centre with feeders: load a division first.")
    return centres, types


# ------------------------------------------------------------------------------ users


def ensure_demo_users(db: Database) -> dict[str, int]:
    """Create those of the demo desk users that are missing; username -> id for all three."""
    with db.read() as s:
        existing = dict(
            s.execute(
                select(AppUser.username, AppUser.id).where(
                    AppUser.username.in_([u.username for u in DEMO_USERS])
                )
            ).all()
        )
        centre_ids = dict(s.execute(select(Centre.code, Centre.id).order_by(Centre.code)).all())
    fallback = next(iter(centre_ids.values()), None)
    for user in DEMO_USERS:
        if user.username not in existing:
            info = auth.create_user(
                db,
                username=user.username,
                full_name=user.full_name,
                password=DEMO_PASSWORD,
                centre_id=centre_ids.get(user.centre_code, fallback),
                role=user.role,
            )
            existing[user.username] = info.id
    return existing


# ------------------------------------------------------------------------------ values for rows


_TWO = tuple(f"{n:02d}" for n in range(60))


class _TimeText:
    """Epoch seconds -> text, with the date part cached per day (far faster than datetime).

    `storage` is SQLAlchemy's SQLite storage text for a UTCDateTime value (naive UTC,
    `YYYY-MM-DD HH:MM:SS.ffffff`), which the ORM reads back as the aware UTC datetime;
    `iso` is what `isoformat()` gives for the aware UTC datetime (as in event data).
    """

    def __init__(self) -> None:
        self.days: dict[int, str] = {}

    def _split(self, seconds: int) -> tuple[str, str]:
        day, rest = divmod(seconds, _DAY)
        prefix = self.days.get(day)
        if prefix is None:
            prefix = self.days[day] = (_EPOCH_NAIVE + timedelta(days=day)).strftime("%Y-%m-%d")
        hour, rest = divmod(rest, _HOUR)
        minute, second = divmod(rest, _MIN)
        return prefix, _TWO[hour] + ":" + _TWO[minute] + ":" + _TWO[second]

    def storage(self, seconds: int | None) -> str | None:
        if seconds is None:
            return None
        day, clock = self._split(seconds)
        return day + " " + clock + ".000000"

    def iso(self, seconds: int) -> str:
        day, clock = self._split(seconds)
        return day + "T" + clock + "+00:00"


_TIMES = _TimeText()
_iso = _TIMES.iso


def _aware_time(seconds: int | None) -> datetime | None:
    if seconds is None:
        return None
    return _EPOCH_UTC + timedelta(seconds=seconds)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _jstr(text: str) -> str:
    if '"' in text or "\\" in text or not text.isprintable():
        return _ENCODE(text)
    return '"' + text + '"'


def _jval(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _jstr(value)
    if isinstance(value, int | float):
        return repr(value)
    return _ENCODE(value)


def _to_json(data: dict[str, Any]) -> str:
    """Compact JSON of a flat dict, as `json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))` writes it, but several times faster for small dicts."""
    return "{" + ",".join(f'"{key}":{_jval(value)}' for key, value in data.items()) + "}"


def _officer_json(data: dict[str, Any]) -> str:
    return f'{{"officer_id":{_jval(data["officer_id"])}}}'


def _callback_json(data: dict[str, Any]) -> str:
    return f'{{"outcome":"{data["outcome"]}","attempt":{data["attempt"]}}}'


def _resolved_json(data: dict[str, Any]) -> str:
    cause, note, officer = _jstr(data["cause"]), _jstr(data["note"]), _jval(data["officer_id"])
    return f'{{"cause":{cause},"note":{note},"officer_id":{officer}}}'


def _follow_up_json(data: dict[str, Any]) -> str:
    channel, note, at = _jstr(data["channel"]), _jstr(data["note"]), data["received_at"]
    count = data["call_count"]
    return f'{{"channel":{channel},"note":{note},"received_at":"{at}","call_count":{count}}}'


def _closed_json(data: dict[str, Any]) -> str:
    if data["verified"]:
        return f'{{"status":{_jstr(data["status"])},"verified":true}}'
    return f'{{"status":{_jstr(data["status"])},"verified":false,"reason":{_jstr(data["reason"])}}}'


def _logged_json(d: dict[str, Any]) -> str:
    j, v = _jstr, _jval
    return (
        f'{{"docket":{j(d["docket"])},"channel":{j(d["channel"])},'
        f'"channel_ref":{j(d["channel_ref"])},"forwarded_by_id":{v(d["forwarded_by_id"])},'
        f'"caller_name":{j(d["caller_name"])},"caller_mobile":{v(d["caller_mobile"])},'
        f'"consumer_no":{j(d["consumer_no"])},"locality":{j(d["locality"])},'
        f'"address":{j(d["address"])},"landmark":{j(d["landmark"])},'
        f'"feeder_id":{v(d["feeder_id"])},"dt_id":{v(d["dt_id"])},'
        f'"type_code":{j(d["type_code"])},"priority":{v(d["priority"])},'
        f'"description":{j(d["description"])},"status":{j(d["status"])},'
        f'"sop_hours":{v(d["sop_hours"])},"received_at":{j(d["received_at"])},'
        f'"sop_due_at":{j(d["sop_due_at"])}}}'
    )


# The event data the builder makes, by kind, as JSON text; anything else goes to `_to_json`.
# (Each of these writes exactly the keys the builder puts in, in the same order.)
_EVENT_JSON: dict[str, Callable[[dict[str, Any]], str]] = {
    EventKind.ASSIGNED.value: _officer_json,
    EventKind.ATTENDED.value: _officer_json,
    EventKind.CALLBACK.value: _callback_json,
    EventKind.RESOLVED.value: _resolved_json,
    EventKind.FOLLOW_UP.value: _follow_up_json,
    EventKind.CLOSED.value: _closed_json,
    EventKind.LOGGED.value: _logged_json,
}


def _event_json(kind: str, data: dict[str, Any]) -> str:
    encode = _EVENT_JSON.get(kind, _to_json)
    return encode(data)


# The columns the demo fills, in the order its row tuples use.
_COLUMNS: dict[str, Sequence[str]] = {
    "complaint": [
        "id",
        "centre_id",
        "day",
        "serial",
        "docket",
        "received_at",
        "logged_at",
        "logged_by_id",
        "channel",
        "channel_ref",
        "forwarded_by_id",
        "caller_name",
        "caller_mobile",
        "consumer_id",
        "consumer_no",
        "locality",
        "address",
        "landmark",
        "feeder_id",
        "dt_id",
        "type_code",
        "priority",
        "description",
        "status",
        "sop_hours",
        "sop_due_at",
        "assigned_officer_id",
        "assigned_at",
        "attended_at",
        "resolved_at",
        "resolution_cause",
        "resolution_note",
        "verified_at",
        "closed_at",
        "callback_attempts",
        "reopen_count",
        "cancel_reason",
        "call_count",
        "incident_id",
        "version",
    ],
    "complaint_event": (
        "id",
        "complaint_id",
        "at",
        "user_id",
        "kind",
        "data",
        "prev_hash",
        "hash",
    ),
    "consumer": [
        "id",
        "consumer_no",
        "name",
        "mobile",
        "locality",
        "address",
        "landmark",
        "feeder_id",
        "dt_id",
        "updated_at",
    ],
    "docket_counter": ("centre_id", "day", "last_serial"),
}


def _fast_table(table: Table, sqlite: bool) -> Table:
    """A copy of `table` with the columns of `_COLUMNS`, in that order, typed for values
    that are already in the driver's form.

    On SQLite, times are storage text (see `_TimeText`), dates ISO text and JSON text; on
    PostgreSQL, times are aware UTC datetimes and JSON is text the server casts.
    """
    names = _COLUMNS[table.name]
    missing = sorted(set(table.columns.keys()) - set(names))
    if missing:
        raise RuntimeError(f"services/demo.py does not fill {table.name}.{', '.join(missing)}")
    columns: list[Column[Any]] = []
    for name in names:
        col = table.columns[name]
        kind: Any = col.type
        if isinstance(kind, UTCDateTime):
            kind = String() if sqlite else DateTime(timezone=True)
        elif sqlite and isinstance(kind, Date):
            kind = String()
        elif sqlite and name == "data":
            kind = Text()
        columns.append(Column(name, kind, primary_key=col.primary_key))
    return Table(table.name, MetaData(), *columns)


class _Writer:
    """Inserts rows, given as tuples in `_COLUMNS` order, in the session's transaction.

    SQLAlchemy Core compiles each INSERT once; the rows then go straight to the driver's
    `executemany`, skipping SQLAlchemy's per-row parameter processing, which would cost more
    than making the rows (their values are already what the driver binds).
    """

    def __init__(self, dialect: Dialect) -> None:
        sqlite = dialect.name == "sqlite"
        self.time: Callable[[int | None], Any] = _TIMES.storage if sqlite else _aware_time
        self.day: Callable[[date], Any] = date.isoformat if sqlite else _same
        self.json: Callable[[str, dict[str, Any]], str] = _event_json
        self.sql: dict[str, str] = {}
        self.tables: dict[str, Table] = {}
        direct = sqlite or dialect.name == "postgresql"
        # The driver's executemany takes the tuples as they are with positional parameters.
        positional = dialect if dialect.positional else type(dialect)(paramstyle="format")
        for model in (Complaint, ComplaintEvent, Consumer, DocketCounter):
            table = _fast_table(model.__table__, sqlite)  # type: ignore[arg-type]
            if not direct:  # another back-end: let SQLAlchemy convert every value
                self.tables[table.name] = model.__table__  # type: ignore[assignment]
                continue
            compiled = insert(table).compile(dialect=positional)
            if list(compiled.positiontup or ()) != list(_COLUMNS[table.name]):
                raise RuntimeError(f"unexpected parameter order inserting {table.name}")
            self.sql[table.name] = str(compiled)

    def insert(self, s: Session, name: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if name in self.sql:
            s.connection().exec_driver_sql(self.sql[name], rows)  # type: ignore[arg-type]
            return
        names = _COLUMNS[name]
        records = [dict(zip(names, r, strict=True)) for r in rows]
        if name == "complaint_event":
            for record in records:
                record["data"] = json.loads(record["data"])
        s.execute(insert(self.tables[name]), records)


def _same(value: Any) -> Any:
    return value


# ------------------------------------------------------------------------------ the generator


@dataclass
class _DayState:
    """A centre's day: the last serial given and the latest received time already stored."""

    last_serial: int
    last_received: int | None
    had_counter: bool


class _Builder:
    """Makes complaints, callers, consumers and histories from one random stream."""

    def __init__(
        self,
        rng: random.Random,
        types: _Types,
        users: dict[str, int],
        end_ts: int,
    ) -> None:
        self.rng = rng
        self.random = rng.random
        self.types = types
        self.end_ts = end_ts
        self.supervisor = users.get(SUPERVISOR_USERNAME)
        self.prefixes = mobile_prefixes()
        self.used_mobiles: set[str] = set()
        self.consumer_ids: dict[str, int] = {}
        self.new_consumers: list[tuple[Any, ...]] = []
        self.next_consumer_id = 1
        self.channels = [c.value for c, _w in CHANNEL_WEIGHTS]
        self.channel_cum = _cumulative([w for _c, w in CHANNEL_WEIGHTS])
        self.hour_cum = {k: _cumulative(v) for k, v in _HOURS_BY_SEASON.items()}

    # ---- small draws

    def pick(self, cum: list[float]) -> int:
        return bisect(cum, self.rng.random() * cum[-1])

    def minutes(self, lo: float, hi: float) -> int:
        return int((lo + (hi - lo) * self.random()) * _MIN)

    def below(self, n: int) -> int:
        """0 <= k < n; `random()` scaled, much cheaper than `randrange` for small n."""
        return int(self.random() * n)

    def randint(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def choice(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.random() * len(seq))]

    def deal(self, n: int) -> list[str]:
        """Fates for a centre's n complaints of a day: the right share of each, at random."""
        random = self.random
        cancels = int(n * CANCEL_RATE + random())
        unreachable = int(n * (1 - CANCEL_RATE) * UNREACHABLE_RATE + random())
        fates = [""] * n
        picked = self.rng.sample(range(n), min(n, cancels + unreachable))
        for i, index in enumerate(picked):
            fates[index] = _FATE_CANCEL if i < cancels else _FATE_UNREACHABLE
        return fates

    def mobile(self) -> str:
        while True:
            number = f"+91{self.choice(self.prefixes)}{self.below(1_000_000):06d}"
            if number not in self.used_mobiles:
                self.used_mobiles.add(number)
                return number

    def person(self) -> tuple[str, str, str, str]:
        """Name in English and in Hindi, and the English first and last name."""
        rng = self.rng
        r = rng.random()
        if r < 0.72:
            first = self.choice(_MALE)
            last = self.choice(_SURNAMES)
            m = rng.random()
            mid = _MIDDLE[0] if m < 0.35 else self.choice(_MIDDLE[1:]) if m < 0.45 else None
            if rng.random() < 0.05:
                return first[0], first[1], first[0], ""
            if mid is None:
                return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}", first[0], last[0]
            en = f"{first[0]} {mid[0]} {last[0]}"
            return en, f"{first[1]} {mid[1]} {last[1]}", first[0], last[0]
        if r < 0.87:
            first = self.choice(_FEMALE)
            last = self.choice(_FEMALE_LAST) if rng.random() < 0.7 else self.choice(_SURNAMES)
        elif r < 0.97:
            first = self.choice(_MUSLIM)
            last = self.choice(_MUSLIM_LAST)
        else:
            first = self.choice(_MUSLIM_FEMALE)
            last = self.choice(_MUSLIM_FEMALE_LAST)
        return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}", first[0], last[0]

    def consumer_no(self) -> str:
        length = self.choice((9, 10, 10, 10, 11, 11, 12))
        return str(self.randint(10 ** (length - 1), 10**length - 1))

    def address(self, hindi: bool, urban: bool, surname: str, surname_hi: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return ""
        if r < 0.55:
            ward = self.randint(1, 40 if urban else 14)
            return f"वार्ड नं. {ward}" if hindi else f"Ward no. {ward}"
        if r < 0.7 and urban:
            house, ward = self.randint(1, 400), self.randint(1, 40)
            return f"मकान नं. {house}, वार्ड {ward}" if hindi else f"House no. {house}, ward {ward}"
        if r < 0.85:
            if urban:
                lane = self.randint(1, 12)
                return f"गली नं. {lane}" if hindi else f"Gali no. {lane}"
            en, hi = (
                self.choice(_TOLAS) if rng.random() < 0.5 or not surname else (surname, surname_hi)
            )
            return f"{hi} टोला" if hindi else f"{en} tola"
        return "मेन रोड" if hindi else "Main road"

    # ---- callers

    def new_caller(self, centre: _CentreRef, channel: str, type_code: str) -> _Caller:
        rng = self.rng
        feeder = centre.feeders[self.pick(centre.feeder_cum)]
        en, hi, first, last = self.person()
        hindi = rng.random() < 1 / 3
        if feeder.localities:
            loc_en, loc_hi, dt_id = self.choice(feeder.localities)
        else:
            loc_en, loc_hi, dt_id = feeder.name_en, feeder.name_hi, None
        if dt_id is None and feeder.dts:
            dt_id = self.choice(feeder.dts)
        mobile = None if channel == _SOCIAL and rng.random() < 0.4 else self.mobile()
        has_consumer = rng.random() < (0.4 if type_code in _AREA_WIDE else 0.68)
        landmark = ""
        if rng.random() < 0.6:
            landmark = self.choice(_LANDMARKS_HI if hindi else _LANDMARKS_EN)
        surname_hi = hi.rsplit(" ", 1)[-1] if last else ""
        return _Caller(
            mobile=mobile,
            name=hi if hindi else en,
            name_en=f"{first} {last}".strip(),
            hindi=hindi,
            consumer_no=self.consumer_no() if has_consumer else "",
            feeder=feeder,
            locality=loc_hi if hindi and rng.random() < 0.5 else loc_en,
            dt_id=dt_id,
            address=self.address(hindi, feeder.area is Area.URBAN, last, surname_hi),
            landmark=landmark,
        )

    def caller(self, centre: _CentreRef, channel: str, type_code: str, at: int) -> _Caller:
        """A caller who called before (about one in seven) or a new one."""
        rng = self.rng
        pool = centre.pool
        if pool and rng.random() < REPEAT_CALLER_RATE:
            known = pool[self.below(len(pool))]
            if known.busy_until < at:
                return known
        caller = self.new_caller(centre, channel, type_code)
        if caller.mobile is not None:
            if len(pool) < _POOL_LIMIT:
                pool.append(caller)
            else:
                pool[self.below(_POOL_LIMIT)] = caller
        return caller

    def channel_ref(self, channel: str, caller: _Caller, day: date) -> str:
        rng = self.rng
        if channel == _SOCIAL:
            handle = caller.name_en.lower().replace(". ", ".").replace(" ", self.choice("_."))
            if rng.random() < 0.5:
                handle += str(self.randint(1, 99))
            r = rng.random()
            if r < 0.5:
                return f"@{handle}"
            if r < 0.8:
                return f"https://x.com/{handle}/status/{rng.randrange(10**18, 10**19)}"
            return f"https://www.facebook.com/{handle}/posts/{rng.randrange(10**15, 10**16)}"
        if channel == _HELPLINE and rng.random() < 0.7:
            return f"1912/{day:%y%m%d}/{self.randint(10**5, 10**6 - 1)}"
        return ""

    def consumer_id(self, caller: _Caller, at: int) -> int | None:
        number = caller.consumer_no
        if not number:
            return None
        known = self.consumer_ids.get(number)
        if known is not None:
            return known
        cid = self.next_consumer_id
        self.next_consumer_id += 1
        self.consumer_ids[number] = cid
        self.new_consumers.append(
            (
                cid,
                number,
                caller.name,
                caller.mobile,
                caller.locality,
                caller.address,
                caller.landmark,
                caller.feeder.id,
                caller.dt_id,
                at,
            )
        )
        return cid

    # ---- one day of one centre

    def received_times(self, day: date, state: _DayState, n: int) -> list[int]:
        random = self.random
        start = int(local_day_bounds(day)[0].timestamp())
        cum = self.hour_cum[_season(day)]
        total = cum[-1]
        times = sorted(
            start + bisect(cum, random() * total) * _HOUR + int(random() * _HOUR) for _ in range(n)
        )
        floor = state.last_received if state.last_received is not None else start - 1
        end = self.end_ts
        return [t for t in times if floor < t < end]

    def day_complaints(
        self, centre: _CentreRef, day: date, state: _DayState, per_day: int
    ) -> list[dict[str, Any]]:
        """A centre's complaints received on `day` (after what the store already has)."""
        rng = self.rng
        n = max(1, round(per_day * rng.uniform(0.8, 1.2)))
        codes = self.types.codes
        type_cum = self.types.cum_by_season[_season(day)]
        danger_of = self.types.danger
        out: list[dict[str, Any]] = []
        last_docket_on: dict[int, str] = {}
        times = self.received_times(day, state, n)
        fates = self.deal(len(times))
        for received, fate in zip(times, fates, strict=True):
            type_code = codes[self.pick(type_cum)]
            channel = self.channels[self.pick(self.channel_cum)]
            caller = self.caller(centre, channel, type_code, received)
            feeder = caller.feeder
            forwarded_by = None
            if channel == _OFFICER:
                if feeder.officers:
                    forwarded_by = self.choice(feeder.officers)
                else:
                    channel = _PHONE
            if channel == _SOCIAL:
                delay = self.randint(5 * _MIN, 45 * _MIN)
            elif channel == _OFFICER:
                delay = self.randint(3 * _MIN, 20 * _MIN)
            elif channel == _WALK_IN:
                delay = self.randint(2 * _MIN, 8 * _MIN)
            else:
                delay = self.randint(40, 180)
            logged = received + delay
            if logged > self.end_ts:
                continue
            mobile = caller.mobile
            if mobile is None and channel != _SOCIAL:
                mobile = self.mobile()
            description = ""
            if rng.random() < 0.85:
                texts = _DESCRIPTIONS.get(type_code, _DEFAULT_DESCRIPTIONS)
                description = self.choice(texts[1] if caller.hindi else texts[0])
            state.last_serial += 1
            serial = state.last_serial
            docket = format_docket(centre.code, day, serial)
            danger = danger_of[type_code]
            hours = feeder.sop_hours[type_code]
            row: dict[str, Any] = {
                "centre_id": centre.id,
                "day": day,
                "serial": serial,
                "docket": docket,
                "received_at": received,
                "logged_at": logged,
                "logged_by_id": centre.clerk_id,
                "channel": channel,
                "channel_ref": self.channel_ref(channel, caller, day),
                "forwarded_by_id": forwarded_by,
                "caller_name": caller.name,
                "caller_mobile": mobile,
                "consumer_id": self.consumer_id(caller, logged),
                "consumer_no": caller.consumer_no,
                "locality": caller.locality,
                "address": caller.address,
                "landmark": caller.landmark,
                "feeder_id": feeder.id,
                "dt_id": caller.dt_id,
                "type_code": type_code,
                "priority": 1 if danger else 0,
                "description": description,
                "sop_hours": hours,
                "sop_due_at": received + round(hours * _HOUR),
            }
            duplicate_of = last_docket_on.get(feeder.id)
            last_docket_on[feeder.id] = docket
            events = self.history(row, centre, feeder, danger, duplicate_of, fate)
            _apply(row, events)
            row["_events"] = events
            closed = row["closed_at"]
            caller.busy_until = _NEVER if closed is None else closed + 2 * _HOUR
            out.append(row)
        if out:
            state.last_received = out[-1]["received_at"]
        return out

    # ---- one complaint's life

    def history(
        self,
        row: dict[str, Any],
        centre: _CentreRef,
        feeder: _FeederRef,
        danger: bool,
        duplicate_of: str | None,
        fate: str,
    ) -> list[_Event]:
        """The complaint's events up to `end`, oldest first."""
        clerk = centre.clerk_id
        logged = row["logged_at"]
        snapshot = {name: row[name] for name in SNAPSHOT_FIELDS}
        snapshot["status"] = _S_NEW
        snapshot["sop_hours"] = row["sop_hours"]
        snapshot["received_at"] = _iso(row["received_at"])
        snapshot["sop_due_at"] = _iso(row["sop_due_at"])
        life: list[tuple[int, str, int | None, dict[str, Any]]] = [
            (logged, _LOGGED, clerk, snapshot)
        ]
        if fate == _FATE_CANCEL:
            self.cancelled_life(life, logged, feeder, clerk, duplicate_of)
        else:
            unreachable = fate == _FATE_UNREACHABLE
            self.normal_life(life, logged, row["type_code"], feeder, clerk, danger, unreachable)
        end = self.end_ts
        settled = end
        for at, kind, _user, _data in life:
            if kind in (_RESOLVED, _CANCELLED):
                settled = min(at, end)
                break
        events: list[_Event] = [
            (at, i, kind, user, data) for i, (at, kind, user, data) in enumerate(life) if at <= end
        ]
        follow_ups = self.follow_ups(logged, settled)
        if follow_ups:
            channel = row["channel"]
            for j, at in enumerate(follow_ups):
                data = {"channel": channel, "note": self.choice(_FOLLOW_UP_NOTES)}
                events.append((at, 100 + j, _FOLLOW_UP, clerk, data))
            events.sort()
        return events

    def cancelled_life(
        self,
        life: list[tuple[int, str, int | None, dict[str, Any]]],
        logged: int,
        feeder: _FeederRef,
        clerk: int | None,
        duplicate_of: str | None,
    ) -> None:
        rng = self.rng
        cancel_at = logged + self.minutes(10, 120)
        assign_at = logged + self.minutes(5, 40)
        if feeder.linemen and assign_at < cancel_at and rng.random() < 0.5:
            life.append((assign_at, _ASSIGNED, clerk, {"officer_id": self.choice(feeder.linemen)}))
        if duplicate_of is not None and rng.random() < 0.5:
            reason = f"Duplicate of {duplicate_of}."
        else:
            reason = self.choice(_CANCEL_REASONS)
        life.append((cancel_at, _CANCELLED, self.supervisor, {"reason": reason}))

    def normal_life(
        self,
        life: list[tuple[int, str, int | None, dict[str, Any]]],
        logged: int,
        type_code: str,
        feeder: _FeederRef,
        clerk: int | None,
        danger: bool,
        unreachable: bool,
    ) -> None:
        """Assign, attend, resolve, call back; reopen and go round again if not restored.
        Stops once past `end` (later steps would not be kept anyway)."""
        rng = self.rng
        end = self.end_ts
        staff = feeder.linemen or feeder.officers
        repair_lo, repair_hi = _REPAIR_MINUTES.get(type_code, _DEFAULT_REPAIR)
        causes = _CAUSES.get(type_code, _DEFAULT_CAUSES)
        t = logged
        cycle = 0
        while t <= end:
            officer = self.choice(staff) if staff else None
            if cycle == 0:
                t += self.minutes(3, 15) if danger else self.minutes(5, 40)
                r = rng.random()
                if r < 0.01:  # not passed on until much later
                    t += self.minutes(120, 720)
                elif r < 0.05:  # the desk was busy with calls
                    t += self.minutes(40, 150)
            else:
                # back in the queue: the next visit is often in the next shift
                t += self.minutes(20, 240)
                if rng.random() < 0.5:
                    t += self.minutes(240, 720)
            if officer is not None:
                life.append((t, _ASSIGNED, clerk, {"officer_id": officer}))
                t += self.minutes(10, 60) if danger else self.minutes(20, 180)
                if rng.random() < 0.03:  # the lineman did not go: an overdue complaint
                    t += self.minutes(240, 1800)
                if not (type_code == "NO_SUPPLY_AREA" and rng.random() < 0.3):
                    life.append((t, _ATTENDED, clerk, {"officer_id": officer}))
            t += int((repair_lo + (repair_hi - repair_lo) * rng.random() ** 2) * _MIN)
            resolved = {"cause": self.choice(causes), "note": self.choice(_NOTES)}
            resolved["officer_id"] = officer
            life.append((t, _RESOLVED, clerk, resolved))
            resolved_at = t
            t += self.minutes(10, 120)
            if rng.random() < 0.03:  # left for the next shift
                t += self.minutes(360, 840)
            if rng.random() < 0.03 and cycle < 3:
                # The caller rings first: the supply is still off, so the desk reopens it.
                t = resolved_at + int((t - resolved_at) * (0.2 + 0.6 * rng.random()))
                if t > end:
                    return
                call = {"channel": _PHONE, "note": self.choice(_STILL_OFF)}
                life.append((t, _FOLLOW_UP, clerk, call))
                life.append((t, _REOPENED, clerk, {"reason": call["note"]}))
                cycle += 1
                continue
            attempt = 1
            odds = _FIRST_CALLBACK if cycle == 0 else _LATER_CYCLE_CALLBACK
            while True:
                if t > end:
                    return
                r = rng.random()
                if attempt == 1 and cycle == 0 and unreachable:
                    outcome = _UNREACHABLE
                elif r < odds[0] or cycle >= 3:
                    outcome = _RESTORED
                elif r < odds[0] + odds[1]:
                    outcome = _NOT_RESTORED
                else:
                    outcome = _UNREACHABLE
                life.append((t, _CALLBACK, clerk, {"outcome": outcome, "attempt": attempt}))
                if outcome == _RESTORED:
                    closed = {"status": _S_CLOSED_VERIFIED, "verified": True}
                    life.append((t, _CLOSED, clerk, closed))
                    return
                if outcome == _NOT_RESTORED:
                    life.append((t, _REOPENED, clerk, {"reason": self.choice(_REOPEN_REASONS)}))
                    break
                if attempt >= MAX_CALLBACK_ATTEMPTS:
                    closed = {
                        "status": _S_CLOSED_UNVERIFIED,
                        "verified": False,
                        "reason": f"Consumer unreachable after {attempt} calls.",
                    }
                    life.append((t, _CLOSED, clerk, closed))
                    return
                attempt += 1
                odds = _RETRY_CALLBACK
                t += self.minutes(15, 90)
            cycle += 1

    def follow_ups(self, logged: int, until: int) -> list[int]:
        """Times of further calls while the caller still waits: more, the longer the wait."""
        rng = self.rng
        times: list[int] = []
        t = logged
        while len(times) < 6:
            t += max(20 * _MIN, int(rng.expovariate(1 / (8 * _HOUR))))
            if t >= until:
                break
            times.append(t)
        return times


def _apply(row: dict[str, Any], events: list[_Event]) -> None:
    """Set the complaint's state columns to what replaying its events gives."""
    status = _S_NEW
    call_count = 1
    officer = assigned_at = attended_at = resolved_at = verified_at = closed_at = None
    cause = note = cancel_reason = ""
    attempts = reopens = 0
    for at, _order, kind, _user, data in events:
        if kind == _FOLLOW_UP:
            call_count += 1
            data["received_at"] = _iso(at)
            data["call_count"] = call_count
        elif kind == _ASSIGNED:
            status = _S_ASSIGNED
            officer = data["officer_id"]
            assigned_at = at
            attended_at = None
        elif kind == _ATTENDED:
            status = _S_ATTENDING
            attended_at = at
        elif kind == _RESOLVED:
            status = _S_RESOLVED
            resolved_at = at
            cause = data["cause"]
            note = data["note"]
            attempts = 0
        elif kind == _CALLBACK:
            attempts += 1
        elif kind == _REOPENED:
            status = _S_REOPENED
            reopens += 1
            data["reopen_count"] = reopens
            resolved_at = None
            cause = note = ""
        elif kind == _CLOSED:
            status = data["status"]
            closed_at = at
            if data["verified"]:
                verified_at = at
        elif kind == _CANCELLED:
            status = _S_CANCELLED
            cancel_reason = data["reason"]
            closed_at = at
    row["status"] = status
    row["call_count"] = call_count
    row["assigned_officer_id"] = officer
    row["assigned_at"] = assigned_at
    row["attended_at"] = attended_at
    row["resolved_at"] = resolved_at
    row["resolution_cause"] = cause
    row["resolution_note"] = note
    row["verified_at"] = verified_at
    row["closed_at"] = closed_at
    row["callback_attempts"] = attempts
    row["reopen_count"] = reopens
    row["cancel_reason"] = cancel_reason
    row["version"] = len(events)


# ------------------------------------------------------------------------------ the run


def build_demo(
    db: Database,
    *,
    days: int = 3,
    per_day: int = 150,
    seed: int = DEFAULT_SEED,
    end: datetime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill `db` with the demo division (if it has no centres), the demo users and `days`
    local days of complaints, about `per_day` per centre and day, ending at `end`.

    The last day is the local (Asia/Kolkata) day of `end` (default: now), which gets only
    what was received, and only what happened, up to `end`. `progress(done, total)` is
    called with the days written so far and the days in all.

    Whole days are committed together (about `CHUNK_SIZE` complaints a transaction), so a
    failure leaves complete days or none. Raises `ValueError` for `days` or `per_day` below
    1, and `ServiceError` (`StoreUnavailable` for a locked, read-only or full store) when the
    store cannot take the data.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    if per_day < 1:
        raise ValueError("per_day must be at least 1")
    end = as_utc(end) if end is not None else utcnow()
    end_ts = int(end.timestamp())
    last_day = local_day(end)
    first_day = last_day - timedelta(days=days - 1)

    if not masterdata.has_division(db):
        masterdata.load_division(db)
    users = ensure_demo_users(db)

    with db.read() as s:
        centres, types = _load_network(s, users)
        known_consumers: dict[str, int] = {}
        if s.scalar(select(func.count()).select_from(Consumer)):
            known_consumers = dict(s.execute(select(Consumer.consumer_no, Consumer.id)).all())
    builder = _Builder(random.Random(seed), types, users, end_ts)
    builder.consumer_ids = known_consumers

    writer = _Writer(db.engine.dialect)
    by_status = {status.value: 0 for status in Status}
    totals = [0, 0, 0]  # complaints, events, consumers
    all_days = [first_day + timedelta(days=i) for i in range(days)]
    done = 0
    if progress is not None:
        progress(0, days)
    # Millions of small, acyclic objects: the cycle collector would rescan them over and over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        while done < days:
            with store_errors(), db.write() as s:
                ids = _max_ids(s)
                builder.next_consumer_id = ids[2] + 1
                builder.new_consumers = []
                batch: list[dict[str, Any]] = []
                touched: list[tuple[int, date, _DayState]] = []
                while done < days and len(batch) < CHUNK_SIZE:
                    day = all_days[done]
                    day_rows: list[dict[str, Any]] = []
                    for centre in centres:
                        state = _day_state(s, centre.id, day)
                        before = state.last_serial
                        day_rows.extend(builder.day_complaints(centre, day, state, per_day))
                        if state.last_serial != before:
                            touched.append((centre.id, day, state))
                    # ids in the order the desk would have logged them
                    day_rows.sort(key=_logging_order)
                    batch.extend(day_rows)
                    done += 1
                made = _write_batch(s, writer, batch, builder.new_consumers, ids, touched)
            totals[0] += len(batch)
            totals[1] += made
            totals[2] += len(builder.new_consumers)
            for row in batch:
                by_status[row["status"]] += 1
            if progress is not None:
                progress(done, days)
    finally:
        if collecting:
            gc.enable()
    if db.engine.dialect.name == "postgresql":
        _advance_sequences(db)
    return DemoSummary(
        complaints=totals[0],
        events=totals[1],
        consumers=totals[2],
        days=days,
        first_day=first_day,
        last_day=last_day,
        by_status=by_status,
    )


def _advance_sequences(db: Database) -> None:
    """Rows were written with their ids given; move PostgreSQL's id sequences past them so
    the next complaint logged at the desk gets a free id."""
    with store_errors(), db.write() as s:
        for table in ("complaint", "complaint_event", "consumer"):
            s.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
                )
            )


def _logging_order(row: dict[str, Any]) -> tuple[int, int, int]:
    return row["logged_at"], row["centre_id"], row["serial"]


def _max_ids(s: Session) -> tuple[int, int, int]:
    """The highest complaint, event and consumer ids in use."""
    return (
        s.scalar(select(func.max(Complaint.id))) or 0,
        s.scalar(select(func.max(ComplaintEvent.id))) or 0,
        s.scalar(select(func.max(Consumer.id))) or 0,
    )


def _day_state(s: Session, centre_id: int, day: date) -> _DayState:
    """What the store already has for a centre's local day: its counter and complaints.
    Every query here runs on an index, however many complaints the store holds."""
    counter = s.scalar(
        select(DocketCounter.last_serial).where(
            DocketCounter.centre_id == centre_id, DocketCounter.day == day
        )
    )
    state = _DayState(int(counter or 0), None, counter is not None)
    top = s.scalar(
        select(func.max(Complaint.serial)).where(
            Complaint.centre_id == centre_id, Complaint.day == day
        )
    )
    if top is not None:
        state.last_serial = max(state.last_serial, int(top))
        # The day's complaints are those received within its bounds (on the
        # (centre, received_at) index).
        start, stop = local_day_bounds(day)
        latest = s.scalar(
            select(Complaint.received_at)
            .where(
                Complaint.centre_id == centre_id,
                Complaint.received_at >= start,
                Complaint.received_at < stop,
            )
            .order_by(Complaint.received_at.desc())
            .limit(1)
        )
        if latest is not None:
            state.last_received = int(as_utc(latest).timestamp())
    return state


def _chain_heads(s: Session) -> dict[int, str]:
    """Each centre's last chain link (every centre has a head from the division's loading)."""
    return {c: h for c, h in s.execute(select(ChainHead.centre_id, ChainHead.last_hash))}


def _write_batch(
    s: Session,
    writer: _Writer,
    batch: list[dict[str, Any]],
    consumers: list[tuple[Any, ...]],
    ids: tuple[int, int, int],
    touched: list[tuple[int, date, _DayState]],
) -> int:
    """Insert a batch's consumers, complaints, events and counters; returns events made."""
    last_event: dict[int, int] = {}
    time = writer.time
    to_json = writer.json
    day_value = writer.day
    writer.insert(s, "consumer", [(*c[:-1], time(c[-1])) for c in consumers])

    # Ids follow the order the desk logged the complaints in; a complaint's events get
    # consecutive ids, oldest first.
    complaint_id, event_id = ids[0], ids[1]
    events: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    heads = _chain_heads(s)
    for r in batch:
        complaint_id += 1
        centre_id = r["centre_id"]
        previous = heads[centre_id]
        for at, _order, kind, user, data in r.pop("_events"):
            event_id += 1
            text = to_json(kind, data)
            # The chain covers what is stored: the JSON as it will read back.
            moment = datetime.fromtimestamp(at, UTC)
            digest = event_hash(previous, complaint_id, moment, user, kind, json.loads(text))
            events.append((event_id, complaint_id, time(at), user, kind, text, previous, digest))
            previous = digest
        heads[centre_id] = previous
        last_event[centre_id] = event_id
        rows.append(
            (
                complaint_id,
                r["centre_id"],
                day_value(r["day"]),
                r["serial"],
                r["docket"],
                time(r["received_at"]),
                time(r["logged_at"]),
                r["logged_by_id"],
                r["channel"],
                r["channel_ref"],
                r["forwarded_by_id"],
                r["caller_name"],
                r["caller_mobile"],
                r["consumer_id"],
                r["consumer_no"],
                r["locality"],
                r["address"],
                r["landmark"],
                r["feeder_id"],
                r["dt_id"],
                r["type_code"],
                r["priority"],
                r["description"],
                r["status"],
                r["sop_hours"],
                time(r["sop_due_at"]),
                r["assigned_officer_id"],
                time(r["assigned_at"]),
                time(r["attended_at"]),
                time(r["resolved_at"]),
                r["resolution_cause"],
                r["resolution_note"],
                time(r["verified_at"]),
                time(r["closed_at"]),
                r["callback_attempts"],
                r["reopen_count"],
                r["cancel_reason"],
                r["call_count"],
                None,  # incident_id: demo incidents are made through the service afterwards
                r["version"],
            )
        )
    writer.insert(s, "complaint", rows)

    writer.insert(s, "complaint_event", events)
    for centre_id, last_hash in heads.items():
        if centre_id in last_event:
            s.execute(
                sql_update(ChainHead)
                .where(ChainHead.centre_id == centre_id)
                .values(last_event_id=last_event[centre_id], last_hash=last_hash)
            )

    new_counters = [
        (centre_id, day_value(day), state.last_serial)
        for centre_id, day, state in touched
        if not state.had_counter
    ]
    writer.insert(s, "docket_counter", new_counters)
    for centre_id, day, state in touched:
        if state.had_counter:
            s.execute(
                sql_update(DocketCounter)
                .where(DocketCounter.centre_id == centre_id, DocketCounter.day == day)
                .values(last_serial=state.last_serial)
            )
        state.had_counter = True
    return len(events)
