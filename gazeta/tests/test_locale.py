"""The project's Romanian catalogue: compiled, up to date, and used by the admin where Django's has gaps."""

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[1] / "locale" / "ro" / "LC_MESSAGES"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_catalogue_matches_its_source(domain):
    with open(LOCALE / f"{domain}.po", "rb") as source:
        catalogue = read_po(source, locale="ro")
    with open(LOCALE / f"{domain}.mo", "rb") as compiled:
        messages = gettext.GNUTranslations(compiled)
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert messages.ngettext(*message.id, 1) == message.string[0], message.id
            continue
        key = f"{message.context}\x04{message.id}" if message.context else message.id
        assert messages._catalog.get(key) == message.string, f"{domain}.mo is stale: {message.id!r}"


def test_the_admin_speaks_romanian_where_django_does_not():
    with translation.override("ro"):
        assert translation.gettext("Hold down “Control”, or “Command” on a Mac, to select more than one.").startswith(
            "Țineți apăsată tasta „Control”"
        )
        assert translation.gettext("December") == "decembrie"


@pytest.mark.django_db
def test_the_admin_scripts_catalogue_has_the_picker_and_editor_strings(admin_client):
    catalogue = admin_client.get("/admin/jsi18n/").content.decode()
    for text in (
        "Alege toate (%s)",
        "Disponibile (%s)",
        "Adresa imaginii",
        "Text alternativ",
        "decembrie",
    ):  # JSON escapes ă, ș
        assert text in catalogue, text
