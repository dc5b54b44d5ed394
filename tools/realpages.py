"""The real-page corpus (trafilatura's evaluation set): where it is, its pages, and its snippet metric.

The corpus is third parties' pages, never shipped with Gazeta: it is read from a path
(settings.REALPAGES_DIR, by default ../shared/realpages next to the checkout). It comes as
realpages.tar.xz beside its README; the archive is unpacked once into a cache directory
outside the checkout. Everything here answers `None` (and callers skip) when it is absent.

The metric is the corpus's own (its README): each `with` passage found in the whitespace-normalised
extraction is a true positive, each one missing a false negative; each `without` passage found
is a false positive, each one absent a true negative; sums over pages give P, R, F1, accuracy.
"""

import dataclasses
import hashlib
import json
import tarfile
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

ARCHIVE = "realpages.tar.xz"
GOLD = "evaldata.json"


@dataclasses.dataclass(frozen=True)
class Case:
    """One page of the corpus with its gold."""

    url: str
    path: Path
    with_: tuple[str, ...]
    without: tuple[str, ...]
    title: str = ""
    author: str = ""
    date: str = ""  # YYYY-MM-DD

    @property
    def half(self) -> str:
        """'tune' or 'holdout': a fixed split by the URL's hash, so both halves mix sites and languages."""
        return "tune" if int(hashlib.sha1(self.url.encode()).hexdigest()[:8], 16) % 2 == 0 else "holdout"

    @property
    def order_key(self) -> str:
        """A stable order that is not alphabetical, so a --limit sample mixes sites."""
        return hashlib.sha1(b"order:" + self.url.encode()).hexdigest()


def default_dir() -> Path:
    """Return the configured corpus directory."""
    from django.conf import settings

    return Path(settings.REALPAGES_DIR)


def unpacked(directory: Path | None = None) -> Path | None:
    """Return a directory holding evaldata.json and the pages, unpacking the archive once; None when absent."""
    directory = Path(directory) if directory else default_dir()
    if (directory / GOLD).is_file():
        return directory
    archive = directory / ARCHIVE
    if not archive.is_file():
        return None
    stat = archive.stat()
    target = Path(tempfile.gettempdir()) / f"gazeta-realpages-{stat.st_size}-{int(stat.st_mtime)}"
    if (target / GOLD).is_file():
        return target
    staging = Path(tempfile.mkdtemp(prefix="gazeta-realpages-", dir=target.parent))
    with tarfile.open(archive, "r:xz") as tar:
        tar.extractall(staging, filter="data")  # "data" refuses absolute paths, links out, devices
    try:
        staging.rename(target)
    except OSError:  # another process unpacked it first
        pass
    return target if (target / GOLD).is_file() else staging


def load_cases(directory: Path | None = None) -> list[Case] | None:
    """Return the corpus's pages with their gold in a stable mixed order, or None when it is absent."""
    root = unpacked(directory)
    if root is None:
        return None
    gold = json.loads((root / GOLD).read_text(encoding="utf-8"))
    cases = []
    for url, row in gold.items():
        path = next(
            (root / sub / row["file"] for sub in ("eval", "cache") if (root / sub / row["file"]).is_file()), None
        )
        if path is None:
            continue
        cases.append(
            Case(
                url=url,
                path=path,
                with_=tuple(s for s in row.get("with") or () if s),
                without=tuple(s for s in row.get("without") or () if s),
                title=_one(row.get("title")),
                author=_one(row.get("author")),
                date=_one(row.get("date")),
            )
        )
    return sorted(cases, key=lambda case: case.order_key)


def _one(value) -> str:
    """Return a gold field as one string (a few pages list several authors)."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v)
    return str(value or "")


def squash(text: str) -> str:
    """Return text with every run of whitespace made one space."""
    return " ".join((text or "").split())


@dataclasses.dataclass
class Counts:
    """Snippet counts summed over pages."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fn, self.fp, self.tn = (
            self.tp + other.tp,
            self.fn + other.fn,
            self.fp + other.fp,
            self.tn + other.tn,
        )

    @property
    def errors(self) -> int:
        return self.fn + self.fp

    def figures(self) -> dict:
        """Return precision, recall, F1 and accuracy (4 decimals)."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total = self.tp + self.fn + self.fp + self.tn
        accuracy = (self.tp + self.tn) / total if total else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "accuracy": round(accuracy, 4),
        }


def score(case: Case, text: str) -> tuple[Counts, list[str], list[str]]:
    """Return the counts of one extraction, the `with` passages it misses and the `without` ones it keeps."""
    flat = squash(text)
    missing = [s for s in case.with_ if squash(s) not in flat]
    kept = [s for s in case.without if squash(s) in flat]
    counts = Counts(tp=len(case.with_) - len(missing), fn=len(missing), fp=len(kept), tn=len(case.without) - len(kept))
    return counts, missing, kept


def same_title(gold: str, found: str) -> bool:
    """Exact match after whitespace normalisation."""
    return bool(gold) and squash(gold) == squash(found)


def same_author(gold: str, found: str) -> bool:
    """Same names, ignoring case, spacing and the separator between several authors."""

    def names(value: str) -> list[str]:
        return sorted(squash(part).lower() for part in (value or "").replace(";", ",").split(",") if part.strip())

    return bool(gold) and names(gold) == names(found)


def same_day(gold: str, found) -> bool:
    """Gold YYYY-MM-DD against a date or ISO string (same day), or an aware datetime (an instant).

    The gold day is the publisher's local day; Gazeta keeps the instant, in UTC. An instant matches
    when it falls within that day in some time zone (UTC-12 to UTC+14): 20:06 at UTC-5 on the 7th
    is 01:06 UTC on the 8th, and still the 7th where it was published.
    """
    if not gold or not found:
        return False
    if isinstance(found, datetime) and found.tzinfo is not None and found.astimezone(UTC).time() != time(0):
        # (midnight UTC is how a date without a time is read: that one is compared as a day)
        try:
            start = datetime.fromisoformat(gold[:10]).replace(tzinfo=UTC)
        except ValueError:
            return False
        return start - timedelta(hours=14) <= found < start + timedelta(hours=36)
    if isinstance(found, datetime):
        found = (found.astimezone(UTC) if found.tzinfo else found).date()
    if isinstance(found, date):
        found = found.isoformat()
    return str(found)[:10] == gold[:10]
