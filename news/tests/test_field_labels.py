"""Editors see Romanian field names in the admin, never Django's English defaults."""

import pytest
from django.apps import apps

# Internal tables editors never see in a form.
HIDDEN_MODELS = {"articlesignature", "articleband"}


@pytest.mark.parametrize(
    "model",
    [m for m in apps.get_app_config("news").get_models() if m._meta.model_name not in HIDDEN_MODELS],
    ids=lambda m: m._meta.model_name,
)
def test_every_field_of_a_news_model_has_a_romanian_label(model):
    english = [
        field.name
        for field in model._meta.get_fields()
        if getattr(field, "concrete", False)
        and not field.auto_created
        and str(field.verbose_name) == field.name.replace("_", " ")
    ]
    assert english == []
