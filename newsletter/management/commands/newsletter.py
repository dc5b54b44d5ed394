"""`gazeta newsletter …`: send the outbox, queue digests, record bounces, export or delete one person's data."""

import json

from django.core.management.base import BaseCommand, CommandError

from newsletter import digest, outbox, subscribers


class Command(BaseCommand):
    help = (
        "Newsletter: send (the outbox), digests (queue those due, then send), bounce|complaint EMAIL "
        "(unsubscribe it), export EMAIL (its data as JSON), delete EMAIL (its data)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["send", "digests", "bounce", "complaint", "export", "delete"])
        parser.add_argument("email", nargs="?", default="")

    def handle(self, *args, action, email, **options):
        if action in ("bounce", "complaint", "export", "delete") and not email:
            raise CommandError(f"{action} needs an e-mail address")
        if action == "send":
            self.stdout.write(json.dumps({"sent": outbox.send_pending()}))
        elif action == "digests":
            self.stdout.write(json.dumps(digest.run()))
        elif action == "export":
            self.stdout.write(subscribers.export(email))
        else:
            reason = {"delete": "request"}.get(action, action)
            found = subscribers.forget(email, reason=reason)
            self.stdout.write(json.dumps({"removed": found}))
