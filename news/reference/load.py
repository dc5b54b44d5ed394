"""Load the reference data (counties, categories, localities) into the database, idempotently."""

from django.db import connection, transaction

from news.models import Category, County, Locality
from news.reference.categories import CATEGORIES
from news.reference.communes import communes, slugs
from news.reference.counties import COUNTIES
from news.reference.gazetteer import localities
from news.text import fold


@transaction.atomic
def load_reference() -> dict[str, int]:
    """Create or update counties, categories and localities; return how many of each exist."""
    for row in COUNTIES:
        County.objects.update_or_create(
            code=row.code,
            defaults={
                "slug": row.slug,
                "name": row.name,
                "seat": row.seat,
                "latitude": row.latitude,
                "longitude": row.longitude,
            },
        )
    for position, row in enumerate(CATEGORIES):
        Category.objects.update_or_create(slug=row.slug, defaults={"name": row.name, "position": position})

    county_ids = dict(County.objects.values_list("code", "id"))
    known = set(Locality.objects.values_list("siruta", flat=True))
    slug_of = slugs()
    Locality.objects.bulk_create(
        [
            Locality(
                siruta=row.siruta,
                county_id=county_ids[row.county_code],
                name=row.name,
                name_folded=fold(row.name),
                rank=row.rank,
                slug=slug_of.get(row.siruta, str(row.siruta)),
            )
            for row in localities()
            if row.siruta not in known
        ],
        batch_size=2000,
    )
    _place_pages()
    return {
        "counties": County.objects.count(),
        "categories": Category.objects.count(),
        "localities": Locality.objects.count(),
    }


def _place_pages() -> None:
    """Give each locality its address slug and its commune (rows loaded before those existed, too).

    New rows get their slug when inserted and their commune here, all in one executemany:
    bulk_update's CASE over 13,908 rows cost 5 s of CPU, each time the tests reload this data.
    """
    slug_of, commune_of = slugs(), communes()
    rows = list(Locality.objects.values_list("id", "siruta", "slug", "commune_id"))
    id_of = {siruta: pk for pk, siruta, _slug, _commune in rows}
    stale = []
    for pk, siruta, slug, commune_id in rows:
        want = (slug_of.get(siruta, str(siruta)), id_of.get(commune_of.get(siruta)))
        if (slug, commune_id) != want:
            stale.append((*want, pk))
    if stale:
        table = connection.ops.quote_name(Locality._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET slug = %s, commune_id = %s WHERE id = %s", stale)
