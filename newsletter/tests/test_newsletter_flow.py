"""A reader subscribes, confirms, gets one digest with each story once, unsubscribes in one click, gets nothing more.

Against a real SMTP server on 127.0.0.1 (aiosmtpd, newsletter/tests/conftest.py).
"""

import io
import json
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsletter import digest, outbox
from newsletter.models import Message, Subscriber
from portal.tests.conftest import _fresh_cache, make_article, make_story, newsroom  # noqa: F401

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/newsletter/(?:confirmare|dezabonare)/[^\s/]+/")


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def subscribe(client, address="cititor@example.ro", counties=("bacau", "iasi"), hour="7", **extra):
    return client.post("/newsletter/", {"email": address, "judet": list(counties), "ora": hour}, **extra)


def test_subscribe_confirm_one_digest_each_story_once_then_one_click_unsubscribe(client, smtp, newsroom):
    page = client.get("/newsletter/")
    assert page.status_code == 200 and "Știrile zilei pe e-mail" in page.content.decode()
    response = subscribe(client)
    assert response.status_code == 200 and "Verificați e-mailul" in response.content.decode()
    assert outbox.send_pending() == 1
    ((to, confirmation),) = smtp.messages
    assert to == ["cititor@example.ro"] and confirmation["Subject"] == "Confirmați abonarea la știrile zilei"
    link = LINK.search(text_of(confirmation)).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert Subscriber.objects.get().confirmed_at is None
    assert client.get("/" + path).status_code == 200  # a mail scanner's GET confirms nothing
    assert Subscriber.objects.get().confirmed_at is None
    assert client.post("/" + path).status_code == 200
    assert Subscriber.objects.get().confirmed_at is not None

    for article in newsroom["national"] + newsroom["others"]:
        make_story([article])  # as clustering does: every article tells a story, most alone
    now = timezone.now()
    assert digest.enqueue_due(now) == 1
    assert digest.enqueue_due(now) == 0  # the same day again: nothing new
    assert outbox.send_pending() == 1
    assert outbox.send_pending() == 0
    ((to, daily),) = smtp.messages[1:]
    text, html = text_of(daily), html_of(daily)
    assert daily["Subject"].strip().startswith("Știrile zilei: Bacău, Iași")
    story = newsroom["story"]  # told by outlets in Bacău and Iași: shown once, under its county
    assert text.count(story.title) == 1 and html.count(story.title) == 1
    assert "3 publicații" in text
    assert "Știre din Iași" in text and "Știre din Bacău" in text
    assert "<img" not in html.lower() and "utm_" not in html  # no pixel, no tracking parameter
    unsubscribe = daily["List-Unsubscribe"].strip().strip("<>")
    assert daily["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"
    assert unsubscribe in text and unsubscribe in html

    # RFC 8058: the mail client POSTs this body to the address, with no cookie and no CSRF token.
    path = unsubscribe.split("://", 1)[1].split("/", 1)[1]
    csrf_client = type(client)(enforce_csrf_checks=True)
    done = csrf_client.post("/" + path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert done.status_code == 200
    assert not Subscriber.objects.exists()
    make_article("Știre nouă de mâine", minutes_ago=-60 * 20)
    assert digest.enqueue_due(now + timedelta(days=1)) == 0
    assert outbox.send_pending() == 0 and len(smtp.messages) == 2


def test_a_crash_mid_send_then_a_restart_sends_no_message_twice(smtp, reference_data, monkeypatch, settings):
    for n in range(5):
        outbox.enqueue(f"test:{n}", f"cititor{n}@example.ro", f"Mesajul {n}", "text")

    class Crash(BaseException):
        """The process dies: after the server took message 2, before the outbox heard of it."""

    real_deliver = outbox.deliver
    delivered = []

    def dying_deliver(message, connection):
        real_deliver(message, connection)
        delivered.append(message.pk)
        if len(delivered) == 2:
            Message.objects.filter(pk=message.pk).update(status=Message.SENDING)  # the mark never happened
            raise Crash

    monkeypatch.setattr(outbox, "deliver", dying_deliver)
    with pytest.raises(Crash):
        outbox.send_pending()
    monkeypatch.setattr(outbox, "deliver", real_deliver)
    monkeypatch.setattr(outbox, "sender_name", lambda: "restarted:2")  # a new process
    assert outbox.send_pending() == 3
    assert outbox.send_pending() == 0
    subjects = [m["Subject"] for _, m in smtp.messages]
    assert sorted(subjects) == [f"Mesajul {n}" for n in range(5)]  # each once, none lost but the one in doubt
    assert Message.objects.filter(status=Message.UNCERTAIN).count() == 1


def test_a_hard_bounce_unsubscribes_and_a_complaint_command_too(smtp, newsroom):
    county = newsroom["ingested"].county
    bouncing = Subscriber.objects.create(email="plin@example.ro", confirmed_at=timezone.now(), hour=5)
    bouncing.counties.set([county])
    complaining = Subscriber.objects.create(email="suparat@example.ro", confirmed_at=timezone.now(), hour=5)
    complaining.counties.set([county])
    smtp.refused.add("plin@example.ro")
    assert digest.enqueue_due(timezone.now()) == 2
    outbox.send_pending()
    assert not Subscriber.objects.filter(email="plin@example.ro").exists()
    assert [to for to, _ in smtp.messages] == [["suparat@example.ro"]]
    out = io.StringIO()
    call_command("newsletter", "complaint", "Suparat@EXAMPLE.ro".replace("Suparat", "suparat"), stdout=out)
    assert json.loads(out.getvalue()) == {"removed": True}
    assert not Subscriber.objects.exists()


def test_one_persons_data_is_exported_then_deleted(client, smtp, reference_data):
    subscribe(client, "ana@example.ro", counties=("cluj",), hour="8")
    outbox.send_pending()
    out = io.StringIO()
    call_command("newsletter", "export", "ana@example.ro", stdout=out)
    data = json.loads(out.getvalue())
    assert data["subscription"]["counties"] == ["cluj"] and data["subscription"]["hour"] == 8
    assert data["messages"][0]["subject"] == "Confirmați abonarea la știrile zilei"
    call_command("newsletter", "delete", "ana@example.ro", stdout=io.StringIO())
    out = io.StringIO()
    call_command("newsletter", "export", "ana@example.ro", stdout=out)
    assert json.loads(out.getvalue()) == {"email": "ana@example.ro", "subscription": None, "messages": []}


def test_the_form_cannot_flood_an_inbox_or_change_a_confirmed_subscription(client, smtp, reference_data, settings):
    settings.NEWSLETTER_RATE_LIMIT = 4
    for _ in range(3):
        assert subscribe(client, "tinta@example.ro").status_code == 200
    assert Message.objects.filter(to="tinta@example.ro").count() == 1  # one confirmation a day per address
    Subscriber.objects.filter(email="tinta@example.ro").update(confirmed_at=timezone.now())
    assert subscribe(client, "tinta@example.ro", counties=("cluj",)).status_code == 200
    assert [c.slug for c in Subscriber.objects.get().counties.all()] != ["cluj"]
    assert subscribe(client, "alta@example.ro").status_code == 429  # the fifth form this minute
    assert subscribe(client, "nu-e-adresa", REMOTE_ADDR="10.0.0.9").status_code == 400
    assert (
        "Alegeți cel puțin un județ"
        in subscribe(client, "b@example.ro", counties=(), REMOTE_ADDR="10.0.0.8").content.decode()
    )
