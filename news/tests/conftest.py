"""The newsroom's people in tests: an editor as `gazeta up` creates one (group "Redactori", not a superuser)."""

import pytest
from django.contrib.auth import get_user_model

from gazeta.roles import ensure_editor_group

EDITOR_PASSWORD = "parola-lunga-1"


def make_editor(username: str = "redactor"):
    """Return a staff user in the editors' group, with the rights `gazeta up` gives that group."""
    user = get_user_model().objects.create_user(username, password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(ensure_editor_group())
    return user


@pytest.fixture
def desk_editor(db):
    return make_editor()
