"""gazeta eval --json: score geotagging, categories and story clustering against ground truth."""
import json

from django.core.management.base import BaseCommand

from tools.evaluate import HANDWRITTEN_NEWS, score_demo, score_handwritten


class Command(BaseCommand):
    requires_system_checks = []  # runs in its own scratch database
    help = ("Score county, category and story clustering on the demo network's ground truth "
            "(in a scratch database) and county on the hand-written set.")

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--seed", type=int, default=1, help="demo world seed")
        parser.add_argument("--failures", action="store_true", help="list the items tagged wrongly")

    def handle(self, *args, **options):
        demo = score_demo(options["seed"])
        handwritten = score_handwritten()
        news = score_handwritten(path=HANDWRITTEN_NEWS)
        if not options["failures"]:
            demo.pop("county_failures", None)
            handwritten.pop("failures", None)
            news.pop("failures", None)
        figures = {"demo": demo, "handwritten": handwritten, "handwritten_news": news}
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
            return
        clustering = demo["clustering"]
        self.stdout.write(
            f"demo (seed {demo['seed']}, {demo['articles']} articles): county {demo['county_accuracy']:.1%} "
            f"(outlet's county alone {demo['county_baseline_outlet']:.1%}), category {demo['category_accuracy']:.1%}, "
            f"stories B-cubed P {clustering['precision']:.3f} R {clustering['recall']:.3f} F1 {clustering['f1']:.3f}\n"
            f"hand-written ({handwritten['items']} items): county {handwritten['county_accuracy']:.1%}\n"
            f"realistic news ({news['items']} items): county {news['county_accuracy']:.1%} "
            f"(outlet's county alone {news['baseline_outlet_county']:.1%}), category {news['category_accuracy']:.1%}"
        )
