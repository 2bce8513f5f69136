"""fewer indexes to write per submitted response: the answers' unique (response_id, question_id)
index serves lookups by response; one (consultation_id, submitted_at) index replaces two

Revision ID: 0006b
Revises: 0006
Create Date: 2026-11-24 13:50:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0006b'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('consultation_answers', schema=None) as batch_op:
        batch_op.drop_index('ix_consultation_answers_response_id')
    with op.batch_alter_table('consultation_responses', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_responses_consultation_submitted', ['consultation_id', 'submitted_at'], unique=False)
        batch_op.drop_index('ix_consultation_responses_consultation_id')
        batch_op.drop_index('ix_consultation_responses_submitted_at')


def downgrade():
    with op.batch_alter_table('consultation_responses', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_responses_submitted_at', ['submitted_at'], unique=False)
        batch_op.create_index('ix_consultation_responses_consultation_id', ['consultation_id'], unique=False)
        batch_op.drop_index('ix_consultation_responses_consultation_submitted')
    with op.batch_alter_table('consultation_answers', schema=None) as batch_op:
        batch_op.create_index('ix_consultation_answers_response_id', ['response_id'], unique=False)
