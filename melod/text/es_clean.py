"""Spanish spellings unified before the rules: full-width marks, ºC, US$, S/, '3 cafés x 2'."""

from __future__ import annotations

import re
from collections.abc import Callable

from melod.text import es_locale
from melod.text.es_tables import PER

# Full-width punctuation typed on a CJK keyboard ('Temperatura：22'): the ASCII mark.
_WIDE = {**{c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, 0x3000: " ", 0x3001: ", "}


_PER_ALT = "|".join(PER)
_FORMULA_DIGITS = ("cero", "uno", "dos", "tres", "cuatro")
_SUB = {0x2080 + d: str(d) for d in range(10)}


_STREET = r"(?i:\bc/|\b(?:calle|avda|avenida|plaza|pza|paseo|portal|piso|planta|esc|escalera)\b)"


def _address(text: str) -> str:
    """'C/ San Bernardo, 45 - 3ºC': in an address '3ºC' is the third floor, door C."""
    if not re.search(_STREET, text):
        return text
    text = re.sub(r"(\d) ?[-–] ?(?=\d{1,2} ?[ºª])", r"\1, ", text)
    return re.sub(r"(?<![\d,.])(\d{1,2})\.? ?([ºª]) ?([A-Z])\b", r"\1.\2 \3", text)


# Words a price follows ('recarga de Q50'), one look-behind each (they must be fixed width).
_PAY_WORDS = "de por recarga pago saldo total cuesta vale son precio abono monto cobro"
_PAY_ALL = _PAY_WORDS.split() + _PAY_WORDS.title().split()  # 'Recarga Q25' opens a message
_PAYING = "(?:" + "|".join(rf"(?<=\b{w} )" for w in _PAY_ALL) + ")"
# Local currency signs, turned into their codes: 'Bs. 150', 'Q 150', '₡ 5.000', 'RD$', '$U'.
_LOCAL_MONEY = (
    (r"\bBs\.? ?(?=\d)", "VES "),
    # '350bs' typed in a chat too; a stop that ends the sentence stays ('36,45 Bs.').
    (r"(?<=\d) ?[Bb]s\b(?:\.(?=[,;:]| [a-záéíóúñ\d]))?", " VES"),
    (r"\bQ (?=\d{2,}|\d+[.,]\d\d\b)", "GTQ "),
    # 'Q1,250.00', 'Q50' after a word of paying; no model ('Infiniti Q50') nor quarter ('Q3').
    (r"\bQ(?=\d{1,3}(?:,\d{3})+(?:\.\d\d)?\b|\d+\.\d\d\b)", "GTQ "),
    (rf"{_PAYING}Q(?=\d{{2,}}(?:[.,]\d\d)?\b)", "GTQ "),
    (r"₡ ?(?=\d)", "CRC "),
    (r"\bRD\$ ?(?=\d)", "DOP "),
    (r"(?<![\w/])B/\.? ?(?=\d)", "PAB "),  # Panama's balboa, 'B/. 20.00'
    (r"\bC\$ ?(?=\d)", "NIO "),  # Nicaragua's córdoba
    (r"₲ ?(?=\d)", "PYG "),  # Paraguay's guaraní
    # Honduras's lempira: 'L 250.00', 'L. 1,200.50' (a price in cents; a bare 'L 250' is a size).
    (r"\bL\.? ?(?=(?:[1-9]\d{0,2}(?:,\d{3})*|0)\.\d\d\b(?! ?(?:[mck]?m|kg|g|[lL])\b))", "HNL "),
    (r"\$U ?(?=\d)", "UYU "),
    (r"(?<![\w/])S/\.? ?(?=\d)", "PEN "),  # Peru's sol, 'S/ 45.00'
    # Mexico's 'moneda nacional' after an amount ('$1,500.00 M.N.') is its peso, not said.
    (r"(?<=\d) ?(?:[Mm]\. ?[Nn](?:\.(?=[,;:]| [a-záéíóúñ\d]))?|MN\b)", " MXN"),
    (r"(?<=\$)( ?[\d.,]*\d) MX\b(?!\$)", r"\1 MXN"),
    # A country's letters glued to the dollar sign name its own dollar or peso: 'MX$1,200',
    # 'COP$ 50.000', 'CA$ 25', 'R$ 80' (Brazil's real).
    (r"\bMXN?\$ ?(?=\d)", "MXN "),
    (r"\bCOP?\$ ?(?=\d)", "COP "),
    (r"\bARS?\$ ?(?=\d)", "ARS "),
    (r"\bCLP?\$ ?(?=\d)", "CLP "),
    (r"\bCAD?\$ ?(?=\d)", "CAD "),
    (r"\b(?:AUD?|A)\$ ?(?=\d)", "AUD "),
    (r"\bR\$ ?(?=\d)", "BRL "),
    # Codes typed in lower case in a chat: '500 mxn', '20 usd', '45 dlls'.
    (r"(?<=\d)( ?)mxn\b", r"\1MXN"),
    (r"(?<=\d)( ?)(?:usd|dlls?|dls)\b", r"\1USD"),
    (r"(?<=\d)( ?)eur\b", r"\1EUR"),
)
# '$ 23.456,78', '$12.990': a dollar sign before an amount grouped with dots or with decimal
# cents after a comma is how Argentina, Chile and Colombia write pesos (Spain writes '12 $'),
# unless the message is about something priced in dollars.
_PESO_AMOUNT = (
    r"(?<![\w$])\$ ?(?=(?:[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d\d)(?!\d|[.,]\d)"
    r"(?! ?(?:[A-Z]{3}\b|pesos|d[óo]lares)))"
)
# Any amount after '$' in a message from a peso land.
_PESO_ANY = r"(?<![\w$])\$ ?(?=\d[\d.,]*+(?! ?(?:[A-Z]{3}\b|pesos|d[óo]lares)))"


# '46,232 asistentes', '1,250 kWh': where decimals take a point (Mexico, the US), a comma
# before three digits groups thousands. '12,345.50' can only be written that way anywhere.
# Both are rewritten the Spanish way ('12.345,50'), which the rules read.
_COMMA_GROUPED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(\.\d+)?(?!\d|[.,]\d)")


def _comma_thousands(text: str) -> str:
    point_land = es_locale.country() in es_locale.POINT_DECIMAL_LANDS

    def swapped(m: re.Match[str]) -> str:
        if not (m[1] or point_land or m[0].count(",") > 1):  # '1,234,567' groups anywhere
            return m[0]
        return m[0].translate({ord(","): ".", ord("."): ","})

    return _COMMA_GROUPED.sub(swapped, text)


# '12,50 euros', '45.90 dólares': a price in cents before the currency's name is said as
# one with a sign ('doce euros con cincuenta'); an exchange rate keeps its decimals.
_WORD_PRICE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+,\d\d|\d+[.,]\d\d"
    # '1,299 pesos': a price has no three decimals, so the comma groups thousands.
    r"|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d\d)?(?= (?:pesos|d[óo]lares)\b)) "
    r"(euros|pesos|d[óo]lares|soles|bol[íi]vares|quetzales|colones|balboas|lempiras|córdobas|"
    r"bolivianos)\b"
)
_WORD_CODE = {"eu": "EUR", "pe": "MXN", "dó": "USD", "do": "USD", "so": "PEN", "bo": "VES",
              "qu": "GTQ", "co": "CRC", "ba": "PAB", "le": "HNL", "có": "NIO"}  # fmt: skip
_RATE = re.compile(r"(?i)\b(?:cambi|cotiz|equival|tipo de)\w*")


def _word_prices(text: str) -> str:
    if _RATE.search(text):
        return text

    def code(word: str) -> str:
        return "BOB" if word.startswith("bolivi") else _WORD_CODE[word[:2]]

    return _WORD_PRICE.sub(lambda m: f"{m[1]} {code(m[2])}", text)


def _money_signs(text: str) -> str:
    for pattern, code in _LOCAL_MONEY:
        text = re.sub(pattern, code, text)
    if es_locale.country() == "BO":  # Bolivia's 'Bs' is the boliviano, not the bolívar
        text = re.sub(r"\bVES(?= ?-?\d)|(?<=\d) VES\b", lambda m: m[0].replace("VES", "BOB"), text)
    elif es_locale.country() == "HN":
        text = re.sub(r"\bL\.? ?(?=\d)", "HNL ", text)
    if es_locale.dollar_is_peso(grouped=False):
        text = re.sub(_PESO_ANY, "MXN ", text)
    elif es_locale.dollar_is_peso(grouped=True):
        # Before the American grouping is rewritten: '$12,345.67' is no peso grouped by dots.
        text = re.sub(_PESO_AMOUNT, "MXN ", text)
    text = _comma_thousands(text)
    text = _word_prices(text)
    # A minus before the sign stays with the amount: '-$ 1.250' 'menos mil doscientos...'.
    return re.sub(
        r"(?<![\w)])[-−] ?(VES|GTQ|CRC|DOP|UYU|MXN|PAB|PEN|HNL|NIO|PYG|BOB) (?=\d)", r"\1 -", text
    )


# A code that common.prepare spelled ('W H 1 0 0 0, X M 5'): the commas it put where digits
# meet letters are not said in Spanish, where the code is read in one breath.
_SPELLED = re.compile(r"(?<![\w,])(?:[A-Z0-9],? ){5,}[A-Z0-9](?![\w,])")


def _unpaused(m: re.Match[str]) -> str:
    code = m[0]
    if re.search(r"[A-Z]", code) and re.search(r"\d", code) and re.search(r"\w \w", code):
        return code.replace(", ", " ")
    return code


_Sub = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _sub(pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = 0) -> _Sub:
    return (re.compile(pattern, flags), repl)


# Before the money signs: a bar between words is a pause, CO₂'s subscript a digit.
_FIRST: list[_Sub] = [
    _sub(r"\s\|\s", ", "),  # 'Champions | Bayern 3-3': a separator
    _sub(r"([A-Z])([₀-₉]+)", lambda m: f"{m[1]} {m[2].translate(_SUB)}"),  # CO₂
    _sub(r"([$€£]) ?[-−](?=\d)", r"-\1"),  # '$-120.50' is '-$120.50'
]
_MILLIONS = re.compile(
    r"(?<![\d'’])(\d{1,3})['’](?=\d{3}([.,])\d{3}(?:\2\d{3})*(?!\d|['’]\d|\2\d))"
)


def apostrophe_millions(text: str) -> str:
    """Colombia and Peru mark the millions with an apostrophe: '$1'250.000' is '$1.250.000'
    (run before latin.pre_clean, which takes the apostrophe for a Swiss thousands mark)."""
    return _MILLIONS.sub(r"\1\2", text)


_STEPS: list[_Sub] = [
    # 'a las 15 hrs. en la sala', '2 hab., 3 noches': the abbreviation's stop, not the
    # sentence's.
    _sub(
        r"(?<=\d )(hrs|hs|h|min|seg|km|kg|cm|uds|pts|asist|ast|reb|tap|dorm|habs?|lts|kgs|grs|mts|"
        r"cts)\.(?= [a-záéíóúñ]|[,;:)])",
        r"\1",
    ),
    # '18,30 h': a time written with a comma.
    _sub(r"(?<![\d.,])(1\d|2[0-3]),([0-5]\d) ?(?=(?:h|hrs?|horas)\b)", r"\1:\2 "),
    # '08h00', 'de 6h30 a 9h00': Ecuador and Colombia write the clock with an h.
    # Either end of a span ('8h00 a 17h00', '9h00-21h00'), or on the hour ('8h00'), is a
    # clock too; 'H' is typed as often ('08H00').
    _sub(
        r"(?<![\w:.,])(\d)[hH]([0-5]\d) ?(a|-|–) ?(\d{1,2})[hH]([0-5]\d)(?!\w)",
        r"\1:\2 \3 \4:\5",
    ),
    _sub(r"\b(las|desde|hasta) (\d)[hH]([0-5]\d)(?!\w)", r"\1 \2:\3"),
    _sub(r"(?<![\w:.,])(0\d|1\d|2[0-3]|\d(?=[hH]00))[hH]([0-5]\d)(?!\w)", r"\1:\2"),
    _sub(r"(\d) ?º([CF])\b", r"\1 °\2"),
    _sub(r"(\d[,.]\d+) ?º(?!\w)", r"\1 °"),  # '21,5º' is a temperature
    _sub(r"(\d\.?[ºª])(?=[A-Z]\b)", r"\1 "),  # '2.ºB' is '2.º B'
    _sub(r"(\d ?°)/(?=[-−]?\d)", r"\1 / "),  # '14°/6°': a high and a low
    # 'Burgos -2/9°': a low and a high sharing one degree sign, 'menos dos a nueve grados'.
    _sub(r"(?<![\w/.,])([-−]?\d{1,2})/([-−]?\d{1,2}) ?°", r"\1 a \2 °"),
    _sub(r"\b([A-Z]{2,5})-([A-Z])\b", r"\1 \2"),  # 'USB-C': letters to spell
    # 'RT-AX88U', 'Galaxy-A54': the hyphen before a model's letters and digits is not said.
    _sub(r"(?:\b(?<=[A-Z]{2})|(?<=[a-z]))-(?=[A-Z]{1,4} ?\d)", " "),
    (_SPELLED, _unpaused),
    # 'Barcelona–Roma': an unspaced en dash between names is a route, like the hyphen.
    _sub(r"(?<=[a-záéíóúñ])[–‑](?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])", "-"),
    _sub(r"(?:(?<=[^\W\d_])|(?<=\))) [x×] (?=\d)", " por "),  # '3 cafés x 1,20 €'
    # An arrow before a name is 'a' (Madrid → Lima); before a word, a pause.
    _sub(r"\s*(?:→|->|⟶|⇒)\s*(?=[A-ZÁÉÍÓÚÑ])", " a "),
    _sub(r"\s*(?:→|⟶|⇒)\s*(?=[^\W\d_])", ", "),
    _sub(r"\b([Uu])na? (?=1/[2-9]\b)", ""),  # 'Un 1/3 de' is 'un tercio de'
    _sub(r"\b(i?[A-Z][a-z]+|TV)\+(?![\w+])", r"\1 Plus"),  # 'Movistar+', 'iCloud+'
    _sub(r"(?<=[\w%€$°)]),(?=[^\W\d_]{2})", ", "),  # 'grados,mañana', '10€,niños'
    _sub(r"(?<=[^\W\d_]),(?=\d)", ", "),  # 'pan,2 docenas'
    _sub(r"(?<=[^\W\d_])([!?]+)(?=\w)", r"\1 "),  # 'Aviso!!la', 'Oferta!!2x1'
    _sub(r"(?<=[^\W\d_]{2}) x (?=[^\W\d_]{3,})", " por "),  # 'precio x noche'
    _sub(r"(?<=\d) ?x (?=(?:semana|día|dia|mes|año|hora|persona|noche)\b)", " por "),
    _sub(r"(\d\.?[ºª]) ?- ?(?=\d{1,2}\.?[ºª])", r"\1 a "),  # '1º-4º ESO'
    _sub(r"(\d,\d+)/(?=\d+,\d)", r"\1 / "),  # '2,3/2,5 bar': two values
    _sub(r"(\d,\d+)/(?=\d+ ?[^\W\d_])", r"\1 de "),  # 'RAM 6,2/8 GB'
    # 'CO₂ 950 ppm': the formula's digit is said now, never grouped with the value after it.
    _sub(
        r"\b(CO|NO|SO|NH|CH|O|N) ?([2-4])\b(?![.,]\d)",
        lambda m: f"{m[1]} {_FORMULA_DIGITS[int(m[2])]}",
    ),
    _sub(r"(?<![\w.,:])24:00(?: ?h\b)?", "24 h"),  # 'hasta las 24:00'
    _sub(r"(?<![\w.,])(?!24 ?[x×] ?7\b)(\d+(?:,\d+)?) ?[x×] ?(?=\d)", r"\1 por "),
    _sub(r"(?<=\d)-(?=[A-Z]\b)", " "),  # 'piso 4-B'
    # Faces typed in a chat are not said: ':D', 'xD', '<3', ';P', '^^'.
    _sub(
        r"(?<!\S)(?:[:;=]-?[)(DPpOo3*|/]+|[xX]D+|<3+(?! ?(?:[kcm]?m|kg|g|[lL]|%|°|º|h|min)(?!\w))"
        r"|\^_?\^)(?!\S)",
        "",
    ),
    # A comparison before an amount: 'visibilidad < 1 km' 'menos de un kilómetro'.
    _sub(r"(?<![<>=\w])(?:<=|≤) ?(?=[-−]?\d)", "hasta "),
    _sub(r"(?<![<>=\w])(?:>=|≥) ?(?=[-−]?\d)", "al menos "),
    _sub(r"(?<![<>=\w-])< ?(?=[-−]?\d)", "menos de "),
    _sub(r"(?<![<>=\w-])> ?(?=[-−]?\d)", "más de "),
    # '#' before the house number of a street is 'número': 'Calle 5 de Mayo #45'.
    _sub(
        r"(\b(?i:calle|av|avda|avenida|privada|cerrada|andador|callejón|bulevar|blvd|calzada|"
        r"prolongación|circuito|retorno|paseo|camino|carretera|carrera|cra|diagonal|transversal)"
        r"\b[^,;:#!?\n]{1,40}?) ?# ?(?=\d)",
        r"\1 número ",
    ),
    # A country code in brackets is no aside: '(+52) 55 1234 5678'.
    _sub(r"\(\+(\d{1,3})\) ?(?=\d)", r"+\1 "),
    # A pause before a phone's extension: '601 742 1234, extensión 102'.
    _sub(r"(?<=\d) (?=(?:[Ee]xt\b\.?|[Ee]xtensión\b) ?\d)", ", "),
    _sub(r"\b(?:US|U\$S|USD) ?\$", "$"),
    # 'responde SÍ o NO': the answers, said as words (NO₂ and wind from the NO stay letters).
    _sub(r"\b(?:SÍ|SI) (?:o|u) NO\b|\bNO (?:o|u) (?:SÍ|SI)\b", lambda m: m[0].lower()),
    _sub(
        r"(?i:\b(responde|contesta|escribe|envía|pulsa) )(SI|NO)\b",
        lambda m: m[1] + " " + m[2].lower(),
    ),
    _sub(r"(?<=\d)-(?=(?:beta|alpha|alfa|rc\d*|dev|lts)\b)", " ", re.I),
    # '0,23 €/acción', '12 €/alumno': a price per any noun but the units of PER is 'por'.
    _sub(rf"(?<=\d) ?([€$£]) ?/ ?(?!(?:{_PER_ALT})\b)(?=[a-záéíóúñ]{{3,}}\b)", r" \1 por "),
]


def _run(text: str, table: list[_Sub]) -> str:
    for pattern, repl in table:
        text = pattern.sub(repl, text)
    return text


def pre_clean(text: str) -> str:
    """'4 ºC' (ordinal sign for degree), 'US$ 45', 'S/ 150' (soles): one spelling each."""
    text = _run(text.translate(_WIDE).replace("。", ". "), _FIRST)
    return _run(_money_signs(_address(text)), _STEPS)
