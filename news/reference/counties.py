"""The 42 sections: 41 counties and Bucharest.

Codes are the vehicle-plate codes used by SIRUTA; seats and coordinates are the county
capitals (WGS84, city centre, four decimals is ~10 m and plenty for a weather lookup).
"""

from typing import NamedTuple


class CountyRow(NamedTuple):
    code: str
    slug: str
    name: str
    seat: str
    latitude: float
    longitude: float
    siruta_county_id: int


COUNTIES: tuple[CountyRow, ...] = (
    CountyRow("AB", "alba", "Alba", "Alba Iulia", 46.0733, 23.5805, 1),
    CountyRow("AR", "arad", "Arad", "Arad", 46.1866, 21.3123, 2),
    CountyRow("AG", "arges", "Argeș", "Pitești", 44.8565, 24.8692, 3),
    CountyRow("BC", "bacau", "Bacău", "Bacău", 46.5670, 26.9146, 4),
    CountyRow("BH", "bihor", "Bihor", "Oradea", 47.0465, 21.9189, 5),
    CountyRow("BN", "bistrita-nasaud", "Bistrița-Năsăud", "Bistrița", 47.1333, 24.5000, 6),
    CountyRow("BT", "botosani", "Botoșani", "Botoșani", 47.7486, 26.6694, 7),
    CountyRow("BV", "brasov", "Brașov", "Brașov", 45.6579, 25.6012, 8),
    CountyRow("BR", "braila", "Brăila", "Brăila", 45.2692, 27.9575, 9),
    CountyRow("BZ", "buzau", "Buzău", "Buzău", 45.1500, 26.8333, 10),
    CountyRow("CS", "caras-severin", "Caraș-Severin", "Reșița", 45.3008, 21.8892, 11),
    CountyRow("CL", "calarasi", "Călărași", "Călărași", 44.2000, 27.3333, 51),
    CountyRow("CJ", "cluj", "Cluj", "Cluj-Napoca", 46.7712, 23.6236, 12),
    CountyRow("CT", "constanta", "Constanța", "Constanța", 44.1598, 28.6348, 13),
    CountyRow("CV", "covasna", "Covasna", "Sfântu Gheorghe", 45.8636, 25.7875, 14),
    CountyRow("DB", "dambovita", "Dâmbovița", "Târgoviște", 44.9250, 25.4567, 15),
    CountyRow("DJ", "dolj", "Dolj", "Craiova", 44.3302, 23.7949, 16),
    CountyRow("GL", "galati", "Galați", "Galați", 45.4353, 28.0080, 17),
    CountyRow("GR", "giurgiu", "Giurgiu", "Giurgiu", 43.9037, 25.9699, 52),
    CountyRow("GJ", "gorj", "Gorj", "Târgu Jiu", 45.0342, 23.2747, 18),
    CountyRow("HR", "harghita", "Harghita", "Miercurea Ciuc", 46.3594, 25.8017, 19),
    CountyRow("HD", "hunedoara", "Hunedoara", "Deva", 45.8833, 22.9000, 20),
    CountyRow("IL", "ialomita", "Ialomița", "Slobozia", 44.5639, 27.3661, 21),
    CountyRow("IS", "iasi", "Iași", "Iași", 47.1585, 27.6014, 22),
    CountyRow("IF", "ilfov", "Ilfov", "Buftea", 44.5616, 25.9486, 23),
    CountyRow("MM", "maramures", "Maramureș", "Baia Mare", 47.6567, 23.5850, 24),
    CountyRow("MH", "mehedinti", "Mehedinți", "Drobeta-Turnu Severin", 44.6369, 22.6597, 25),
    CountyRow("MS", "mures", "Mureș", "Târgu Mureș", 46.5425, 24.5575, 26),
    CountyRow("NT", "neamt", "Neamț", "Piatra Neamț", 46.9275, 26.3708, 27),
    CountyRow("OT", "olt", "Olt", "Slatina", 44.4297, 24.3642, 28),
    CountyRow("PH", "prahova", "Prahova", "Ploiești", 44.9461, 26.0365, 29),
    CountyRow("SM", "satu-mare", "Satu Mare", "Satu Mare", 47.7900, 22.8900, 30),
    CountyRow("SJ", "salaj", "Sălaj", "Zalău", 47.1911, 23.0572, 31),
    CountyRow("SB", "sibiu", "Sibiu", "Sibiu", 45.7928, 24.1521, 32),
    CountyRow("SV", "suceava", "Suceava", "Suceava", 47.6514, 26.2556, 33),
    CountyRow("TR", "teleorman", "Teleorman", "Alexandria", 43.9686, 25.3333, 34),
    CountyRow("TM", "timis", "Timiș", "Timișoara", 45.7489, 21.2087, 35),
    CountyRow("TL", "tulcea", "Tulcea", "Tulcea", 45.1716, 28.7914, 36),
    CountyRow("VS", "vaslui", "Vaslui", "Vaslui", 46.6407, 27.7276, 37),
    CountyRow("VL", "valcea", "Vâlcea", "Râmnicu Vâlcea", 45.1047, 24.3756, 38),
    CountyRow("VN", "vrancea", "Vrancea", "Focșani", 45.6967, 27.1836, 39),
    CountyRow("B", "bucuresti", "București", "București", 44.4268, 26.1025, 40),
)

COUNTY_BY_CODE = {row.code: row for row in COUNTIES}
COUNTY_BY_SLUG = {row.slug: row for row in COUNTIES}
