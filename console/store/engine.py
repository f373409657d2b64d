"""One engine factory per back-end and one unit of work.

SpatiaLite: the extension loaded (GeoAlchemy2's plugin), foreign keys on, WAL, and write
transactions that take the write lock up front (``BEGIN IMMEDIATE``) so that two processes
never deadlock upgrading a read lock. PostGIS: UTC sessions, pre-ping for dropped links.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console.domain.errors import ConnectionLost, InvalidInput


def default_url() -> str:
    env = os.environ.get("CONSOLE_DB")
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'city-console' / 'console.sqlite'}"


def is_sqlite(url_or_engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(str(url_or_engine))
    return url.get_backend_name() == "sqlite"


def _sqlite_engine(url) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # Debian's libsqlite3-mod-spatialite installs mod_spatialite on the loader's path.
    os.environ.setdefault("SPATIALITE_LIBRARY_PATH", "mod_spatialite")
    # One transaction for InitSpatialMetaData: seconds instead of minutes on a new file.
    url = url.update_query_dict({"geoalchemy2_connect_sqlite_transaction": "true"})
    engine = create_engine(
        url, plugins=["geoalchemy2"], connect_args={"timeout": 30, "isolation_level": None}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgres_engine(url) -> Engine:
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    engine = create_engine(
        url, plugins=["geoalchemy2"], pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"}
    )
    return engine


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(str(url))
    except Exception as exc:
        raise InvalidInput(f"not a database URL: {url!r} ({exc})", code="invalid_database_url",
                           url=str(url)) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        return _postgres_engine(parsed)
    raise InvalidInput(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://...",
                       code="unsupported_database", backend=backend)


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # the connection may be gone; the server rolls back on its own
        pass


class Database:
    """An engine plus sessions; the composition root creates one per process."""

    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = str(url or default_url())
        self.engine = engine or make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self, write: bool = True) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            if write:
                session.connection(execution_options={"write": True})
            yield session
            session.commit()
        except OperationalError as exc:
            _rollback_quietly(session)
            if not self.is_sqlite:  # the server went away (restart, network): a typed error
                raise ConnectionLost(f"the database is unreachable: {str(exc.orig).strip()}",
                                     code="connection_lost",
                                     reason=str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "") from exc
            raise
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.unit_of_work(write=False) as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
