"""The register digest's format is a contract with paper in cupboards: these tests pin it to
text written out by hand, so any change to it fails here before it fails an inspector."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

from fusecentre_app.domain.digest import DIGEST_VERSION, digest_of
from fusecentre_app.domain.record import DIGEST_COLUMNS

ROW = {
    "serial": 1,
    "docket": "BXR-20261129-001",
    "received_at": datetime(2026, 11, 29, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
    "logged_at": datetime(2026, 11, 29, 4, 31, 5, 123456, tzinfo=UTC),
    "logged_by_id": 3,
    "channel": "phone",
    "channel_ref": "",
    "caller_name": "रमेश यादव",
    "caller_mobile": "+919835012345",
    "consumer_no": "BXR/1234",
    "locality": "Sohni Patti",
    "address": "",
    "landmark": "near the temple",
    "feeder_id": 2,
    "dt_id": None,
    "type_code": "FUSE_OFF",
    "priority": 0,
    "description": "फ्यूज उड़ा",
    "sop_hours": 4.0,
    "sop_due_at": datetime(2026, 11, 29, 8, 30, tzinfo=UTC),
    "forwarded_by_id": 9,  # not covered: changing it leaves the digest alone
}
TEXT = (
    "fusecentre-register-digest/2\n"
    "BXR|2026-11-29|17\n"
    'R[1,"BXR-20261129-001","2026-11-29T04:30:00.000000+00:00",'
    '"2026-11-29T04:31:05.123456+00:00",3,"phone","","रमेश यादव","+919835012345",'
    '"BXR/1234","Sohni Patti","","near the temple",2,null,"FUSE_OFF",0,"फ्यूज उड़ा",4.0,'
    '"2026-11-29T08:30:00.000000+00:00"]\n'
    f"E16|1|{'a' * 64}\n"
    f"E17|1|{'b' * 64}\n"
)
EVENTS = [(16, 1, "a" * 64), (17, 1, "b" * 64)]


def test_the_digest_is_the_sha256_of_the_text_written_out_by_hand() -> None:
    assert DIGEST_VERSION == "fusecentre-register-digest/2"
    expected = hashlib.sha256(TEXT.encode()).hexdigest()
    assert digest_of("BXR", date(2026, 11, 29), 17, [ROW], EVENTS) == expected


def test_the_columns_are_those_of_version_2_in_their_order() -> None:
    assert DIGEST_COLUMNS == (
        "serial",
        "docket",
        "received_at",
        "logged_at",
        "logged_by_id",
        "channel",
        "channel_ref",
        "caller_name",
        "caller_mobile",
        "consumer_no",
        "locality",
        "address",
        "landmark",
        "feeder_id",
        "dt_id",
        "type_code",
        "priority",
        "description",
        "sop_hours",
        "sop_due_at",
    )


def test_every_covered_value_counts_and_the_rest_do_not() -> None:
    base = digest_of("BXR", date(2026, 11, 29), 17, [ROW], EVENTS)
    for name in DIGEST_COLUMNS:
        changed = {**ROW, name: "changed"}
        assert digest_of("BXR", date(2026, 11, 29), 17, [changed], EVENTS) != base, name
    assert digest_of("BXR", date(2026, 11, 29), 17, [{**ROW, "forwarded_by_id": 1}], EVENTS) == base
    assert digest_of("BXR", date(2026, 11, 29), 16, [ROW], EVENTS) != base  # the cut
    assert digest_of("BXR", date(2026, 11, 29), 17, [ROW], EVENTS[:1]) != base
