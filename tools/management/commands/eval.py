"""gazeta eval [tagging|extraction] --json: score geotagging, categories and story clustering against ground
truth; `eval extraction` scores Gazeta's extraction beside plain trafilatura on the real-page corpus."""

import json

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from news.corrections import Correction
from tools.evaluate import GEO_SETS, reliability, score_corrections, score_demo, score_handwritten

COUNTY_KEYS = (
    "items",
    "text_only",
    "with_outlet",
    "national_rows",
    "national_text_only",
    "national_with_outlet",
    "baseline_outlet_county",
)


class Command(BaseCommand):
    requires_system_checks = []  # runs in its own scratch database
    help = (
        "Score county, category and story clustering on the demo network's ground truth "
        "(in a scratch database) and county on the hand-written sets: text only and with the "
        "outlet's county, national rows apart, beside the outlet-county baseline; and the "
        "reliability of the tagger's confidence on the hand sets."
    )

    def add_arguments(self, parser):
        parser.add_argument("what", nargs="?", choices=("tagging", "extraction"), default="tagging")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--seed", type=int, default=1, help="demo world seed")
        parser.add_argument("--failures", action="store_true", help="list the items tagged wrongly")
        parser.add_argument(
            "--corrections-only",
            action="store_true",
            help="score only the editors' corrections (gazeta corrections export)",
        )
        parser.add_argument("--set", default="realpages", choices=("realpages",), help="extraction: page set")
        parser.add_argument("--dir", default=None, help="extraction: corpus directory (default settings.REALPAGES_DIR)")
        parser.add_argument("--limit", type=int, default=None, help="extraction: score only the first N pages")
        parser.add_argument(
            "--half",
            choices=("tune", "holdout"),
            default=None,
            help="extraction: only the half the heuristics were tuned on, or the other",
        )
        parser.add_argument("--seconds", type=float, default=900.0, help="extraction: stop after this long")

    def handle(self, *args, what="tagging", **options):
        if what == "extraction":
            return self.extraction(options)
        corrections = self.score_corrections()  # read from this database before the scratch one
        if not options["failures"]:
            corrections.pop("failures", None)
        if options["corrections_only"]:
            if options["json"]:
                self.stdout.write(json.dumps({"corrections": corrections}, ensure_ascii=False, indent=2, default=str))
            else:
                self.stdout.write(self.corrections_line(corrections))
            return
        demo = score_demo(options["seed"])
        demo_judged = demo.pop("_judged")
        sets, judged = {}, []
        for name, path in GEO_SETS.items():
            sets[name] = score_handwritten(path=path)
            judged.extend(sets[name].pop("_judged"))
            if not options["failures"]:
                sets[name].pop("failures", None)
        if not options["failures"]:
            demo.pop("county_failures", None)
        figures = {
            "demo": demo,
            **sets,
            "corrections": corrections,
            "confidence_reliability": {"hand_sets": reliability(judged), "demo": reliability(demo_judged)},
        }
        if options["json"]:
            self.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2, default=str))
            return
        clustering = demo["clustering"]
        lines = [
            f"demo (seed {demo['seed']}, {demo['articles']} articles): county {demo['county_accuracy']:.1%} with the "
            f"outlet's county, {demo['county_text_only']:.1%} text only (outlet's county alone "
            f"{demo['county_baseline_outlet']:.1%}), category {demo['category_accuracy']:.1%}, "
            f"stories B-cubed P {clustering['precision']:.3f} R {clustering['recall']:.3f} F1 {clustering['f1']:.3f}",
            f"stories as readers see them: the {clustering['largest']['stories']} largest "
            f"{clustering['largest']['pure_share']:.0%} pure; {clustering['lists']['pages_with_a_story_twice']} of "
            f"{clustering['lists']['pages']} list pages show a story twice; hand-written pairs "
            f"{demo['story_pairs']['accuracy']:.1%} right ({demo['story_pairs']['template_pairs_merged']} template "
            f"pairs merged)",
        ]
        for name, figures_of in sets.items():
            lines.append(
                f"{name} ({figures_of['items']} items, {figures_of['national_rows']} national/foreign): county "
                f"{figures_of['text_only']:.1%} text only, {figures_of['with_outlet']:.1%} with the outlet's county "
                f"(national rows {figures_of['national_text_only']:.1%} / {figures_of['national_with_outlet']:.1%}; "
                f"outlet's county alone {figures_of['baseline_outlet_county']:.1%})"
            )
        lines.append("confidence reliability on the hand sets (bin: count, mean confidence, accuracy):")
        lines.extend(
            f"  {row['bin']}: {row['count']}, {row['mean_confidence']:.2f}, {row['accuracy']:.1%}"
            for row in figures["confidence_reliability"]["hand_sets"]
        )
        lines.append(self.corrections_line(corrections))
        self.stdout.write("\n".join(lines))

    @staticmethod
    def score_corrections() -> dict:
        """Score the editors' corrections kept in this database (none yet, or no tables: an empty set)."""
        try:
            rows = Correction.objects.examples()
        except DatabaseError as error:  # an unmigrated database
            return {"items": 0, "error": str(error)[:200]}
        return score_corrections(rows)

    @staticmethod
    def corrections_line(figures: dict) -> str:
        def share(value) -> str:
            return "—" if value is None else f"{value:.1%}"

        return (
            f"editors' corrections ({figures['items']} items): county {share(figures.get('county_accuracy'))} "
            f"of {figures.get('county_items', 0)}, category {share(figures.get('category_accuracy'))} "
            f"of {figures.get('category_items', 0)}, stories {figures.get('story_items', 0)}"
        )

    def extraction(self, options):
        """Score extraction on the real-page corpus (JSON, or text after a progress bar)."""
        from tools.eval_extraction import format_text, run

        settings = {
            "directory": options["dir"],
            "limit": options["limit"],
            "half": options["half"],
            "seconds": options["seconds"],
        }
        if options["json"]:
            self.stdout.write(json.dumps(run(settings), ensure_ascii=False, indent=2, default=str))
            return
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("pages", total=None)
            figures = run(settings, progress=lambda done, total: bar.update(task, completed=done, total=total))
        self.stdout.write(format_text(figures))
