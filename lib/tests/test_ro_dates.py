from datetime import UTC, date, datetime, timedelta

import pytest

from lib import ro

UTC = UTC
NOW = datetime(2025, 7, 12, 10, 26, tzinfo=UTC)  # 13:26 in Bucharest (summer time, UTC+3)


def test_it_writes_lower_case_romanian_months_in_bucharest_time():
    assert ro.long_date(NOW) == "12 iulie 2025"
    assert ro.published(NOW) == "Publicat pe 12 iulie 2025, 13:26"
    assert ro.long_date(date(2025, 2, 3)) == "3 februarie 2025"


def test_it_crosses_midnight_in_bucharest_not_utc():
    late = datetime(2025, 12, 31, 22, 30, tzinfo=UTC)  # already 1 January in Bucharest (UTC+2)
    assert ro.date_time(late) == "1 ianuarie 2026, 00:30"


@pytest.mark.parametrize(
    "ago,expected",
    [
        (timedelta(seconds=10), "acum câteva secunde"),
        (timedelta(minutes=1), "acum un minut"),
        (timedelta(minutes=5), "acum 5 minute"),
        (timedelta(minutes=20), "acum 20 de minute"),
        (timedelta(hours=1), "acum o oră"),
        (timedelta(hours=3), "acum 3 ore"),
        (timedelta(hours=20), "ieri, 17:26"),
        (timedelta(days=3), "cu 3 zile în urmă"),
        (timedelta(days=15), "cu 2 săptămâni în urmă"),
        (timedelta(days=33), "cu 1 lună în urmă"),
        (timedelta(days=800), "cu 2 ani în urmă"),
    ],
)
def test_it_says_how_long_ago_in_one_style(ago, expected):
    assert ro.relative(NOW - ago, now=NOW) == expected


def test_it_shows_the_clock_for_today_and_the_date_before():
    assert ro.list_time(NOW - timedelta(hours=2), now=NOW) == "11:26"
    assert ro.list_time(NOW - timedelta(days=2), now=NOW) == "10 iulie, 13:26"
    assert ro.list_time(NOW - timedelta(days=400), now=NOW) == "7 iunie 2024"


def test_it_gives_the_exact_time_with_its_offset():
    assert ro.iso(NOW) == "2025-07-12T13:26:00+03:00"


@pytest.mark.parametrize(
    "now,expected",
    [
        ("2026-10-25T03:30:00+02:00", "acum 3 ore"),  # clocks went back at 04:00 EEST: 2 wall hours, 3 real
        ("2026-03-29T05:30:00+03:00", "acum 3 ore"),  # clocks went forward at 03:00 EET: 4 wall hours, 3 real
        ("2027-01-01T00:20:00+02:00", "ieri, 21:20"),  # the previous day is also the previous year
    ],
)
@pytest.mark.dates
def test_it_counts_real_hours_across_dst_and_the_new_year(now, expected):
    from datetime import datetime

    moment = datetime.fromisoformat(now)
    assert ro.relative(moment - timedelta(hours=3), now=moment) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-01-15T10:00:00", datetime(2026, 1, 15, 8, 0, tzinfo=UTC)),  # no zone: Bucharest winter time
        ("2026-07-15T10:00:00", datetime(2026, 7, 15, 7, 0, tzinfo=UTC)),  # no zone: Bucharest summer time
        ("2026-07-15 10:00", datetime(2026, 7, 15, 7, 0, tzinfo=UTC)),
        ("2026-07-15T10:00:00Z", datetime(2026, 7, 15, 10, 0, tzinfo=UTC)),
        ("2026-07-15T10:00:00+02:00", datetime(2026, 7, 15, 8, 0, tzinfo=UTC)),
        ("2026-07-15", datetime(2026, 7, 15, 0, 0, tzinfo=UTC)),  # a date alone: midnight UTC, same calendar day
        (" 2026-07-15T10:00:00.250+03:00 ", datetime(2026, 7, 15, 7, 0, 0, 250000, tzinfo=UTC)),
    ],
)
def test_iso_times_without_a_zone_are_bucharest_time(text, expected):
    assert ro.parse_iso(text) == expected
    assert ro.parse_iso(text).tzinfo == UTC


@pytest.mark.parametrize("text", ["", None, "ieri", "15.07.2026", "2026-13-01", 20260715, "9" * 500])
def test_what_is_not_an_iso_date_gives_none(text):
    assert ro.parse_iso(text) is None
