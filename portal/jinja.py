"""The Jinja2 environment of the public pages."""
from django.templatetags.static import static
from django.urls import reverse
from jinja2 import Environment


def environment(**options) -> Environment:
    """Return the Jinja2 environment with Django's url and static helpers."""
    env = Environment(**options)
    env.globals.update({"static": static, "url": lambda name, *args: reverse(name, args=args)})
    return env
