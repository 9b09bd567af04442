"""What one desk (this PC, this Windows or Linux account) remembers for itself rather than
for the division: the interface language its clerk chose. It is a preference of the person
at the screen, not a record, so it lives in a small file in the per-user config folder and
never in the store (the division's settings, with their audit, are in `settings.py`)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from platformdirs import user_config_dir

log = logging.getLogger(__name__)

LANGUAGE_CODES = ("en", "hi")


def prefs_path() -> Path:
    return Path(user_config_dir("fusecentre", appauthor=False)) / "desk.json"


def _read() -> dict[str, object]:
    try:
        found = json.loads(prefs_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("desk preferences unreadable, ignored: %s", prefs_path(), exc_info=True)
        return {}
    return found if isinstance(found, dict) else {}


def remembered_language() -> str | None:
    """The language last chosen in Help → Language on this desk, or None (the system's)."""
    code = _read().get("language")
    return code if code in LANGUAGE_CODES else None


def remember_language(code: str | None) -> None:
    """Keep the choice for the next start (None: follow the system again). Written whole to
    a new file and moved into place, so a power cut leaves the old choice or the new one."""
    if code is not None and code not in LANGUAGE_CODES:
        raise ValueError(f"no interface language {code!r}")
    prefs = _read()
    prefs["language"] = code
    path = prefs_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_suffix(".tmp")
    fresh.write_text(json.dumps(prefs, ensure_ascii=False), encoding="utf-8")
    os.replace(fresh, path)
