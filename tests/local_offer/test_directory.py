"""Officers build the Local Offer directory, by hand or from a CSV file checked whole; families
find services by words, category and age."""

import io

import pytest
from sqlalchemy import func, select

from engage.extensions import db
from engage.local_offer import directory
from engage.local_offer.directory import ServiceDetails
from engage.local_offer.models import Service

HEADER = "name,provider,category,age_from,age_to,delivered_at,description,how_to_access,contact_phone,contact_email,website\n"
GOOD_ROWS = (
    'Saturday Club,Blackpool Carers Centre,Short breaks and respite,8,18,Central Library,"Games, crafts and friends every Saturday.",Ask your social worker,01253 000111,club@carers.example,https://carers.example\n'
    "Speech and language therapy,NHS Blackpool,health,0,18,Clinics across Blackpool,Therapy for communication needs.,Referral from a GP or school,,,\n"
)


def _service(**overrides) -> Service:
    values = dict(
        name="Holiday play scheme",
        provider="Blackpool Council",
        category="leisure",
        age_from=5,
        age_to=16,
        delivered_at="Stanley Park",
        description="Outdoor play in the summer holidays with trained staff.",
        how_to_access="Book online; free for families with an EHCP.",
    )
    values.update(overrides)
    service = directory.create_service(ServiceDetails(**values))
    db.session.commit()
    return service


def _upload(client, content: str):
    return client.post(
        "/manage/local-offer/import",
        data={"file": (io.BytesIO(content.encode()), "services.csv")},
        content_type="multipart/form-data",
    )


def test_families_find_services_by_words_category_and_age(client):
    _service()
    _service(
        name="Autism outreach",
        category="education",
        age_from=4,
        age_to=11,
        description="Support for pupils in mainstream school.",
    )
    _service(
        name="Transition to adult services",
        category="adulthood",
        age_from=14,
        age_to=25,
        description="Planning for life after school.",
    )

    everything = client.page("/local-offer/")
    assert "3 services" in everything.text
    assert [a.text for a in client.page("/local-offer/?q=school").select("h3 a")] == [
        "Autism outreach",
        "Transition to adult services",
    ]
    assert [a.text for a in client.page("/local-offer/?category=leisure").select("h3 a")] == [
        "Holiday play scheme"
    ]
    assert [a.text for a in client.page("/local-offer/?age=15").select("h3 a")] == [
        "Holiday play scheme",
        "Transition to adult services",
    ]
    bad = client.page("/local-offer/?age=forty", expected_status=400)
    assert "Enter an age from 0 to 25" in bad.select_one("#age-error").text


def test_a_service_page_shows_how_to_get_it(client):
    service = _service(contact_phone="01253 000 222", website="https://play.example")
    page = client.page(f"/local-offer/services/{service.id}")
    assert page.h1.text == "Holiday play scheme"
    assert "Book online; free for families with an EHCP." in page.text
    assert page.select_one("a[href='tel:01253000222']")


def test_officers_add_and_change_a_service_with_errors_beside_fields(
    client, create_officer, sign_in
):
    sign_in(create_officer())
    form = {
        "name": "Sensory room",
        "provider": "Family hub",
        "category": "leisure",
        "age_from": "10",
        "age_to": "3",
        "delivered_at": "Family hub",
        "description": "A calm room.",
        "how_to_access": "Drop in.",
    }
    bad = client.submit("/manage/local-offer/new", form, expected_status=400)
    assert "The oldest age must not be less than the youngest age" in bad.get_data(as_text=True)
    client.submit("/manage/local-offer/new", {**form, "age_to": "18"}, expected_status=302)
    service = db.session.scalars(select(Service)).one()
    client.submit(
        f"/manage/local-offer/{service.id}/edit",
        {**form, "age_to": "19", "name": "Sensory room (Layton)"},
        expected_status=302,
    )
    db.session.expire_all()
    assert (service.name, service.age_to) == ("Sensory room (Layton)", 19)


def test_a_good_csv_file_is_previewed_then_imported(client, create_officer, sign_in):
    sign_in(create_officer())
    preview = _upload(client, HEADER + GOOD_ROWS)
    assert preview.status_code == 200
    page = preview.get_data(as_text=True)
    assert "Import 2 services?" in page and "Saturday Club" in page
    assert db.session.scalar(select(func.count()).select_from(Service)) == 0  # not yet

    content = (HEADER + GOOD_ROWS).strip()
    client.submit("/manage/local-offer/import/confirm", {"content": content}, expected_status=302)

    names = db.session.scalars(select(Service.name).order_by(Service.name)).all()
    assert names == ["Saturday Club", "Speech and language therapy"]
    club = db.session.scalars(select(Service).where(Service.name == "Saturday Club")).one()
    assert (club.category, club.age_from, club.age_to) == ("short_breaks", 8, 18)


def test_a_csv_file_with_any_bad_row_is_refused_whole_and_names_the_rows(
    client, create_officer, sign_in
):
    sign_in(create_officer())
    bad_rows = (
        GOOD_ROWS
        + ",Nobody,health,0,18,Here,Something.,Ask,,,\n"  # line 4: no name
        + "Swim club,Leisure Trust,Swimming,3,40,Pool,Swimming.,Book,,not-an-email,www.swim\n"  # line 5
    )
    response = _upload(client, HEADER + bad_rows)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "2 rows need fixing. Nothing has been imported." in page
    assert "Enter a name" in page
    assert "Category &#39;Swimming&#39; is not one of" in page
    assert "Age to must be a whole number from 0 to 25" in page
    assert "Contact email &#39;not-an-email&#39; is not an email address" in page
    assert "Website must start with https://" in page
    assert db.session.scalar(select(func.count()).select_from(Service)) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("just,some,columns\n1,2,3\n", "The file must have a header row with the columns"),
        (HEADER, "The file has no services in it"),
    ],
)
def test_an_unreadable_file_is_explained(client, create_officer, sign_in, content, message):
    sign_in(create_officer())
    response = _upload(client, content)
    assert response.status_code == 400 and message in response.get_data(as_text=True)


def test_a_file_that_is_not_utf8_is_explained(client, create_officer, sign_in):
    sign_in(create_officer())
    response = client.post(
        "/manage/local-offer/import",
        data={"file": (io.BytesIO("name\ncafé".encode("utf-16")), "services.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert "The file must be a CSV saved as UTF-8" in response.get_data(as_text=True)
