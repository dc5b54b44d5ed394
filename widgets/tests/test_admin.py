import pytest

from widgets.models import AdSlot


@pytest.mark.parametrize(
    "model", ["radiostation", "adslot", "exchangerate", "weatherreading", "weatherforecast", "servicestatus"]
)
def test_it_shows_admin_lists_and_forms(admin_client, model):
    assert admin_client.get(f"/admin/widgets/{model}/").status_code == 200
    assert admin_client.get(f"/admin/widgets/{model}/add/").status_code == 200


def test_it_refuses_network_code_from_an_origin_the_operator_did_not_configure(admin_client, reference_data, settings):
    settings.ADS_SCRIPT_ORIGINS = ["https://ads.exemplu.ro"]
    response = admin_client.post(
        "/admin/widgets/adslot/add/",
        {
            "kind": "network",
            "name": "Rețea",
            "position": "sidebar",
            "enabled": "on",
            "width": "300",
            "height": "250",
            "snippet": '<script src="https://alt.exemplu.ro/a.js"></script>',
        },
    )
    assert response.status_code == 200 and "ADS_SCRIPT_ORIGINS" in response.content.decode()
    assert not AdSlot.objects.exists()


def test_it_saves_a_network_slot_scoped_to_a_county(admin_client, reference_data, settings):
    from news.models import County

    settings.ADS_SCRIPT_ORIGINS = ["https://ads.exemplu.ro"]
    bacau = County.objects.get(code="BC")
    response = admin_client.post(
        "/admin/widgets/adslot/add/",
        {
            "kind": "network",
            "name": "Rețea",
            "position": "sidebar",
            "enabled": "on",
            "width": "300",
            "height": "250",
            "snippet": '<script src="https://ads.exemplu.ro/a.js"></script>',
            "counties": [bacau.pk],
        },
    )
    assert response.status_code == 302
    assert list(AdSlot.objects.get().counties.all()) == [bacau]
