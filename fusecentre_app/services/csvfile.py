"""CSV files the office opens in a spreadsheet: UTF-8 with a BOM (so Excel shows Hindi),
CRLF rows, written beside the target and moved into place when complete, and no cell that a
spreadsheet would run as a formula."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.spreadsheet import FORMULA_START, inert
from fusecentre_app.services.errors import ServiceError

__all__ = ["FORMULA_START", "inert", "write_csv"]


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([inert(cell) for cell in row])
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name}: cannot be written ({reason}); if it is open "
                    "in a spreadsheet, close it and "
                    "try again.",
                ),
                name=path.name,
                reason=exc.strerror or exc,
            )
        ) from exc
