"""What the pipeline announces to the apps above it, which it must not import (WebSub, for one).

feed_polled: sent after a successful read of a source's own feed (200 or 304), once the source's
polling state is written, so a receiver may change it. Arguments: `source`, `fetched` (the feed's
response: body, Link headers), `new_published` (publication times of the articles the read stored
as new; None where an entry had no date) and `now`. Sent robustly: a receiver that fails is logged,
never fails the read.
"""

import logging

from django.dispatch import Signal

log = logging.getLogger(__name__)

feed_polled = Signal()


def announce_poll(source, fetched, new_published: list, now) -> None:
    for receiver, outcome in feed_polled.send_robust(
        sender=type(source), source=source, fetched=fetched, new_published=new_published, now=now
    ):
        if isinstance(outcome, Exception):
            log.warning(
                "after-poll hook failed",
                extra={"source_id": source.pk, "stage": "pipeline", "error": f"{receiver.__module__}: {outcome}"},
            )
