"""The `gazeta` command: Django's manage with Gazeta's settings.

Gazeta's own commands are Django management commands; a hyphen in the command name maps to
an underscore in its module (`gazeta demo-network` runs `demo_network`).
"""

import os
import sys
import tempfile


def main() -> None:
    """Run a management command."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazeta.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "gazeta"
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    if argv[1:2] == ["up"] and "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        # The crawler (this process) and the web workers (granian's) share their metrics through
        # files; a fresh directory per start, because counts left by an earlier run would add up.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="gazeta-metrics-")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
