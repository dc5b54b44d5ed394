"""A crawl's saves make cached pages stale once, when its block ends, never not at all."""

import threading

import pytest

from news.signals import one_change
from portal.generation import generation
from portal.tests.conftest import make_article

pytestmark = pytest.mark.django_db


def test_saves_inside_the_block_bump_once_at_its_end(newsroom):
    before = generation()
    with one_change():
        make_article("Prima știre", source=newsroom["local"])
        make_article("A doua știre", source=newsroom["local"])
        assert generation() == before  # not yet: the block is still saving
    after = generation()
    assert after != before
    with one_change():
        pass  # nothing saved: nothing to make stale
    assert generation() == after


def test_the_block_bumps_even_when_it_fails(newsroom):
    before = generation()
    with pytest.raises(RuntimeError), one_change():
        make_article("Știre salvată înainte de eroare", source=newsroom["local"])
        raise RuntimeError("source failed halfway")
    assert generation() != before


def test_other_threads_still_bump_at_once(newsroom):
    before = generation()
    seen = []
    with one_change():
        worker = threading.Thread(target=lambda: (_bump_now(), seen.append(generation())))
        worker.start()
        worker.join()
    assert seen and seen[0] != before


def _bump_now():
    from portal.generation import bump

    bump()
