"""The daily digest: the day's top stories of a subscriber's counties, each story once.

A county's top stories are those of the last DAY whose representative readers may see, ranked
as the home page ranks its lead (portal.lead: outlets that told it, halved every 12 hours).
Texts are excerpts by the pages' rule (news.excerpt); links are plain addresses of the site,
with no tracking parameter and no image or pixel in the message.
"""

import datetime as dt

from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from lib import ro
from lib.rawsql import from_db, to_db
from lib.site import absolute
from news.excerpt import excerpt
from news.models import County
from news.visibility import visible_sql
from newsletter import outbox, tokens
from newsletter.models import Message, Subscriber
from portal import lead, lists

DAY = dt.timedelta(hours=24)
PER_COUNTY = 6  # a digest read over coffee: six stories a county, the rest is on the county page
CANDIDATES = 40


def top_stories(county: County, now: dt.datetime) -> list[dict]:
    """Return the county's top stories of the last DAY, best first, as the digest shows them."""
    visible, visible_params = visible_sql("a", now=now)
    sql = (
        "SELECT s.id, s.representative_id, s.source_count, s.last_published_at, s.title, s.article_count, "
        "a.slug, a.snippet, a.lead, a.text, src.name FROM news_story s "
        "JOIN news_article a ON a.id = s.representative_id LEFT JOIN news_source src ON src.id = a.source_id "
        f"WHERE s.county_id = %s AND s.last_published_at >= %s AND s.last_published_at <= %s AND {visible} "
        "ORDER BY s.source_count DESC, s.last_published_at DESC, s.id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [county.pk, to_db(now - DAY), to_db(now), *visible_params, CANDIDATES])
        rows = cursor.fetchall()
    stories = []
    for pk, representative, sources, last, title, articles, slug, snippet, lead_text, text, source in rows:
        candidate = lead.Candidate(pk, representative, sources, from_db(last))
        url = lists.story_path(pk) if articles > 1 else lists.article_path(representative, slug)
        stories.append(
            {
                "id": pk,
                "title": title,
                "url": absolute(url),
                "excerpt": excerpt(snippet, lead_text, text),
                "outlets": ro.count(sources, "publicație") if sources else "",
                "source": source or settings.SITE_NAME,
                "weight": candidate.weight(now),
            }
        )
    stories.sort(key=lambda s: (-s["weight"], -s["id"]))
    return stories[:PER_COUNTY]


def sections(counties: list[County], now: dt.datetime, cache: dict) -> list[tuple[County, list[dict]]]:
    """Return (county, stories) for each county with news, each story in the first section that has it."""
    seen, found = set(), []
    for county in counties:
        if county.pk not in cache:
            cache[county.pk] = top_stories(county, now)
        stories = [s for s in cache[county.pk] if s["id"] not in seen]
        seen.update(s["id"] for s in stories)
        if stories:
            found.append((county, stories))
    return found


def plain_text(day: str, found: list, unsubscribe: str) -> str:
    lines = [f"Știrile zilei, {day}", ""]
    for county, stories in found:
        lines += [county.name.upper(), ""]
        for story in stories:
            lines += [
                story["title"],
                story["excerpt"],
                f"{story['source']}" + (f" · {story['outlets']}" if story["outlets"] else ""),
                story["url"],
                "",
            ]
    lines += [
        "—",
        f"Primiți acest mesaj pentru că v-ați abonat pe {absolute('/')}.",
        f"Dezabonare cu un clic: {unsubscribe}",
        "",
    ]
    return "\n".join(lines)


def compose(subscriber: Subscriber, now: dt.datetime, cache: dict) -> dict | None:
    """Return the digest message of a subscriber (subject, text, html, headers), or None with no news."""
    counties = list(subscriber.counties.order_by("name"))
    found = sections(counties, now, cache)
    if not found:
        return None
    day = ro.long_date(timezone.localtime(now).date())
    unsubscribe = absolute(reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(subscriber.pk)]))
    names = ", ".join(county.name for county, _ in found)
    html = render_to_string(
        "newsletter/digest.html",
        {
            "day": day,
            "sections": found,
            "unsubscribe": unsubscribe,
            "site": absolute("/"),
            "site_name": settings.SITE_NAME,
        },
    )
    headers = {
        # RFC 8058: mail clients offer "Dezabonare" and POST "List-Unsubscribe=One-Click" to the address.
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"Stirile zilei <stirile-zilei.{settings.CONTACT_DOMAIN}>",
    }
    return {
        "subject": f"Știrile zilei: {names} — {day}",
        "text": plain_text(day, found, unsubscribe),
        "html": html,
        "headers": headers,
    }


def enqueue_due(now: dt.datetime | None = None) -> int:
    """Queue today's digest of every confirmed subscriber whose hour has come; return how many were queued.

    The key (subscriber, Bucharest day) makes a second run of the same day queue nothing.
    """
    now = now or timezone.now()
    local = timezone.localtime(now)
    queued, cache = 0, {}
    today = local.date().isoformat()
    done = set(
        Message.objects.filter(key__startswith="digest:", key__endswith=f":{today}").values_list(
            "subscriber_id", flat=True
        )
    )
    due = Subscriber.objects.filter(confirmed_at__isnull=False, hour__lte=local.hour).order_by("id")
    for subscriber in due.iterator(chunk_size=500):
        if subscriber.pk in done:
            continue
        message = compose(subscriber, now, cache)
        if message is None:
            continue
        queued += outbox.enqueue(f"digest:{subscriber.pk}:{today}", subscriber.email, subscriber=subscriber, **message)
    return queued


def run() -> dict:
    """Periodic job: queue the digests that are due, send what is pending, drop stale unconfirmed subscriptions."""
    from newsletter.subscribers import purge_unconfirmed

    return {"queued": enqueue_due(), "sent": outbox.send_pending(), "purged": purge_unconfirmed()}
