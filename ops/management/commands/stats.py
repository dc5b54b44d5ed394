"""`gazeta stats`: counts an operator checks first, and the room Gazeta takes and has left."""

import json

from django.core.management.base import BaseCommand

from news.stats import collect_stats
from ops.models import Check
from ops.sizes import collect


class Command(BaseCommand):
    help = (
        "Print counts of counties, localities, sources, articles, stories and failing sources; sizes of "
        "the database, search index, media and backups; free disk; the last integrity check."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        stats = collect_stats()
        stats["sizes"] = collect()
        stats["checks"] = {
            check.name: {"ok": check.ok, "detail": check.detail, "checked_at": check.checked_at.isoformat()}
            for check in Check.objects.all()
        }
        if options["json"]:
            self.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2))
            return
        for key, value in stats.items():
            if key == "articles_per_county":
                value = ", ".join(f"{k}={v}" for k, v in value.items() if v)
            elif key == "sizes":
                value = ", ".join(f"{k}={v}" for k, v in value.items() if k != "disks")
            elif isinstance(value, dict):
                value = ", ".join(f"{k}={v}" for k, v in value.items())
            elif key == "sources_in_error":
                value = ", ".join(f"{s['name']} ({s['errors']})" for s in value) or "niciuna"
            self.stdout.write(f"{key}: {value}")
