"""Running a report as a program (`python -m fusecentre_app.reports.register …`): the store
opened as it is, read, the PDF written, and any failure one line on stderr with status 1.

Printing only reads: the store is never upgraded here (the desk does that, after a backup),
and the migration machinery is not even loaded, which keeps a printing process quick.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

_Data = TypeVar("_Data")


def print_from_store(
    name: str,
    target: str | None,
    gather: Callable[..., _Data],
    render: Callable[[_Data], str],
) -> int:
    """`gather(db)` the data, then `render(data)` (writes the PDF, returns the line to
    print); 0 on success, 1 with one line on stderr otherwise."""
    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.engine import Database, make_engine
    from fusecentre_app.db.urls import resolve_url, sqlite_path
    from fusecentre_app.services.errors import ServiceError

    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        print(f"{name}: there is no database at {path}", file=sys.stderr)
        return 1
    try:
        db = Database(url, make_engine(url))
        try:
            data = gather(db)
        finally:
            db.dispose()
        line = render(data)
    except (ServiceError, OSError) as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        print(f"{name}: cannot read the database ({reason})", file=sys.stderr)
        return 1
    print(line)
    return 0
