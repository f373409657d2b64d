"""gis_edit: append-only audit of component (GIS layer) edits

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

import console.store.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gis_edit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_code", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gis_edit")),
    )
    op.create_index(op.f("ix_gis_edit_at"), "gis_edit", ["at"])
    op.create_index(op.f("ix_gis_edit_row_code"), "gis_edit", ["row_code"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER gis_edit_append_only BEFORE UPDATE OR DELETE ON gis_edit "
                   "FOR EACH ROW EXECUTE FUNCTION console_append_only()")
    else:
        for what in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER gis_edit_no_{what.lower()} BEFORE {what} ON gis_edit "
                       f"BEGIN SELECT RAISE(ABORT, 'gis_edit is append-only: {what} refused'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS gis_edit_append_only ON gis_edit")
    else:
        op.execute("DROP TRIGGER IF EXISTS gis_edit_no_update")
        op.execute("DROP TRIGGER IF EXISTS gis_edit_no_delete")
    op.drop_table("gis_edit")
