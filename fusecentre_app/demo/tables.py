"""Realism tables for the demo: hours of the day by season, complaint mixes, repair times,
names, places, notes and reasons, in English and Hindi."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from fusecentre_app.domain.enums import (
    CallbackOutcome,
    Channel,
    EventKind,
    Status,
)
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone

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
