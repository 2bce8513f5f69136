"""What `flask --app engage seed-demo` loads. Idempotent: it updates, never duplicates."""

from engage.accounts.passwords import hash_password, verify_password
from engage.accounts.roles import Role
from engage.accounts.services import create_officer, find_officer_by_email
from engage.demo.consultations import seed_demo_consultation
from engage.extensions import db
from engage.feedback.analysis import analyse_pending
from engage.focus_groups.demo import seed_demo_focus_group
from engage.local_offer.demo import seed_demo_services
from engage.polls.demo import seed_demo_polls
from engage.priorities import services as priorities
from engage.priorities.framework_yaml import parse_framework_yaml
from engage.reviews.demo import seed_demo_reviews
from engage.site.models import SiteSettings
from engage.site.services import settings_from_config
from engage.you_said_we_did.demo import seed_demo_entry

#: email, full name, role, password: published in the README, so only ever for the demo
DEMO_OFFICERS = [
    ("officer@engage.example", "Priya Shah", Role.OFFICER, "engage-demo-2026"),
    ("admin@engage.example", "Alex Morgan", Role.ADMIN, "engage-demo-2026"),
    ("moderator@engage.example", "Sam Taylor", Role.MODERATOR, "engage-demo-2026"),
]


def seed_demo(active_framework_name: str) -> list[str]:
    """Load every bundled framework, make one active, and make sure the demo officers can sign in."""
    summary = []
    for name in priorities.bundled_framework_names():
        data = parse_framework_yaml(priorities.bundled_framework_text(name))
        framework = priorities.find_framework(data.area, data.title)
        if framework is None:
            framework = priorities.save_framework(data)
        if name == active_framework_name and priorities.active_framework() is None:
            priorities.activate_framework(framework)
        summary.append(f"Framework {framework.area}: {len(framework.priorities)} priorities")
    if db.session.get(SiteSettings, 1) is None:
        db.session.add(settings_from_config())
    for email, full_name, role, password in DEMO_OFFICERS:
        officer = find_officer_by_email(email)
        if officer is None:
            create_officer(email, full_name, role, password)
        else:
            officer.active = True
            officer.role = role.value
            if not verify_password(officer.password_hash, password):
                officer.password_hash = hash_password(password)
    summary.append(f"Officers: {len(DEMO_OFFICERS)} demo accounts ready")
    consultation = seed_demo_consultation()
    summary.append(f"Consultation: {consultation or 'already loaded'}")
    focus_group = seed_demo_focus_group()
    summary.append(f"Focus group: {focus_group or 'already loaded'}")
    summary.append(f"Local Offer: {seed_demo_services()} services added")
    summary.append(f"Reviews: {seed_demo_reviews()} added")
    summary.append(f"Advisory group: {seed_demo_polls() or 'already loaded'}")
    summary.append(f"You said, we did: {seed_demo_entry() or 'already loaded'}")
    # The demo has no `flask analyse --loop` worker: analyse what came in many at a time.
    summary.append(f"Feedback analysed: {analyse_pending()} pieces")
    return summary
