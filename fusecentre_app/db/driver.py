"""A few hot statements run on the driver's own cursor, inside a Core transaction.

SQLAlchemy spends tens of microseconds on each execute (an execution context, the cache
key, the result's metadata) before the driver is reached; for the handful of statements a
complaint's save makes that is most of the save. A `DriverStatement` is a Core statement
compiled once per dialect (its SQL text, its parameters in the driver's order) together with
the bind processor of each parameter's column type, fetched once: per call it turns the
values into what the column type would have given the driver (UTC datetimes as SQLite text,
JSON as text, days as ISO text) and runs the SQL on the cursor of the pool's connection that
holds the transaction (`Database.write_on_driver`). What is written is what the Core
statement would have written; a test compares the rows byte for byte.

Driver errors come out as SQLAlchemy's (`sqlalchemy.exc.DBAPIError` and its kinds), so the
unit of work maps them to the same calm sentences as any other write.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


class DriverStatement:
    """One Core statement, compiled for one dialect, run on the driver's cursor."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler):
            raise TypeError("a driver statement is a SQL statement")
        self.sql = compiled.string
        self.dialect = dialect
        types = {name: bind.type for bind, name in compiled.bind_names.items()}
        required = {name: None for bind, name in compiled.bind_names.items() if bind.required}
        self._base = dict(compiled.construct_params(required) or {})  # the statement's own literals
        self._processors: dict[str, Callable[[Any], Any]] = {}
        for name, type_ in types.items():
            processor = type_.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self._processors[name] = processor
        positions: Sequence[str] | None = compiled.positiontup
        self._positions = tuple(positions) if dialect.positional and positions else None

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """The values as the driver takes them (a tuple or a dict, by the driver's style)."""
        params = {**self._base, **values}
        for name, processor in self._processors.items():
            params[name] = processor(params[name])
        if self._positions is not None:
            return tuple(params[name] for name in self._positions)
        return params

    def run(self, conn: PoolProxiedConnection, cursor: Any, values: Mapping[str, Any]) -> Any:
        """Execute on `cursor` (of the pool's connection `conn`); returns the first row."""
        params = self.parameters(values)
        try:
            cursor.execute(self.sql, params)
            return cursor.fetchone() if cursor.description is not None else None
        except self.dialect.loaded_dbapi.Error as exc:
            if self.dialect.is_disconnect(exc, conn.dbapi_connection, cursor):
                conn.invalidate(exc)
            raise DBAPIError.instance(
                self.sql, params, exc, self.dialect.loaded_dbapi.Error, dialect=self.dialect
            ) from exc


class DriverStatements:
    """A statement compiled once for each dialect it is run on."""

    def __init__(self, build: Callable[[str], ClauseElement]) -> None:
        self._build = build
        self._compiled: WeakKeyDictionary[Dialect, DriverStatement] = WeakKeyDictionary()

    def on(self, dialect: Dialect) -> DriverStatement:
        found = self._compiled.get(dialect)
        if found is None:
            found = self._compiled[dialect] = DriverStatement(self._build(dialect.name), dialect)
        return found
