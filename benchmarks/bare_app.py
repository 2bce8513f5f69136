"""The yardstick for benchmarks/consultation_submit.py: a bare Flask + SQLAlchemy app that
inserts one row per POST. Served by gunicorn the same way as Engage, on the same database."""

import os

from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Submission(db.Model):
    __tablename__ = "bare_submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(Text)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BARE_DATABASE_URL"]
    db.init_app(app)

    @app.post("/submit")
    def submit():
        db.session.add(Submission(body=request.get_data(as_text=True)))
        db.session.commit()
        return "ok"

    with app.app_context():
        db.create_all()
    return app
