"""audit_origin: who made an audit event (person) and the bundle it arrived in (issue 10/15)

Revision ID: 0006_audit_origin
Revises: 0005_review_notes
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_origin"
down_revision = "0005_review_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs, in place on SQLite and PostgreSQL. Older events keep both empty: the
    # History panels then name the device only, and "made here or before this was recorded".
    op.add_column("audit_events", sa.Column("person", sa.String(length=200), nullable=True))
    op.add_column("audit_events", sa.Column("bundle_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_events", "bundle_id")
    op.drop_column("audit_events", "person")
