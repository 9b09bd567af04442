"""Builds `schema-0001.sqlite`: a store as schema revision 0001 left it, with data in it.

Run once when revision 0001 was released; the file is kept so that every later schema is
tested against a real old store (`tests/db/test_store.py`). Re-running it is harmless.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from fusecentre_app.db.engine import make_engine
from fusecentre_app.db.migrate import upgrade_to_head

HERE = Path(__file__).resolve().parent
TARGET = HERE / "schema-0001.sqlite"

ROWS = """
INSERT INTO centre VALUES (1, 'BXR', 'Buxar', 'बक्सर', 'Electric Supply Sub-Division, Buxar',
  'विद्युत आपूर्ति अवर प्रमंडल, बक्सर', 'Electric Supply Division, Buxar', 'विद्युत आपूर्ति प्रमंडल, बक्सर');
INSERT INTO pss VALUES (1, 'PSS-BXR', 1, 'Buxar', 'बक्सर');
INSERT INTO feeder VALUES (1, 'F-BXR-01', 1, 'Town-1', 'टाउन-1', 'urban', 5200);
INSERT INTO dt VALUES (1, 'DT-BXR-01-1', 1, 'Thatheri Bazar', 'ठठेरी बाजार', 200);
INSERT INTO complaint_type VALUES ('FUSE_OFF', 'Fuse blown', 'फ्यूज उड़ा', 0, 0);
INSERT INTO complaint_type VALUES ('LINE_BREAK', 'Wire snapped', 'तार टूटा', 1, 1);
INSERT INTO sop_rule VALUES ('FUSE_OFF', 'urban', 4.0);
INSERT INTO sop_rule VALUES ('LINE_BREAK', 'urban', 6.0);
INSERT INTO app_user VALUES (1, 'asha', 'Asha Kumari', 'scrypt$16384$8$1$AAAA$AAAA', 'admin', 1, 1,
  '2026-05-01 04:00:00.000000');
INSERT INTO officer VALUES (1, 'E1001', 'Ramesh Prasad', 'रमेश प्रसाद', 'JE', '+919835011111', NULL, NULL, 1);
INSERT INTO officer_feeder VALUES (1, 1);
INSERT INTO consumer VALUES (1, '101234567890', 'सुनील कुमार', '+919835012345', 'Thatheri Bazar', '',
  'near Hanuman mandir', 1, 1, '2026-05-01 04:10:00.000000');
INSERT INTO docket_counter VALUES (1, '2026-05-01', 3);
INSERT INTO complaint (id, centre_id, day, serial, docket, received_at, logged_at, logged_by_id,
  channel, channel_ref, forwarded_by_id, caller_name, caller_mobile, consumer_id, consumer_no,
  locality, address, landmark, feeder_id, dt_id, type_code, priority, description, status,
  sop_hours, sop_due_at, assigned_officer_id, assigned_at, attended_at, resolved_at,
  resolution_cause, resolution_note, verified_at, closed_at, callback_attempts, reopen_count,
  cancel_reason, version) VALUES
 (1, 1, '2026-05-01', 1, 'BXR-20260501-001', '2026-05-01 04:10:00.000000',
  '2026-05-01 04:10:30.000000', 1, 'phone', '', NULL, 'सुनील कुमार', '+919835012345', 1,
  '101234567890', 'Thatheri Bazar', '', 'near Hanuman mandir', 1, 1, 'FUSE_OFF', 0,
  'फ्यूज उड़ गया', 'new', 4.0, '2026-05-01 08:10:00.000000', NULL, NULL, NULL, NULL, '', '',
  NULL, NULL, 0, 0, '', 3),
 (2, 1, '2026-05-01', 2, 'BXR-20260501-002', '2026-05-01 05:00:00.000000',
  '2026-05-01 05:00:20.000000', 1, '1912', '', NULL, 'Mohan Singh', '+919835054321', NULL, '',
  'Sohni Patti', '', '', 1, NULL, 'LINE_BREAK', 1, 'wire on road', 'closed_verified', 6.0,
  '2026-05-01 11:00:00.000000', 1, '2026-05-01 05:10:00.000000', '2026-05-01 06:00:00.000000',
  '2026-05-01 07:00:00.000000', 'conductor joined', 'span replaced',
  '2026-05-01 08:00:00.000000', '2026-05-01 08:00:00.000000', 1, 0, '', 6),
 (3, 1, '2026-05-01', 3, 'BXR-20260501-003', '2026-05-01 06:00:00.000000',
  '2026-05-01 06:00:10.000000', 1, 'walk_in', '', NULL, 'Rita Devi', '+919835099999', NULL, '',
  'Sohni Patti', '', '', NULL, NULL, 'FUSE_OFF', 0, '', 'cancelled', 4.0,
  '2026-05-01 10:00:00.000000', NULL, NULL, NULL, NULL, '', '', NULL,
  '2026-05-01 06:20:00.000000', 0, 0, 'duplicate of BXR-20260501-002', 2);
INSERT INTO complaint_event (id, complaint_id, at, user_id, kind, data) VALUES
 (1, 1, '2026-05-01 04:10:30.000000', 1, 'logged', '{"docket": "BXR-20260501-001"}'),
 (2, 1, '2026-05-01 05:30:00.000000', 1, 'follow_up', '{"channel": "phone", "note": ""}'),
 (3, 1, '2026-05-01 06:30:00.000000', 1, 'follow_up', '{"channel": "phone", "note": ""}'),
 (4, 2, '2026-05-01 05:00:20.000000', 1, 'logged', '{"docket": "BXR-20260501-002"}'),
 (5, 2, '2026-05-01 05:10:00.000000', 1, 'assigned', '{"officer_id": 1}'),
 (6, 2, '2026-05-01 06:00:00.000000', 1, 'attended', '{}'),
 (7, 2, '2026-05-01 07:00:00.000000', 1, 'resolved', '{"cause": "conductor joined", "note": "span replaced"}'),
 (8, 2, '2026-05-01 08:00:00.000000', 1, 'callback', '{"outcome": "restored", "attempt": 1}'),
 (9, 2, '2026-05-01 08:00:00.000000', 1, 'closed', '{"status": "closed_verified", "verified": true}'),
 (10, 3, '2026-05-01 06:00:10.000000', 1, 'logged', '{"docket": "BXR-20260501-003"}'),
 (11, 3, '2026-05-01 06:20:00.000000', 1, 'cancelled', '{"reason": "duplicate of BXR-20260501-002"}');
"""


def main() -> int:
    TARGET.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{TARGET}")
    upgrade_to_head(engine, revision="0001")
    engine.dispose()
    conn = sqlite3.connect(TARGET)
    with conn:
        conn.executescript(ROWS)
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the repository
    conn.execute("VACUUM")
    conn.close()
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
