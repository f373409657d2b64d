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

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from console.domain.errors import ConnectionLost, DatabaseError, InvalidInput


def default_url() -> str:
    env = os.environ.get("CONSOLE_DB")
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'city-console' / 'console.sqlite'}"


def is_sqlite(url_or_engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(str(url_or_engine))
    return url.get_backend_name() == "sqlite"


def _create_private(path: Path) -> None:
    """An embedded database is one user's: a new file (and the -wal/-shm files SQLite gives
    the same mode) is readable by its owner only, so another account of the machine cannot
    read the password hashes or write around the workflow."""
    if path.exists():
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # another process made it first


def _sqlite_engine(url) -> Engine:
    if url.database and url.database != ":memory:":
        _create_private(Path(url.database))
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


#: seconds to wait for a PostgreSQL server to accept a connection (the URL may set its own)
CONNECT_TIMEOUT_S = 10


def _postgres_engine(url) -> Engine:
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    connect_args = {"options": "-c timezone=UTC"}
    if "connect_timeout" not in url.query:  # a host that does not answer: fail, do not hang
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    engine = create_engine(url, plugins=["geoalchemy2"], pool_pre_ping=True,
                           connect_args=connect_args)
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


#: PostgreSQL's answers to a write that waited too long (SQLSTATE): a lock held elsewhere
#: (``lock_timeout``) or a statement that ran too long (``statement_timeout``).
_TIMEOUT_STATES = {"55P03": "lock_timeout", "57014": "statement_timeout"}


def _timeout_of(exc: OperationalError) -> str | None:
    return _TIMEOUT_STATES.get(getattr(exc.orig, "sqlstate", None) or "")


def connection_lost(exc: BaseException) -> ConnectionLost | None:
    """The typed error for a PostgreSQL server that cannot be reached (down, wrong host or
    port, refused login, dropped link), or None for any other error. For the paths that talk
    to the database outside a unit of work (the schema check, migrations) and the CLI's last
    resort: each says ``connection_lost`` as the README promises, never a driver traceback."""
    if not isinstance(exc, OperationalError) or _timeout_of(exc) is not None:
        return None
    if not type(exc.orig).__module__.startswith("psycopg"):
        return None  # SQLite's OperationalError is a busy or broken file, not a lost link
    detail = (str(exc.orig).strip().splitlines() or [""])[0]
    return ConnectionLost(f"the database is unreachable ({detail}): check that the PostgreSQL "
                          "server runs and the URL's host and port", code="connection_lost",
                          reason=detail)


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # the connection may be gone; the server rolls back on its own
        pass


class Database:
    """An engine plus sessions; the composition root creates one per process."""

    #: PostgreSQL write transactions give up instead of hanging: a row or table lock held
    #: elsewhere (an idle session, a stuck client) for longer than the first, or one statement
    #: running longer than the second, ends the transaction with ``database_busy``. Set per
    #: transaction (``SET LOCAL``) whatever role the URL names; ``console_app`` also has them
    #: as role defaults. Migrations (``schema.upgrade``) do not run in a unit of work.
    write_timeouts: tuple[str, str] | None = ("5s", "30s")

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
                if self.write_timeouts and not self.is_sqlite:
                    session.execute(text("SELECT set_config('lock_timeout', :lock, true), "
                                         "set_config('statement_timeout', :statement, true)"),
                                    {"lock": self.write_timeouts[0], "statement": self.write_timeouts[1]})
            yield session
            session.commit()
        except OperationalError as exc:
            _rollback_quietly(session)
            if (timeout := _timeout_of(exc)) is not None:  # the server answered: not a lost link
                raise DatabaseError(f"the database is busy: the write waited longer than its "
                                    f"{timeout} and was rolled back; try again",
                                    code="database_busy", reason=timeout) from exc
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
