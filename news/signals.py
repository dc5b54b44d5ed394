"""content_changed: what readers see has changed (an article, story, county or category).

Sent by the domain whenever such a row is saved or deleted, and by code that changes rows
without saving them one by one (a bulk UPDATE). Whoever keeps copies of pages (the portal's
cache) listens to it; the senders never need to know who listens.
"""

import threading
from contextlib import contextmanager

from django.dispatch import Signal

content_changed = Signal()

_deferring = threading.local()  # per thread: a crawl thread's saves are not another request's


def changed(sender=None, **_signal_kwargs) -> None:
    """Send content_changed, or, inside one_change() in this thread, once when that block ends.

    Also a receiver: news' AppConfig connects it to the save and delete signals of the models
    readers see.
    """
    if getattr(_deferring, "active", False):
        _deferring.pending = True
        return
    content_changed.send(sender=sender)


@contextmanager
def one_change():
    """Within the block, changes in this thread are announced once, when the block ends.

    A crawl saves an article at a time, each in its own transaction; making pages stale for
    every one cost a read and a write of the shared cache per article (a file rename on the
    embedded setup). Pages are a few seconds later to show a source's new articles, never stale after.
    """
    if getattr(_deferring, "active", False):  # nested: the outer block announces
        yield
        return
    _deferring.active, _deferring.pending = True, False
    try:
        yield
    finally:
        pending = _deferring.pending
        _deferring.active = _deferring.pending = False
        if pending:
            content_changed.send(sender=None)
