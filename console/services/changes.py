"""The change feed: every write appends here in the same transaction (DESIGN §6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from console.store.engine import Database
from console.store.models import ChangeLog


def record_change(session: Session, table: str, row_id: str, op: str, actor: str | None,
                  at: datetime | None = None) -> None:
    """Append to the feed. On PostgreSQL the row lock of ``change_feed_lock``, held until
    commit, makes sequence order equal commit order, so a reader that saw seq N never later
    finds an N-1 committed behind it (SQLite serialises writers anyway). It is a row lock,
    not an advisory lock: taking it needs UPDATE on that table, which only the server's role
    has, so no workstation can stall the writers by holding it."""
    order_writes(session)
    session.execute(insert(ChangeLog), [{"table_name": table, "row_id": row_id, "op": op,
                                         "actor": actor, "at": at or datetime.now(UTC)}])


def order_writes(session: Session) -> None:
    """Take the feed's row lock until commit (PostgreSQL): every sequence allocated after it
    (the change feed, the webhook outbox) is then in commit order. Taking it twice in one
    transaction costs nothing."""
    if session.bind.dialect.name == "postgresql":
        session.execute(text("UPDATE change_feed_lock SET writes = writes + 1 WHERE id = 1"))


@dataclass(frozen=True)
class Change:
    seq: int
    table: str
    row_id: str
    op: str
    actor: str | None


def latest_seq(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))


def changes_since(db: Database, seq: int, limit: int = 10_000) -> list[Change]:
    with db.read() as s:
        rows = s.execute(
            select(ChangeLog).where(ChangeLog.seq > seq).order_by(ChangeLog.seq).limit(limit)
        ).scalars()
        return [Change(r.seq, r.table_name, r.row_id, r.op, r.actor) for r in rows]
