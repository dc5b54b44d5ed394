"""Gazeta's fixed category taxonomy, in the order the navigation shows it."""

from typing import NamedTuple


class CategoryRow(NamedTuple):
    slug: str
    name: str


CATEGORIES: tuple[CategoryRow, ...] = (
    CategoryRow("actualitate", "Actualitate"),
    CategoryRow("administratie", "Administrație"),
    CategoryRow("politica", "Politică"),
    CategoryRow("economie", "Economie"),
    CategoryRow("externe", "Externe"),
    CategoryRow("social", "Social"),
    CategoryRow("eveniment", "Eveniment"),
    CategoryRow("justitie", "Justiție"),
    CategoryRow("sanatate", "Sănătate"),
    CategoryRow("educatie", "Educație"),
    CategoryRow("cultura", "Cultură"),
    CategoryRow("sport", "Sport"),
    CategoryRow("tehnologie", "Tehnologie"),
    CategoryRow("meteo", "Meteo"),
)

DEFAULT_CATEGORY = "actualitate"
