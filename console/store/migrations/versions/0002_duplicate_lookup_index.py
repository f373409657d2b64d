"""index for the duplicate look-up at registration (same class within 50 m)

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_file_class_xy", "case_file", ["class_code", "x", "y"])


def downgrade() -> None:
    op.drop_index("ix_case_file_class_xy", table_name="case_file")
