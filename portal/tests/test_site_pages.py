"""The site's own pages: at fixed addresses, linked from the footer, edited in the admin."""

import pytest

from portal.site_pages import SitePage

pytestmark = pytest.mark.django_db
PATHS = ["/despre/", "/contact/", "/confidentialitate/", "/termeni/", "/publicitate/"]


@pytest.mark.parametrize("path", PATHS)
def test_each_page_is_there_with_its_description_and_linked_from_the_footer(client, reference_data, path):
    response = client.get(path)
    assert response.status_code == 200
    text = response.content.decode()
    page = SitePage.objects.get(slug=path.strip("/"))
    assert f'<h1 id="h-page">{page.title}</h1>' in text and f'content="{page.description}"' in text
    footer = text[text.index("<footer") :]
    assert all(f'href="{other}"' in footer for other in PATHS)


def test_an_editor_changes_a_page_in_the_admin_and_readers_see_it_at_once(client, admin_client, reference_data):
    assert "Adresa redacției" not in client.get("/contact/").content.decode()  # now cached
    page = SitePage.objects.get(slug="contact")
    form = admin_client.get(f"/admin/portal/sitepage/{page.pk}/change/")
    assert form.status_code == 200 and "descriere pentru motoarele de căutare" in form.content.decode().lower()
    response = admin_client.post(
        f"/admin/portal/sitepage/{page.pk}/change/",
        {
            "title": "Contact",
            "description": "Cum ne scrieți.",
            "body_html": "<p>Adresa redacției: strada Mare 1.</p><script>alert(1)</script>",
        },
    )
    assert response.status_code == 302
    text = client.get("/contact/").content.decode()
    assert "Adresa redacției: strada Mare 1." in text and "alert(1)" not in text
    assert admin_client.get("/admin/portal/sitepage/add/").status_code == 403
