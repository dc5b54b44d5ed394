"""The soak benchmark's own arithmetic: the process tree's memory and the per-minute p99."""

import os
import subprocess
import sys

from tools.soak import growth_per_hour, p99, rss_of_tree


def test_rss_of_tree_lists_the_process_and_its_children():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        found = rss_of_tree(os.getpid())
        assert any(name.startswith(f"{os.getpid()} ") for name in found)
        assert any(name.startswith(f"{child.pid} ") for name in found)
        assert all(kb > 0 for kb in found.values())
    finally:
        child.kill()
        child.wait()


def test_p99_is_the_value_below_which_99_in_100_fall():
    assert p99([]) is None
    assert p99([0.001] * 99 + [2.0]) == 2000.0  # the slowest of a hundred is the 99th percentile's place
    assert p99([0.001] * 199 + [2.0]) == 1.0


def test_growth_per_hour_is_the_fitted_slope_not_one_sample():
    flat_with_a_spike = [(m, 100_000) for m in range(4, 30)] + [(30, 110_000)]
    leaking = [(m, 100_000 + 100 * (m - 4)) for m in range(4, 31)]  # 100 KB a minute on 100 MB: 6 % an hour
    assert growth_per_hour(leaking) == 6.0
    assert 0 < growth_per_hour(flat_with_a_spike) < 6.0  # a last-minute spike is not read as a 12 %/h leak
    assert growth_per_hour([(4, 100_000)]) is None
