"""sync state: the hub enrollment, parked events, received items, announcements

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 08:30:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_url', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('center_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('center_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('device_key', sa.LargeBinary(), nullable=False),
    sa.Column('hub_keys', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('protocol', sa.Integer(), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('feed_cursor', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('counted_through', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('enrolled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_attempt_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('last_success_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_parked',
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('parked_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_sync_parked'))
    )
    op.create_table('sync_received',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('position', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('payload', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('applied_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('apply_error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_received')),
    sa.UniqueConstraint('kind', 'key', name=op.f('uq_sync_received_kind'))
    )
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_received_kind'), ['kind'], unique=False)

    op.create_table('sync_announcement',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('body', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('published_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_announcement'))
    )


def downgrade() -> None:
    op.drop_table('sync_announcement')
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_received_kind'))
    op.drop_table('sync_received')
    op.drop_table('sync_parked')
    op.drop_table('sync_state')
