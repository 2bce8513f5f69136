"""The checked-in migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import current_app
from sqlalchemy import inspect

from engage.database import include_in_autogenerate
from engage.extensions import db


def test_migrations_and_models_agree(app):
    """The session's schema was built by `flask db upgrade`; autogenerate finds nothing to add."""
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "render_as_batch": True,
                "include_object": include_in_autogenerate,
            },
        )
        differences = compare_metadata(context, db.metadata)
    assert differences == [], "run `flask --app engage db migrate` and commit the revision"


def test_the_schema_is_at_the_latest_revision(app):
    from alembic.script import ScriptDirectory

    migrate = current_app.extensions["migrate"]
    heads = ScriptDirectory.from_config(migrate.migrate.get_config()).get_heads()
    assert len(heads) == 1, f"migrations have diverged: {heads}"
    with db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == heads[0]
    assert "officers" in inspect(db.engine).get_table_names()
