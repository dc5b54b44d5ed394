"""`gazeta demo-network`: serve the synthetic outlet network on 127.0.0.1."""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError

from demo.server import DEFAULT_SLOW_DELAY, make_server


class Command(BaseCommand):
    help = "Serve the demo network of synthetic Romanian outlets (feeds, pages, images, ground truth)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--seed", type=int, default=1)
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--live",
            dest="live",
            action="store_true",
            default=True,
            help="publish items as the wall clock passes their time (default)",
        )
        mode.add_argument("--static", dest="live", action="store_false", help="serve items up to the anchor only")
        parser.add_argument("--anchor", help="ISO time the window is built around (default: today 00:00 Bucharest)")
        parser.add_argument(
            "--slow-delay",
            type=float,
            default=DEFAULT_SLOW_DELAY,
            help="seconds the slow outlet waits before answering its feed (max 30)",
        )

    def handle(self, *args, **options):
        anchor = None
        if options["anchor"]:
            try:
                anchor = datetime.fromisoformat(options["anchor"])
            except ValueError as exc:
                raise CommandError(f"demo: bad --anchor: {exc}") from exc
            if anchor.tzinfo is None:
                raise CommandError("demo: --anchor needs a UTC offset, e.g. 2026-01-01T00:00:00+02:00")
        httpd = make_server(options["seed"], options["port"], options["live"], anchor, options["slow_delay"])
        world = httpd.world
        self.stdout.write(
            f"demo network on {httpd.base_url}/ — {len(world.outlets)} outlets, {len(world.articles)} articles, "
            f"seed {world.seed}, anchor {world.anchor.isoformat()}, {'live' if httpd.live else 'static'}\n"
            f"outlets: {httpd.base_url}/_outlets.json  truth: {httpd.base_url}/_truth.json"
        )
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()
