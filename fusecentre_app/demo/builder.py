"""The generator: a day of complaints per centre, each with the events it went through up
to the end of the demo, and the row those events add up to."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fusecentre_app.demo.constants import _T, SUPERVISOR_USERNAME
from fusecentre_app.demo.network import (
    _Caller,
    _CentreRef,
    _cumulative,
    _FeederRef,
    _season,
    _Types,
)
from fusecentre_app.demo.rows import _iso
from fusecentre_app.demo.tables import (
    _AREA_WIDE,
    _ASSIGNED,
    _ATTENDED,
    _CALLBACK,
    _CANCEL_REASONS,
    _CANCELLED,
    _CAUSES,
    _CLOSED,
    _DEFAULT_CAUSES,
    _DEFAULT_DESCRIPTIONS,
    _DEFAULT_REPAIR,
    _DESCRIPTIONS,
    _FATE_CANCEL,
    _FATE_UNREACHABLE,
    _FEMALE,
    _FEMALE_LAST,
    _FIRST_CALLBACK,
    _FOLLOW_UP,
    _FOLLOW_UP_NOTES,
    _HELPLINE,
    _HOUR,
    _HOURS_BY_SEASON,
    _LANDMARKS_EN,
    _LANDMARKS_HI,
    _LATER_CYCLE_CALLBACK,
    _LOGGED,
    _MALE,
    _MIDDLE,
    _MIN,
    _MUSLIM,
    _MUSLIM_FEMALE,
    _MUSLIM_FEMALE_LAST,
    _MUSLIM_LAST,
    _NEVER,
    _NOT_RESTORED,
    _NOTES,
    _OFFICER,
    _PHONE,
    _POOL_LIMIT,
    _REOPEN_REASONS,
    _REOPENED,
    _REPAIR_MINUTES,
    _RESOLVED,
    _RESTORED,
    _RETRY_CALLBACK,
    _S_ASSIGNED,
    _S_ATTENDING,
    _S_CANCELLED,
    _S_CLOSED_UNVERIFIED,
    _S_CLOSED_VERIFIED,
    _S_NEW,
    _S_REOPENED,
    _S_RESOLVED,
    _SOCIAL,
    _STILL_OFF,
    _SURNAMES,
    _TOLAS,
    _UNREACHABLE,
    _WALK_IN,
    CANCEL_RATE,
    CHANNEL_WEIGHTS,
    REPEAT_CALLER_RATE,
    UNREACHABLE_RATE,
    _Event,
    mobile_prefixes,
)
from fusecentre_app.domain.docket import format_docket
from fusecentre_app.domain.enums import (
    Area,
)
from fusecentre_app.domain.lifecycle import MAX_CALLBACK_ATTEMPTS
from fusecentre_app.domain.record import SNAPSHOT_FIELDS
from fusecentre_app.domain.timeutil import local_day_bounds


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
                "logged_by_id": centre.clerk_at(logged),
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
        # The desk's work is done by whoever is on duty when it happens.
        return [
            (at, order, kind, centre.clerk_at(at) if user == clerk else user, data)
            for at, order, kind, user, data in events
        ]

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
                # Tried again no sooner than an unreachable call counts (services.lifecycle).
                t += self.minutes(30, 105)
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
