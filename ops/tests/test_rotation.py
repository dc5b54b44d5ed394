"""The backup rotation keeps the newest backup of each of the last 7 days and of the last 4 weeks."""

import json
import os
import time
from datetime import datetime, timedelta

from ops.rotation import rotate, to_keep


def test_seven_days_and_four_weeks_are_kept_and_nothing_else():
    start = datetime(2026, 9, 1, 3, 0)
    times = [start + timedelta(days=d, hours=h) for d in range(60) for h in (0, 12)]  # two a day for 60 days
    kept = to_keep(times, daily=7, weekly=4)
    newest = max(times)
    days = sorted({t.date() for t in kept})
    assert len(kept) <= 7 + 4
    for day in range(7):  # the last 7 days, each by its newest backup (the 15:00 one, not the 03:00)
        wanted = (newest - timedelta(days=day)).replace(hour=15)
        assert wanted in kept and wanted.replace(hour=3) not in kept
    # four distinct ISO weeks are represented, the oldest about three weeks back
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    assert len(weeks) == 4
    assert min(days) >= (newest - timedelta(days=28)).date()
    assert min(times) not in kept


def test_rotate_deletes_old_backups_and_stale_partial_ones_but_never_a_foreign_directory(tmp_path):
    start = datetime(2026, 10, 1, 2, 0)
    for day in range(40):
        backup = tmp_path / (start + timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        backup.mkdir()
        (backup / "manifest.json").write_text(json.dumps({"format": 1}))
    foreign = tmp_path / "inainte-de-upgrade"
    foreign.mkdir()
    (foreign / "manifest.json").write_text("{}")
    stale, fresh = tmp_path / "20261101-020000.partial", tmp_path / "20261110-020000.partial"
    stale.mkdir()
    fresh.mkdir()
    old = time.time() - 3 * 86400
    os.utime(stale, (old, old))

    removed = rotate(tmp_path, daily=7, weekly=4)

    left = sorted(p.name for p in tmp_path.iterdir())
    assert "inainte-de-upgrade" in left and fresh.name in left and stale.name not in left
    dated = [name for name in left if name[0].isdigit() and not name.endswith(".partial")]
    assert 7 <= len(dated) <= 11
    assert dated[-1] == (start + timedelta(days=39)).strftime("%Y%m%d-%H%M%S")
    assert len(removed) == 40 - len(dated) + 1
