"""Ad code is the operator's: editors manage house ads; scripts load only from configured origins."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from gazeta.roles import EDITOR_GROUP, ensure_editor_group
from widgets import ads
from widgets.models import AdSlot

NETWORK_FORM = {
    "kind": "network",
    "name": "Rețea",
    "position": "sidebar",
    "enabled": "on",
    "width": "300",
    "height": "250",
    "snippet": '<script src="https://x.github.io/x.js"></script>',
    "csp_sources": "https://*.github.io",
}


@pytest.fixture
def editor_client(client, reference_data):
    """A staff member of the "Redactori" group with exactly the group's permissions."""
    editor = get_user_model().objects.create_user("redactor-test", password="parola-lunga-1", is_staff=True)
    editor.groups.add(ensure_editor_group())
    client.force_login(editor)
    return client


def test_the_editor_group_has_every_news_and_widget_permission_except_page_code(reference_data):
    group = ensure_editor_group()
    codes = set(group.permissions.values_list("codename", flat=True))
    assert {"change_article", "add_adslot", "change_adslot", "delete_adslot"} <= codes
    assert "change_ad_code" not in codes
    assert Group.objects.get(name=EDITOR_GROUP) == group


def test_an_editor_cannot_put_script_on_the_pages(editor_client, settings):
    settings.ADS_SCRIPT_ORIGINS = []
    response = editor_client.post("/admin/widgets/adslot/add/", NETWORK_FORM)
    assert not AdSlot.objects.filter(kind=AdSlot.NETWORK).exists()
    assert not AdSlot.objects.filter(snippet__contains="script").exists()
    assert response.status_code in (200, 302)
    page = editor_client.get("/")
    assert "github.io" not in page.content.decode()
    assert "github.io" not in page.get("Content-Security-Policy", "")


def test_an_editor_sees_a_house_ad_form_without_code_fields(editor_client):
    html = editor_client.get("/admin/widgets/adslot/add/").content.decode()
    assert 'name="image"' in html and 'name="link"' in html and 'name="starts_at_0"' in html
    assert 'name="snippet"' not in html and 'name="kind"' not in html and 'name="csp_sources"' not in html


def test_an_editor_may_look_at_a_network_slot_but_not_change_or_delete_it(editor_client):
    slot = AdSlot.objects.create(name="Rețea", position=AdSlot.SIDEBAR, kind=AdSlot.NETWORK, snippet="<ins></ins>")
    page = editor_client.get(f"/admin/widgets/adslot/{slot.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    editor_client.post(f"/admin/widgets/adslot/{slot.pk}/change/", {**NETWORK_FORM, "name": "Alta"})
    assert AdSlot.objects.get(pk=slot.pk).snippet == "<ins></ins>"
    assert editor_client.post(f"/admin/widgets/adslot/{slot.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AdSlot.objects.filter(pk=slot.pk).exists()


def test_the_csp_takes_ad_origins_from_the_environment_only(admin_client, reference_data, settings):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example"]
    response = admin_client.post(
        "/admin/widgets/adslot/add/",
        {
            **NETWORK_FORM,
            "snippet": '<script async src="https://ads.retea.example/a.js"></script><ins class="r"></ins>',
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ads.csp_sources() == ["https://ads.retea.example"]
    policy = admin_client.get("/").get("Content-Security-Policy")
    assert "script-src 'self' https://ads.retea.example" in policy and "github.io" not in policy
    AdSlot.objects.update(enabled=False)
    ads.forget()
    assert ads.csp_sources() == []  # no network shown: nothing widened


@pytest.mark.parametrize(
    "snippet, reason",
    [
        ('<script src="https://x.github.io/x.js"></script>', "x.github.io"),
        ("<script>alert(1)</script>", "inline"),
        ('<img src="https://ads.retea.example/p.gif" onerror="alert(1)">', "onerror"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<meta http-equiv="refresh" content="0;url=https://rau.example">', "meta"),
        ('<iframe src="https://rau.example/f"></iframe>', "rau.example"),
    ],
)
def test_network_code_loads_only_from_configured_origins(snippet, reason, settings, db):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example", "https://*.cdn.retea.example"]
    slot = AdSlot(name="r", position=AdSlot.SIDEBAR, kind=AdSlot.NETWORK, snippet=snippet)
    with pytest.raises(ValidationError) as error:
        slot.full_clean()
    assert reason in str(error.value)


def test_network_code_from_configured_origins_is_accepted(settings, db):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.retea.example", "https://*.cdn.retea.example"]
    AdSlot(
        name="r",
        position=AdSlot.SIDEBAR,
        kind=AdSlot.NETWORK,
        snippet=(
            '<script async src="https://ads.retea.example/a.js"></script>'
            '<script src="https://eu.cdn.retea.example/b.js"></script>'
            '<ins class="retea" data-slot="12"></ins><iframe src="https://ads.retea.example/f" width="300"></iframe>'
        ),
    ).full_clean()


def test_the_setting_refuses_what_is_not_an_origin(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    from gazeta.env import env_origins

    monkeypatch.setenv("ADS_SCRIPT_ORIGINS", "https://ads.retea.example, https://*.cdn.retea.example")
    assert env_origins("ADS_SCRIPT_ORIGINS") == ["https://ads.retea.example", "https://*.cdn.retea.example"]
    for bad in ("'unsafe-inline'", "https://x.example; script-src *", "http://x.example", "*"):
        monkeypatch.setenv("ADS_SCRIPT_ORIGINS", bad)
        with pytest.raises(ImproperlyConfigured, match="ADS_SCRIPT_ORIGINS"):
            env_origins("ADS_SCRIPT_ORIGINS")


def test_the_ad_slot_form_shows_its_save_buttons(admin_client, reference_data):
    html = admin_client.get("/admin/widgets/adslot/add/").content.decode()
    assert "<script src=" not in html.split('id="adslot_form"', 1)[1]
    assert html.count('name="_save"') == 1
