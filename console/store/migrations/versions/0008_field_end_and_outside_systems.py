"""The field end of the loop (issue 9): outside systems with their own keys and rate limits,
the webhook outbox, exactly-once request keys, and the system a case came from

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "api_system",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=64), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("rate_per_minute", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("webhook_url", sa.String(length=512), nullable=True),
        sa.Column("webhook_secret", sa.String(length=128), nullable=True),
        sa.Column("delivered_seq", _SEQ, nullable=False),
        sa.Column("webhook_attempts", sa.Integer(), nullable=False),
        sa.Column("webhook_next_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("webhook_last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_api_system")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_api_system_key_hash")),
    )
    op.create_table(
        "api_rate",
        sa.Column("system", sa.String(length=32), nullable=False),
        sa.Column("window_start", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("system", name=op.f("pk_api_rate")),
    )
    op.create_table(
        "webhook_event",
        sa.Column("seq", _SEQ, autoincrement=True, nullable=False),
        sa.Column("system", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("case_code", sa.String(length=10), nullable=False),
        sa.Column("event_seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_webhook_event")),
    )
    op.create_index(op.f("ix_webhook_event_system"), "webhook_event", ["system"])
    op.create_index(op.f("ix_webhook_event_at"), "webhook_event", ["at"])
    op.create_table(
        "request_key",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_request_key")),
    )
    op.create_index(op.f("ix_request_key_at"), "request_key", ["at"])
    # a plain ADD COLUMN: a batch "move and copy" would lose SpatiaLite's geometry registration
    op.add_column("case_file", sa.Column("origin_system", sa.String(length=32), nullable=True))
    op.create_index(op.f("ix_case_file_origin_system"), "case_file", ["origin_system"])
    # the phone's "my reports" and recent classes look a user's reports up
    op.create_index(op.f("ix_case_file_reporter"), "case_file", ["reporter"])
    if op.get_bind().dialect.name == "postgresql":
        # photos and voice notes are compressed already: TOAST's compression of every 1 MB
        # photo only burns CPU inside the write transaction (measured: halves a report's time)
        op.execute("ALTER TABLE attachment ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE attachment ALTER COLUMN data SET STORAGE EXTENDED")
    op.drop_index(op.f("ix_case_file_reporter"), table_name="case_file")
    op.drop_index(op.f("ix_case_file_origin_system"), table_name="case_file")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE case_file DROP COLUMN origin_system")  # SQLite ≥ 3.35
    else:
        op.drop_column("case_file", "origin_system")
    op.drop_table("request_key")
    op.drop_table("webhook_event")
    op.drop_table("api_rate")
    op.drop_table("api_system")
