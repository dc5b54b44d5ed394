"""gazeta explain-story ID [--json]: why each article of a story joined it."""

import json

from django.core.management.base import BaseCommand, CommandError

from news.models import Story
from stories.explain import explain


class Command(BaseCommand):
    help = (
        "Show why each article of a story joined it: a copy (shared text), the same event (shared names and numbers)."
    )

    def add_arguments(self, parser):
        parser.add_argument("story_id", type=int)
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args, **options):
        story = Story.objects.filter(pk=options["story_id"]).first()
        if story is None:
            raise CommandError(f"stories: no story {options['story_id']}")
        found = explain(story)
        if options["json"]:
            self.stdout.write(json.dumps(found, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{found['title']} ({found['articles']} articole, {found['outlets']} publicații)")
        for member in found["members"]:
            mark = "*" if member["id"] == found["representative"] else " "
            self.stdout.write(
                f"{mark} {member['published_at'][:16]} {member['outlet']}: {member['title']}\n    {member['why']}"
            )
