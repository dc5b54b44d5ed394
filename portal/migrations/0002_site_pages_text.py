"""The five site pages with a first text the newsroom then edits in the admin."""

from django.db import migrations

PAGES = [
    (
        "despre",
        "Despre noi",
        "Gazeta adună știrile publicațiilor regionale din toate cele 42 de județe și trimite cititorul la sursă.",
        "<p>Gazeta adună, într-un singur loc, știrile publicațiilor regionale din cele 41 de județe și din București. "
        "Fiecare știre duce la publicația care a scris-o: textul și imaginile îi aparțin.</p>"
        "<p>Redacțiile noastre județene scriu și articole proprii, semnate.</p>",
    ),
    (
        "contact",
        "Contact",
        "Cum luați legătura cu redacția Gazeta: e-mail, redacțiile județene, corecturi.",
        "<p>Ne puteți scrie pe adresa redacției județului care vă interesează; o găsiți pe pagina fiecărui județ.</p>"
        "<p>Pentru o greșeală într-un articol, scrieți-ne adresa articolului și ce trebuie corectat.</p>",
    ),
    (
        "confidentialitate",
        "Politica de confidențialitate",
        "Ce date păstrează Gazeta despre cititori: niciun cont, niciun cookie de urmărire, nicio adresă IP stocată.",
        "<p>Citirea site-ului nu cere cont și nu pune cookie-uri de urmărire. Nu păstrăm adresele IP ale cititorilor.</p>"
        "<p>Jurnalele serverului se păstrează un timp scurt, pentru funcționarea site-ului, apoi se șterg.</p>",
    ),
    (
        "termeni",
        "Termeni și condiții",
        "Condițiile de folosire a site-ului Gazeta și a știrilor preluate.",
        "<p>Știrile preluate aparțin publicațiilor care le-au scris; Gazeta arată un fragment și duce la textul "
        "întreg. Articolele proprii pot fi citate cu menționarea sursei și un link.</p>",
    ),
    (
        "publicitate",
        "Publicitate",
        "Publicitate pe Gazeta: în toată țara sau doar în județul ales.",
        "<p>Puteți face publicitate în toată țara sau doar pe paginile unui județ. Scrieți-ne pentru tarife.</p>",
    ),
]


def create(apps, schema_editor):
    SitePage = apps.get_model("portal", "SitePage")
    for slug, title, description, body in PAGES:
        SitePage.objects.get_or_create(
            slug=slug, defaults={"title": title, "description": description, "body_html": body}
        )


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_site_pages")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
