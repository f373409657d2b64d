"""One server guards the database (issue 8): login tokens, atomic login throttling, a feed
lock no workstation role can take, and deadlines estimated beyond the work calendar

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_token",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", console.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    op.create_index(op.f("ix_api_token_user_name"), "api_token", ["user_name"])
    op.create_table(
        "login_throttle",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", console.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_throttle")),
    )
    op.create_index(op.f("ix_login_throttle_user_name"), "login_throttle", ["user_name"])
    op.create_table(
        "change_feed_lock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("writes", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_feed_lock")),
    )
    op.execute("INSERT INTO change_feed_lock (id, writes) VALUES (1, 0)")
    # a plain ADD COLUMN: a batch "move and copy" would lose SpatiaLite's geometry registration
    op.add_column("case_file", sa.Column("deadline_estimated", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE case_file DROP COLUMN deadline_estimated")  # SQLite ≥ 3.35
    else:
        op.drop_column("case_file", "deadline_estimated")
    op.drop_table("change_feed_lock")
    op.drop_table("login_throttle")
    op.drop_table("api_token")
