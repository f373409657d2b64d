"""The seeds' workflow rules (issue 7): verification and inspection orders, return requests,
two tiers, 督办 records, 代处理, merges, callers and callbacks

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_CASE_COLUMNS = (
    ("handling_district", sa.String(length=6), None),
    ("ordered_inspector", sa.String(length=64), None),
    ("return_reason", sa.Text(), None),
    ("proxy_handling", sa.Boolean(), sa.false()),
    ("merged_into", sa.String(length=10), None),
    ("urge_reply_deadline", console.store.types.UTCDateTime(), None),
    ("caller_name", sa.String(length=64), None),
    ("caller_phone", sa.String(length=32), None),
    ("reply_wanted", sa.Boolean(), sa.false()),
    ("callback_contact", sa.String(length=10), None),
    ("callback_satisfaction", sa.String(length=12), None),
    ("callback_at", console.store.types.UTCDateTime(), None),
)


def upgrade() -> None:
    # plain ADD COLUMNs: a batch "move and copy" would lose SpatiaLite's geometry registration
    for name, type_, default in _CASE_COLUMNS:
        op.add_column("case_file", sa.Column(name, type_, nullable=default is None,
                                             server_default=default))
    op.create_index(op.f("ix_case_file_merged_into"), "case_file", ["merged_into"])
    op.create_table(
        "case_urge",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("department_code", sa.String(length=32), nullable=True),
        sa.Column("reply_deadline", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("answered_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("answered_by", sa.String(length=64), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_urge_case_id_case_file")),
        sa.ForeignKeyConstraint(["event_id"], ["case_event.id"], name=op.f("fk_case_urge_event_id_case_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_urge")),
    )
    op.create_index(op.f("ix_case_urge_case_id"), "case_urge", ["case_id"])
    op.create_index(op.f("ix_case_urge_at"), "case_urge", ["at"])
    op.create_table(
        "case_reporter",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("from_case_id", sa.String(length=36), nullable=True),
        sa.Column("from_case_code", sa.String(length=10), nullable=True),
        sa.Column("reporter", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("caller_name", sa.String(length=64), nullable=True),
        sa.Column("caller_phone", sa.String(length=32), nullable=True),
        sa.Column("reply_wanted", sa.Boolean(), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"], name=op.f("fk_case_reporter_case_id_case_file")),
        sa.ForeignKeyConstraint(["from_case_id"], ["case_file.id"],
                                name=op.f("fk_case_reporter_from_case_id_case_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_reporter")),
    )
    op.create_index(op.f("ix_case_reporter_case_id"), "case_reporter", ["case_id"])


def downgrade() -> None:
    op.drop_table("case_reporter")
    op.drop_table("case_urge")
    op.drop_index(op.f("ix_case_file_merged_into"), table_name="case_file")
    for name, _type, _default in reversed(_CASE_COLUMNS):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE case_file DROP COLUMN {name}")  # SQLite ≥ 3.35
        else:
            op.drop_column("case_file", name)
