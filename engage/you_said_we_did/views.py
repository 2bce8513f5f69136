"""The public "You said, we did" log: every published entry, filtered and searched; an entry's
own page; an Atom feed; and the log as CSV."""

from flask import Blueprint, Response, abort, render_template, request, url_for

from engage import spreadsheets
from engage.accounts.roles import public
from engage.extensions import db
from engage.feedback import themes
from engage.priorities.models import Priority
from engage.priorities.services import active_framework
from engage.you_said_we_did import services
from engage.you_said_we_did.models import Entry, EntryStatus

you_said_we_did = Blueprint("you_said_we_did", __name__, url_prefix="/you-said-we-did")


def _filters() -> services.EntryFilters:
    status = request.args.get("status", "")
    return services.EntryFilters(
        priority_id=request.args.get("priority", type=int),
        status=status if status in {s.value for s in EntryStatus} else None,
        year=request.args.get("year", type=int),
        words=request.args.get("q", "").strip()[:200],
    )


@you_said_we_did.route("/")
@public
def log():
    filters = _filters()
    entries = services.published_entries(filters)
    framework = active_framework()
    return render_template(
        "you_said_we_did/log.html",
        entries=entries,
        filters=filters,
        priorities=framework.priorities if framework else [],
        statuses=list(EntryStatus),
        years=services.published_years(),
        who={
            entry.id: services.who_told_us(services.entry_voice_counts(entry)) for entry in entries
        },
    )


@you_said_we_did.route("/<int:entry_id>")
@public
def entry(entry_id: int):
    entry = db.get_or_404(Entry, entry_id)
    if not entry.is_published:
        abort(404)
    return render_template(
        "you_said_we_did/entry.html",
        entry=entry,
        who=services.who_told_us(services.entry_voice_counts(entry)),
        quotes=services.public_quotes(entry),
    )


@you_said_we_did.route("/feed.atom")
@public
def feed():
    entries = services.published_entries(services.EntryFilters())[:50]
    return Response(
        render_template(
            "you_said_we_did/feed.atom.xml",
            entries=entries,
            updated=services.last_changed(entries),
            feed_url=url_for(".feed", _external=True),
            log_url=url_for(".log", _external=True),
        ),
        mimetype="application/atom+xml",
    )


@you_said_we_did.route("/entries.csv")
@public
def export_csv():
    entries = services.published_entries(_filters())
    return Response(
        "".join(spreadsheets.csv_chunks(services.EXPORT_HEADER, services.export_rows(entries))),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="you-said-we-did.csv"'},
    )


@you_said_we_did.route("/priorities/<int:priority_id>")
@public
def priority_evidence(priority_id: int):
    """For the partnership board: what people said about one priority (how many, who, and the
    sentiment by month) and what was done about it."""
    priority = db.get_or_404(Priority, priority_id)
    return render_template(
        "you_said_we_did/priority_evidence.html",
        priority=priority,
        theme=themes.theme(priority, with_quotes=False),
        entries=services.published_entries(services.EntryFilters(priority_id=priority.id)),
        voice_words=services.VOICE_WORDS,
    )
