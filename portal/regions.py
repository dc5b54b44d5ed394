"""The eight development regions of Romania, used to group the home page's county blocks.

Membership follows Law 315/2004 (regiunile de dezvoltare); codes are County.code values.
"""

REGIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("nord-est", "Nord-Est", ("BC", "BT", "IS", "NT", "SV", "VS")),
    ("nord-vest", "Nord-Vest", ("BH", "BN", "CJ", "MM", "SJ", "SM")),
    ("centru", "Centru", ("AB", "BV", "CV", "HR", "MS", "SB")),
    ("vest", "Vest", ("AR", "CS", "HD", "TM")),
    ("sud-vest", "Sud-Vest Oltenia", ("DJ", "GJ", "MH", "OT", "VL")),
    ("sud", "Sud-Muntenia", ("AG", "CL", "DB", "GR", "IL", "PH", "TR")),
    ("sud-est", "Sud-Est", ("BR", "BZ", "CT", "GL", "TL", "VN")),
    ("bucuresti-ilfov", "București-Ilfov", ("B", "IF")),
)

REGION_OF = {code: slug for slug, _, codes in REGIONS for code in codes}
