"""A process's children and descendants read from /proc (Linux), for the supervisor's bench and tests.

Every /proc/<pid>/stat is scanned for its parent id rather than reading
/proc/<pid>/task/*/children, which exists only on kernels built with CONFIG_PROC_CHILDREN.
"""

from pathlib import Path


def _stat_fields(pid: int | str) -> list[str]:
    # The command name (second field) may hold spaces and parentheses: split after its last ')'.
    return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()


def children(pid: int) -> list[int]:
    """Return the pids whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int(_stat_fields(entry.name)[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass  # the process ended while being read
    return found


def descendants(pid: int) -> list[int]:
    """Return every process below `pid`, children first."""
    found, queue = [], [pid]
    while queue:
        for child in children(queue.pop()):
            found.append(child)
            queue.append(child)
    return found


def alive(pid: int) -> bool:
    """Return True while `pid` runs (a zombie, ended but not yet reaped, counts as gone)."""
    try:
        return _stat_fields(pid)[0] != "Z"
    except (OSError, IndexError):
        return False
