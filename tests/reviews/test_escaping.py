"""Whatever a reviewer, a reporter or a provider types is shown as text, never run as HTML,
on every page where it appears."""

from engage.extensions import db
from engage.reviews import services

SCRIPT = '<script>alert("x")</script>'
IMAGE = '<img src=x onerror="alert(1)">'
BREAKOUT = '"><svg onload=alert(1)>'


def _has_injected_markup(page) -> bool:
    main = page.select_one("main")
    return bool(main.select("script") or main.select("img[onerror]") or main.select("svg[onload]"))


def test_review_text_is_escaped_everywhere_it_is_shown(
    client, officer_client, moderator_client, moderator, officer, service, write_review
):
    review = write_review(
        service, title=f"Title {SCRIPT}", body=f"Body {IMAGE} {BREAKOUT} {SCRIPT}",
        display_name="<b>Jo</b>",
    )  # fmt: skip
    queue = moderator_client.page("/manage/reviews/")
    moderation = moderator_client.page(f"/manage/reviews/{review.id}")
    for page in (queue, moderation):
        assert not _has_injected_markup(page)
        assert f"Title {SCRIPT}" in page.get_text()
    assert moderation.select_one("#publish-body").get_text().startswith("Body <img src=x")

    services.publish_review(review, moderator)
    services.write_reply(review, officer, f"Provider {SCRIPT}", f"Reply {IMAGE}")
    db.session.commit()
    reply_page = moderator_client.page(f"/manage/reviews/replies/{review.reply.id}")
    services.publish_reply(review.reply, moderator)
    db.session.commit()
    public = client.page(f"/local-offer/services/{service.id}")
    report_form = client.page(f"/local-offer/reviews/{review.id}/report")
    officer_pages = [
        officer_client.page(f"/manage/reviews/services/{service.id}"),
        officer_client.page(f"/manage/reviews/{review.id}/reply"),
    ]
    for page in (public, report_form, reply_page, *officer_pages):
        assert not _has_injected_markup(page), page.title
    assert f"Body {IMAGE} {BREAKOUT} {SCRIPT}" in public.select_one(".engage-review").get_text()
    assert "By <b>Jo</b>" in public.get_text() and not public.select("main b")
    assert f"Reply from Provider {SCRIPT}" in public.select_one(".engage-reply").get_text()

    client.post(
        f"/local-offer/reviews/{review.id}/report", data={"reason": "other", "details": SCRIPT}
    )
    reported = moderator_client.page(f"/manage/reviews/{review.id}")
    assert not _has_injected_markup(reported) and SCRIPT in reported.get_text()
