import pytest

from widgets.models import AdSlot


@pytest.mark.parametrize("model", ["radiostation", "adslot", "exchangerate", "weatherreading", "weatherforecast", "servicestatus"])
def test_it_shows_admin_lists_and_forms(admin_client, model):
    assert admin_client.get(f"/admin/widgets/{model}/").status_code == 200
    assert admin_client.get(f"/admin/widgets/{model}/add/").status_code == 200


def test_it_refuses_a_network_slot_with_a_bad_csp_origin(admin_client, reference_data):
    response = admin_client.post("/admin/widgets/adslot/add/", {
        "kind": "network", "name": "Rețea", "position": "sidebar", "enabled": "on", "width": "300", "height": "250",
        "snippet": '<script src="https://ads.exemplu.ro/a.js"></script>', "csp_sources": "https://ads.exemplu.ro *",
    })
    assert response.status_code == 200 and "Origini nevalide" in response.content.decode()
    assert not AdSlot.objects.exists()


def test_it_saves_a_network_slot_scoped_to_a_county(admin_client, reference_data):
    from news.models import County

    bacau = County.objects.get(code="BC")
    response = admin_client.post("/admin/widgets/adslot/add/", {
        "kind": "network", "name": "Rețea", "position": "sidebar", "enabled": "on", "width": "300", "height": "250",
        "snippet": '<script src="https://ads.exemplu.ro/a.js"></script>', "csp_sources": "https://ads.exemplu.ro",
        "counties": [bacau.pk],
    })
    assert response.status_code == 302
    assert list(AdSlot.objects.get().counties.all()) == [bacau]
