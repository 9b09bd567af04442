"""Alembic, driven from code: upgrades run at start-up, after the SQLite file is copied aside
(once per upgrade); a store from a newer version is refused before anything is copied.

Whether a store is up to date is read without Alembic (a tenth of a second of imports at
every start): the store's revision with one query, this version's revisions from the first
lines of the migration files. Alembic itself is loaded only when there is an upgrade to run.
"""

from __future__ import annotations

import functools
import logging
import re
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError

from fusecentre_app import __version__
from fusecentre_app.db.backup import CopyFailed, check_sqlite, copy_sqlite, read_uri
from fusecentre_app.db.urls import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    # Alembic's options are configparser values: a "%" (a quoted "#" or space in a path or
    # URL) is written "%%".
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"$', re.MULTILINE)
_DOWN = re.compile(r'^down_revision(?:: [^=]+)? = (?:None|"([^"]+)")$', re.MULTILINE)


@functools.cache
def _revisions() -> dict[str, str | None]:
    """This version's revisions, each with the one it follows, read from the migration files
    as Alembic's template writes them; empty if any file says it otherwise (a merge of two
    heads), and then Alembic is asked."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            return {}
        found[revision.group(1)] = down.group(1)
    return found


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    revisions = _revisions()
    heads = set(revisions) - set(revisions.values())
    if len(heads) == 1:
        return heads.pop()
    head = _script_directory().get_current_head()
    assert head is not None
    return str(head)


def known_revision(revision: str | None) -> bool:
    """Whether this version's migrations know `revision` (a newer version's are unknown)."""
    if revision is None:
        return True
    if revisions := _revisions():
        return revision in revisions
    from alembic.util import CommandError

    try:
        return _script_directory().get_revision(revision) is not None
    except CommandError:  # "Can't locate revision identified by …"
        return False


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision (None for a store with no tables yet), as Alembic keeps
    it in its one-row table."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        found = [str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(found) > 1:
        raise RuntimeError(f"the store names several schema revisions: {', '.join(found)}")
    return found[0] if found else None


class StoreTooNew(Exception):
    """The store's schema is one this version does not know: a newer desk made it."""

    def __init__(self, revision: str | None, version: str | None) -> None:
        self.revision, self.version = revision, version
        made_by = f"version {version}" if version else "a newer version"
        super().__init__(
            f"this store was made by {made_by} of the desk (schema {revision}; this is "
            f"version {__version__}): install {'it' if version else 'that version'} to open it"
        )


def refuse_unknown(engine: Engine, revision: str | None) -> None:
    """Raise `StoreTooNew` for a store whose schema this version's migrations do not know."""
    if not known_revision(revision):
        version = stamped_version(engine)
        if version is not None and _version_number(version) <= _version_number(__version__):
            version = None  # stamped by this version or an older one, then changed by another
        raise StoreTooNew(revision, version)


# The version that last changed a store's schema, kept where the schema is: SQLite's
# `user_version` (an integer: 1.2.3 is 1002003), a comment on PostgreSQL's version table.
def _version_number(version: str) -> int:
    parts = [int(p) if p.isdigit() else 0 for p in version.split(".")[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def stamp_version(conn: Connection, version: str = __version__) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version = {_version_number(version)}")
    elif conn.dialect.name == "postgresql":
        text = f"fusecentre {version}".replace("'", "''")  # a statement takes no parameters
        conn.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS '{text}'")


def stamped_version(engine: Engine) -> str | None:
    """The desk version that last upgraded the store, if it said."""
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                number = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
                if not number:
                    return None
                return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"
            if conn.dialect.name == "postgresql":
                text = conn.exec_driver_sql(
                    "SELECT obj_description('alembic_version'::regclass, 'pg_class')"
                ).scalar()
                if isinstance(text, str) and text.startswith("fusecentre "):
                    return text.removeprefix("fusecentre ")
    except SQLAlchemyError:
        log.warning("could not read the version that made the store", exc_info=True)
    return None


def _fingerprint(path: Path) -> tuple[object, ...] | None:
    """What a copy must share with the store to be the same records: the schema, and the
    size and heads of every table that grows with each change (None if unreadable)."""
    try:
        conn = sqlite3.connect(read_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        found: list[object] = [conn.execute("SELECT version_num FROM alembic_version").fetchall()]
        for table in _GROWING:
            if table in tables:
                found.append(conn.execute(f"SELECT count(*), max(rowid) FROM {table}").fetchone())
        for table in ("chain_head", "audit_head"):
            if table in tables:
                found.append(conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall())
        return tuple(found)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


_GROWING = ("complaint", "complaint_event", "audit_record", "register_print", "app_user")


def aside_path(path: Path, revision: str, target: str) -> Path:
    """Where a store is copied before its upgrade from `revision` to `target`: one name per
    upgrade, so trying again never adds another copy."""
    return path.with_name(f"{path.stem}.before-{revision}-to-{target}{path.suffix}")


def backup_sqlite(engine: Engine, revision: str | None, target: str | None = None) -> Path | None:
    """Copy a SQLite store aside (consistently, WAL included) before changing its schema.

    Once per upgrade: a sound copy of the same records from an earlier attempt is kept as it
    is; otherwise the copy is made afresh under the same name. The copy is refused before a
    byte is written when the disk has no room for it (a full disk is not filled further)."""
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None or not path.exists() or revision is None:
        return None
    aside = aside_path(path, revision, target or head_revision())
    if aside.exists() and not check_sqlite(aside) and _fingerprint(aside) == _fingerprint(path):
        log.info("%s already holds %s as it is; no new copy", aside, path)
        return aside
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    free = shutil.disk_usage(path.parent).free
    if free < size + (1 << 20):
        raise CopyFailed(
            f"the disk holding {path.parent} is full: copying the store aside before the "
            f"upgrade needs {size / 2**20:.0f} MB and {free / 2**20:.0f} MB are free"
        )
    copy_sqlite(path, aside)
    log.info("copied %s to %s before upgrading", path, aside)
    return aside


def _dbapi(conn: Connection) -> DBAPIConnection:
    """The driver's own connection under a SQLAlchemy one that is open."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # only a closed or invalidated connection has none
    return dbapi


def upgrade_to_head(engine: Engine, revision: str = "head") -> Path | None:
    """Apply pending migrations; returns the backup made, if any."""
    current = current_revision(engine)
    refuse_unknown(engine, current)  # before anything is copied or changed
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = backup_sqlite(engine, current, target)
    from alembic import command

    config = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations rebuild tables (copy, drop, rename), and dropping a table
            # that others reference fails while foreign keys are enforced. The switch only
            # works outside a transaction; the keys are checked before the upgrade commits.
            _dbapi(conn).execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                stamp_version(conn)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"upgrade left a broken reference: {tuple(broken)}")
        finally:
            if sqlite:
                _dbapi(conn).execute("PRAGMA foreign_keys = ON")
    return backup
