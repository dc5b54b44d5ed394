"""Romanian plurals: '1 minut', '2 minute', '20 de minute', '101 minute'."""

# Singular and plural of the nouns the pages count, written by hand (Romanian grammar, DOOM3).
NOUNS = {
    "minut": ("minut", "minute"),
    "oră": ("oră", "ore"),
    "zi": ("zi", "zile"),
    "săptămână": ("săptămână", "săptămâni"),
    "lună": ("lună", "luni"),
    "an": ("an", "ani"),
    "articol": ("articol", "articole"),
    "publicație": ("publicație", "publicații"),
    "știre": ("știre", "știri"),
    "imagine": ("imagine", "imagini"),
    "secțiune": ("secțiune", "secțiuni"),
    "curs": ("curs", "cursuri"),
}


def needs_de(number: int) -> bool:
    """Return True when 'de' goes between the number and the noun (20 de, 100 de, 120 de; not 101..119)."""
    number = abs(number)
    if number < 20:
        return False
    return number % 100 == 0 or number % 100 >= 20


def count(number: int, noun: str) -> str:
    """Return the number with its noun in the right form: count(20, 'minut') -> '20 de minute'."""
    one, many = NOUNS.get(noun, (noun, noun))
    if number == 1:
        return f"1 {one}"
    return f"{number} de {many}" if needs_de(number) else f"{number} {many}"
