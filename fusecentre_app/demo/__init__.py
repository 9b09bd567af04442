"""Demo data: the demo division, desk users, and days of realistic synthetic complaints.

A fixture factory beside the services, not a use case: it writes whole days at once,
straight to the store (as the desk would have written them, chain included), for trying
the desk and measuring it. `live` adds the last hour through the services themselves.

The package's rooms: `constants` (public names), `tables` (realism tables), `network` (the
division as the generator sees it, and the demo users), `rows` (rows in the driver's form
and the writer), `builder` (a day of complaints and their events) and `run` (`build_demo`).

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

from fusecentre_app.demo.constants import (
    ADMIN_USERNAME,
    CHUNK_SIZE,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DEMO_USERS,
    DMR_USERNAME,
    INSPECTOR_USERNAME,
    SUPERVISOR_USERNAME,
    DemoSummary,
    DemoUser,
    Progress,
)
from fusecentre_app.demo.network import ensure_demo_users
from fusecentre_app.demo.rows import _TIMES, _event_json, _Writer
from fusecentre_app.demo.run import build_demo, is_demo_store, mark_demo_store
from fusecentre_app.demo.tables import mobile_prefixes

__all__ = [
    "ADMIN_USERNAME",
    "CHUNK_SIZE",
    "DEFAULT_SEED",
    "DEMO_PASSWORD",
    "DEMO_USERNAME",
    "DEMO_USERS",
    "DMR_USERNAME",
    "INSPECTOR_USERNAME",
    "SUPERVISOR_USERNAME",
    "_TIMES",
    "DemoSummary",
    "DemoUser",
    "Progress",
    "_Writer",
    "_event_json",
    "build_demo",
    "ensure_demo_users",
    "is_demo_store",
    "mark_demo_store",
    "mobile_prefixes",
]
