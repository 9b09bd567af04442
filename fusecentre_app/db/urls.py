"""Where a store is: `--db` (a file path or a SQLAlchemy URL), `$FUSECENTRE_DB_URL`, or the
default SQLite file in the per-user data folder; and the file behind a SQLite URL."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import URL, make_url

ENV_URL = "FUSECENTRE_DB_URL"


def default_db_path() -> Path:
    return Path(user_data_dir("fusecentre", appauthor=False)) / "fusecentre.sqlite"


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from `--db` (a path or a URL), `FUSECENTRE_DB_URL`, or the default."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_URL) or default_db_path()
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    # Built, not formatted: a folder named "Centre #1" or "c%20x" is a path, not URL syntax.
    path = str(Path(text).expanduser().resolve())
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None  # a SQLite URI (e.g. read-only mode): opened as given, never created

    return Path(parsed.database)


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, also one given as a URI (a read-only store)."""
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not database.startswith("file:"):
        return sqlite_path(url)
    return Path(database[5:].split("?", 1)[0])
