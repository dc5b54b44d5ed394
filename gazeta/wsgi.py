"""WSGI entry point: `granian --interface wsgi gazeta.wsgi:application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazeta.settings")
application = get_wsgi_application()

# Published pages (PUBLISH_DIR) are sent before Django to anonymous readers (publish.serve).
from publish.serve import wrap  # noqa: E402

application = wrap(application)
