"""Backing up the store and restoring it: at shift end to a USB stick, or from the command
line (`fusecentre backup`, `fusecentre restore`).

A backup is a consistent copy taken while desks run (`db.backup`), checked by SQLite's
`integrity_check` before it is called a backup, with the counts of what it holds; the
anchor file goes beside it. Each backup is on record (who, when, where, what it holds), so
every desk can show when the store was last backed up.

A restore refuses a damaged backup or one from another version of the desk, and a store
that a desk still has open; the store it replaces is kept aside under a `.replaced-…`
name, never deleted. A PostgreSQL store is backed up on its server with `pg_dump` (see
docs/deploy-postgresql.md).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from fusecentre_app.db.backup import (
    CopyFailed,
    check_sqlite,
    copy_sqlite,
    read_uri,
    written_atomically,
)
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.migrate import head_revision
from fusecentre_app.db.models import AppUser, AuditRecord
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import LOCAL_TZ, utcnow
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.uow import Who, changing, permitted

log = logging.getLogger(__name__)
BACKED_UP = "store_backed_up"
RESTORED = "store_restored"
SERVER_BACKUP = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "A PostgreSQL store is backed up on its server with pg_dump (see "
        "docs/deploy-postgresql.md), not from a desk.",
    ),
)


@dataclass(frozen=True)
class Contents:
    complaints: int
    events: int
    schema: str


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int
    contents: Contents
    seconds: float
    on_record: bool  # False when the store itself could not take the record (read-only…)


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    path: Path
    by: str  # the person's name, or the command line's operating-system user


@dataclass(frozen=True)
class Restored:
    store: Path
    replaced: Path | None  # where the store that was there is kept
    contents: Contents


def anchors_of(path: Path) -> Path:
    return path.with_name(path.name + ".anchors")


def contents_of(path: Path) -> Contents:
    """What a desk store holds, read from the file itself."""
    conn = sqlite3.connect(read_uri(path), uri=True)
    try:
        complaints = conn.execute("SELECT count(*) FROM complaint").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM complaint_event").fetchone()[0]
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{path} is not a desk store ({exc})."),
                path=path,
                exc=exc,
            )
        ) from exc
    finally:
        conn.close()
    return Contents(int(complaints), int(events), str(schema))


def backup_name(db: Database, now: datetime) -> str:
    stem = db.path.stem if db.path is not None else "fusecentre"
    return f"{stem}-backup-{now.astimezone(LOCAL_TZ):%Y%m%d-%H%M%S}.sqlite"


def back_up(
    db: Database,
    out: Path,
    *,
    by: Who,
    progress: Callable[[int, int], None] | None = None,
) -> BackupMade:
    """Copy the store to `out` (a folder: a new dated file in it; else the file to make),
    check the copy, and put the backup on record. `progress` hears the pages copied so far
    and in all, as the copy goes (the check that follows is not counted)."""
    if db.path is None:
        raise ServiceError(SERVER_BACKUP)
    with db.read() as s:
        permitted(s, by, UseCase.BACK_UP)
    started = time.perf_counter()
    target = out / backup_name(db, utcnow()) if out.is_dir() else out
    if target.exists():
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "{target} already exists; choose another file or a folder."
                ),
                target=target,
            )
        )
    if not target.parent.is_dir():
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "There is no folder {parent}; choose one that exists."
                ),
                parent=target.parent,
            )
        )
    # The anchors first: a desk saving meanwhile anchors records the copy may not hold, and
    # anchors ahead of their copy would read as records removed. Behind it, they are sound.
    anchors = anchors_of(target)
    if db.anchors.path.exists():
        _copy_file(db.anchors.path, anchors)
    try:
        try:
            copy_sqlite(db.path, target, progress=progress)
        except CopyFailed as exc:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "No backup was made: {exc}."),
                    exc=exc,
                )
            ) from exc
        try:
            problems = check_sqlite(target, full=True)
            contents = contents_of(target) if not problems else None
        except sqlite3.Error as exc:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "No backup was made: the copy could not be read ({exc})."
                    ),
                    exc=exc,
                )
            ) from exc
        if problems or contents is None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "No backup was made: the copy failed its check "
                        "({problems}); the store itself may be "
                        "damaged, so tell the supervisor.",
                    ),
                    problems=problems[0],
                )
            )
    except BaseException:
        target.unlink(missing_ok=True)
        anchors.unlink(missing_ok=True)
        raise
    size = target.stat().st_size
    seconds = time.perf_counter() - started
    on_record = True
    try:
        with changing(db, by, UseCase.BACK_UP) as c:
            c.record(
                BACKED_UP,
                data={
                    "file": str(target),
                    "bytes": size,
                    "complaints": contents.complaints,
                    "events": contents.events,
                },
            )
    except ServiceError:
        log.exception("backup %s made but not put on record", target)
        on_record = False
    log.info("backed up %s to %s in %.1f s", db.path, target, seconds)
    return BackupMade(target, size, contents, seconds, on_record)


def _copy_file(source: Path, target: Path) -> None:
    try:
        with written_atomically(target) as partial:
            shutil.copyfile(source, partial)
    except OSError as exc:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Cannot copy {name} to {parent}: {exc}."),
                name=source.name,
                parent=target.parent,
                exc=exc,
            )
        ) from exc


def last_backup(db: Database) -> LastBackup | None:
    """The latest backup on record, if any."""
    query = (
        select(AuditRecord.at, AuditRecord.data, AuditRecord.user_id, AppUser.full_name)
        .outerjoin(AppUser, AppUser.id == AuditRecord.user_id)
        .where(AuditRecord.kind == BACKED_UP)
        .order_by(AuditRecord.id.desc())
        .limit(1)
    )
    with db.read() as s:
        row = s.execute(query).first()
    if row is None:
        return None
    by = row.full_name or str((row.data or {}).get("via", ""))
    return LastBackup(row.at, Path(str(row.data.get("file", ""))), by)


def _refuse_open_store(store: Path) -> None:
    """A store some desk has open cannot leave the WAL mode; one nobody has open can."""
    try:
        conn = sqlite3.connect(store, timeout=0)
    except sqlite3.Error as exc:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Cannot open {store}: {exc}."),
                store=store,
                exc=exc,
            )
        ) from exc
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A desk (or another program) has {store} open: "
                    "close every desk on this store, then "
                    "restore again. Nothing was changed.",
                ),
                store=store,
            )
        ) from exc
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Cannot take {store} out of use (journal mode {mode})."
                ),
                store=store,
                mode=mode,
            )
        )


def restore(backup: Path, store: Path, *, by: Who) -> Restored:
    """Put `backup` in the place of the SQLite store `store` (see the module)."""
    if not backup.is_file():
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no backup {backup}."),
                backup=backup,
            )
        )
    problems = check_sqlite(backup, full=True)
    if problems:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{backup} is damaged ({problems}); nothing was restored: use an older backup.",
                ),
                backup=backup,
                problems=problems[0],
            )
        )
    contents = contents_of(backup)
    if contents.schema != head_revision():
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{backup} is at schema {schema} and this version's "
                    "is {head}: restore it with the "
                    "version of the desk that made it, then upgrade.",
                ),
                backup=backup,
                schema=contents.schema,
                head=head_revision(),
            )
        )
    if store.exists() and store.resolve() == backup.resolve():
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "The backup and the store are the same file."))
        )
    replaced = None
    if store.exists():
        _refuse_open_store(store)
        stamp = datetime.now(LOCAL_TZ).strftime("%Y%m%d-%H%M%S")
        replaced = store.with_name(f"{store.stem}.replaced-{stamp}{store.suffix}")
        os.replace(store, replaced)
        if anchors_of(store).exists():
            os.replace(anchors_of(store), anchors_of(replaced))
    try:
        copy_sqlite(backup, store)
    except CopyFailed as exc:
        if replaced is not None:  # put the store back as it was
            os.replace(replaced, store)
            if anchors_of(replaced).exists():
                os.replace(anchors_of(replaced), anchors_of(store))
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Nothing was restored: {exc}."),
                exc=exc,
            )
        ) from exc
    if anchors_of(backup).exists():
        _copy_file(anchors_of(backup), anchors_of(store))
    db = open_database(store, create=False, migrate=False)
    try:
        with changing(db, by, UseCase.RESTORE) as c:
            c.record(
                RESTORED,
                data={"from": str(backup), "replaced": str(replaced) if replaced else ""},
            )
            c.force_anchor = True
    finally:
        db.dispose()
    return Restored(store, replaced, contents)
