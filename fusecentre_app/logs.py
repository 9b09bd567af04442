"""Where the desk writes down what went wrong: a rotating log file in the per-user log
folder, so that an unexpected failure is kept with its traceback while the clerk sees one
calm sentence naming this file."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

ENV_LOG_DIR = "FUSECENTRE_LOG_DIR"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handler: RotatingFileHandler | None = None


def log_path() -> Path:
    folder = os.environ.get(ENV_LOG_DIR) or user_log_dir("fusecentre", appauthor=False)
    return Path(folder) / "fusecentre.log"


def configure_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file (1 MB, five old files kept); returns its path. Idempotent."""
    global _handler
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _handler = handler
    return path
