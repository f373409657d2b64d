"""case_file.warn_at: when the running stage's deadline light turns yellow

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch "move and copy" would lose SpatiaLite's geometry registration
    op.add_column("case_file", sa.Column("warn_at", console.store.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE case_file DROP COLUMN warn_at")  # SQLite ≥ 3.35
    else:
        op.drop_column("case_file", "warn_at")
