"""The newsroom's group of editors and what it may do, defined once for `gazeta up` and the tests."""

from django.contrib.auth.models import Group, Permission

EDITOR_GROUP = "Redactori"
EDITOR_APPS = ["news", "widgets"]
# Permissions that change the pages' code or their CSP: the operator's, never the editors' (issue 11).
OPERATOR_ONLY = ["change_ad_code"]


def ensure_editor_group() -> Group:
    """Create the editors' group or bring its permissions back to the definition above."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label__in=EDITOR_APPS).exclude(codename__in=OPERATOR_ONLY)
    )
    return group
