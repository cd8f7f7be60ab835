"""Spanish phone numbers and codes: numbers nobody reads as quantities."""

from __future__ import annotations

import re

from melod.text import es_locale, latin, latin_address
from melod.text.es_numbers import card, digits, dotted
from melod.text.es_phones import (
    COLOMBIA_TOLL_FREE,
    COUNTRY,
    DASHED_CODE,
    DASHED_LOCAL,
    LOCAL_MOBILE,
    TOLL_FREE,
    VENEZUELA,
    phone,
    phone_groups,
)
from melod.text.latin import Rule, rule

_PHONE_CUES = (
    r"(?i:\b(?:llam[ae]\w* al|al|teléfono|tel|celular|cel|móvil|whatsapp|wsp|contacto|"
    r"número|fijo)\b)"
)
# Before these '112' is a place or a count ('plaza 112'), not the emergency number.
_LABELS = latin.wordset(
    "plaza planta habitación sala aula número puerta portal piso línea bus autobús vuelo tren "
    "página calle casa local oficina despacho mesa asiento fila ruta km kilómetro de los las "
    "unos unas hace"
)

# 'Avenida del Puerto, 112': a street named before the comma makes it the house number.
_STREET_NUMBER = re.compile(
    r"(?i)\b(?:calle|avenida|plaza|paseo|carretera|camino|ronda|travesía|carrera|pasaje|"
    r"glorieta|bulevar|vía)\b[^,.:;!?\d]{1,40}, ?$"
)


# Colombia's 123 is said digit by digit as an emergency line only after a call to dial it.
_DIALLED = re.compile(
    r"(?i)\b(?:llam|marc|comun[ií]c|contact)\w* (?:a la línea |al )123\b|línea 123"
)


def _service(m: re.Match[str]) -> str:
    """'llama al 112' digit by digit, '060' 'cero sesenta'; 'plaza 112', '112 km' are numbers."""
    rest = m.string[m.end() :]
    follows = re.match(r" ?(?:[^\W\d_]|[%€$°])", rest)
    noun = follows and not re.match(
        r" ?(?:y|o|e|u|ni|si|en|a|para|al|del|de|por|con|sin|tras|desde|hasta|hoy|ya|ante)\b", rest
    )
    if m[0] == "123":  # Colombia's emergency line; elsewhere a number
        dialled = es_locale.country() == "CO" and _DIALLED.search(m.string)
        return latin.padded(m, digits(m[0])) if dialled else m[0]
    # 'el 911 atendió' is the line; '112 km' a distance; 112 is Europe's line, in the
    # Americas a number ('IMECA 112').
    noun = noun and m[0] == "112"
    noun = noun or (m[0] == "112" and es_locale.country() not in (es_locale.UNKNOWN, "ES"))
    if m[0][0] != "0" and (
        latin.prev_word(m) in _LABELS or noun or _STREET_NUMBER.search(m.string[: m.start()])
    ):
        return m[0]  # left to the number and unit rules
    if m[0][0] == "0" and m[0][1] != "0" and not m.string[m.start() - 1 : m.start()].isalpha():
        return latin.padded(m, "cero " + card(int(m[0])))  # '060' 'cero sesenta', '010'
    return latin.padded(m, digits(m[0]))


# Before these 'V2' is a version; elsewhere a capital V and a number name a model ('Dyson V15').
_SOFTWARE = latin.wordset("firmware software app aplicación actualización sistema versión")


def version(m: re.Match[str]) -> str:
    """'v1.41.0' 'versión uno punto cuarenta y uno punto cero'; 'aspiradora V15' 'V quince'."""
    model = m[0][:2].isalnum() and m[0][0] == "V" and "." not in m[1]
    if model and latin.prev_word(m) not in _SOFTWARE:
        return f"V {card(int(m[1]))}"
    return "versión " + dotted(m[1])


_OTP_WORDS = r"código|codigo|clave|contraseña|pin|otp|token"
_CODE_WORDS = rf"(?i:\b(?:{_OTP_WORDS}|terminada en|acabada en|tarjeta(?= ?\*))\b)"
# What the code opens or belongs to: 'código de la caja de llaves', 'pin de la tarjeta'.
# Or its kind: 'código SMS', 'código 2FA', 'código de 6 dígitos'.
_NAMED = (
    r"(?: (?:\d? ?[A-Z]{2,4}|de \d{1,2} (?:dígitos|cifras)))?"
    r"(?: (?:de|del|al|para)(?: la| las| los| el| tu| su| mi| tus| sus| mis)? [^\W\d_]+){0,3}"
)
_REF_WORDS = (
    rf"(?i:\b(?:{_OTP_WORDS}|localizador|referencia|seguimiento|pedido|envío|envio|factura|"
    r"expediente|tarjeta)\b)"
)
_NOT_AMOUNT = r"(?![\d.,]\d)(?! ?(?:[€$£¥₩%]|[A-Z]{3}\b|euros?\b|d[óo]lares\b|pesos\b))"
_LONE = r"(?<![\d.,:/])(?<![\d][-:])(?<!\d [-:] )"
_END = r"(?![\d]|[.,:/]\d|[-:]\d| ?[-:] \d)"

# Words a release number follows: 'firmware 3.2.15', 'WhatsApp 2.24.1', 'iOS 17.2'.
_RELEASE_CUES = (
    r"(?i:actualización|actualizar a|actualizada a|actualizado a|update|firmware|software"
    r"|versión|version|aplicación|iOS|Android)|\w*[Aa]pp"
)
# A product named between the cue and the number: 'actualizado a FRITZ!OS 7.57',
# 'actualizada a One UI 6.1'; one or two words that start with a capital.
_PRODUCT = r"(?:[A-Z][\w!+]*(?: [A-Z][\w!+]*)? )?"


_STREETS = r"(?i:calle|carrera|avenida|diagonal|transversal|autopista|circunvalar)"


def _plate(m: re.Match[str]) -> str:
    """'Cra. 7 # 72-41': the door is 'número setenta y dos cuarenta y uno' ('08' 'cero ocho')."""
    door = f"{m[1]} número {card(int(m[2]))}" + (f" {m[3].strip()}" if m[3] else "")
    return door + (f" {digits(m[4]) if m[4][0] == '0' else card(int(m[4]))}" if m[4] else "")


RULES: list[Rule] = [
    # 'dígitos 5-6-7-8': a list of single digits joined by hyphens, each said alone.
    rule(
        r"(?<![\w.,/-])\d(?:-\d){2,}(?![\w/-]|[.,]\d)",
        lambda m: ", ".join(card(int(d)) for d in m[0].split("-")),
    ),
    # 'RUT 12.345.678-5': a Chilean tax number, its check digit after 'guion'.
    rule(
        r"\b(RUT|[Rr]ut):? (\d{1,2}(?:\.\d{3}){2})-([\dkK])\b",
        lambda m: f"{m[1]} {m[2]} guion {'ka' if m[3] in 'kK' else card(int(m[3]))}",
    ),
    # `NPK 15-15-15`: a fertiliser's three shares, each a number.
    rule(
        r"\b(N-?P-?K:? )(\d{1,2})-(\d{1,2})-(\d{1,2})\b(?!-)",
        lambda m: m[1] + " ".join(card(int(m[i])) for i in (2, 3, 4)),
    ),
    DASHED_CODE,
    # A Colombian street address: the street, '#' or 'No.', then the crossing and the door.
    (
        re.compile(
            rf"(\b{_STREETS} (?:\d{{1,3}}|[A-ZÁÉÍÓÚ][^\W\d_]+)(?: ?[A-Z]\b)?"
            r"(?: ?[Bb]is\b)?(?: ?(?:sur|este)\b)?) ?"
            r"(?:#|[Nn]o\.|número) ?(\d{1,3})( ?[A-Z]\b)?(?: ?- ?(\d{1,3}))?(?![\d.,]\d|\d)"
        ),
        _plate,
    ),
    # A Spanish number plate, four digits and three consonants: '1234-KLM', '1234 KLM'.
    (
        re.compile(r"(?<![\w-])(\d{4})[- ]?([BCDFGHJKLMNPRSTVWXYZ]{3})\b"),
        lambda m: f"{digits(m[1])} {' '.join(m[2])}",
    ),
    # Argentina's tax number (CUIT, CUIL): '20-12345678-3', dictated digit by digit.
    (
        re.compile(r"(?<![\w-])(\d{2})-(\d{8})-(\d)(?![\w-])"),
        lambda m: ", ".join(digits(g) for g in m.groups()),
    ),
    # A meeting or account ID in groups: 'ID 845 2213 9087'.
    (
        re.compile(
            r"(\b(?:ID|[Ii][Dd] de reunión)\b:? )(\d{3,4}(?:[ -]\d{3,4}){1,3})(?!\d|[.,]\d)"
        ),
        lambda m: m[1] + digits(m[2]),
    ),
    TOLL_FREE,
    COLOMBIA_TOLL_FREE,
    VENEZUELA,
    COUNTRY,
    LOCAL_MOBILE,
    # Mobiles and landlines in Spain: 612 34 56 78, 91 123 45 67, +34 612345678.
    # The groups share one separator ('800-1000 m' is a range, not a phone); not the tail of
    # a landline ('91 876 54 32').
    (
        re.compile(
            r"(?<![\w+])(?<!\d )(?:\+\d{2} )?[6789]\d{2}"
            r"(?:([ .-])\d{2,3}(?:\1\d{2,4}){1,2}|\d{6})(?!\w)"
        ),
        phone,
    ),
    (re.compile(r"(?<![\w+])(?:\+\d{2} )?[89]\d [1-9]\d{2}(?: \d{2}){2}(?!\w)"), phone),
    # An area code in brackets, then the number: (55) 1234-5678, (011) 4567-8901.
    (
        re.compile(r"(?:\+(\d{1,3}) )?\((\d{2,4})\) ?(\d{3,4})[ -]?(\d{4})(?!\w)"),
        lambda m: (f"más {card(int(m[1]))}, " if m[1] else "") + phone_groups(m, 2, area=True),
    ),
    # Toll-free lines: 0800-122-0338, 0800 333 2020; Mexico's ten digits with dashes: 55-1234-5678.
    (re.compile(r"(?<![\w-])(0\d{2,3})-(\d{3})-(\d{4})(?![\w-])"), phone_groups),
    # A trunk 0 and an area or mobile prefix, then three and three or four: Ecuador's
    # '0991 234 567', '02 234 5678'; Lima's '01 234 5678'.
    (
        re.compile(r"(?<![\w+.,-])(?<!\d )(0\d{1,3}) (\d{3}) (\d{3,4})(?![\w-]|[.,]\d| \d)"),
        phone_groups,
    ),
    (re.compile(r"(?<![\w+.,-])(\d{2,3})-(\d{3,4})-(\d{4})(?![\w-]|[.,]\d)"), phone_groups),
    # Three, three and four: Colombia's mobiles (310 456 7890), Mexico's toll-free lines
    # (01 800 123 4567).
    (
        re.compile(
            r"(?<![\w+.,])(?<!\+\d )(?<!\+\d\d )(?<!\+\d{3} )"
            r"(?:(01) )?(\d{3}) (\d{3}) (\d{4})(?![\w.,]\d|\w)"
        ),
        lambda m: phone_groups(m, 1 if m[1] else 2),
    ),
    # Argentina: area code, then four and four with a dash: 11 5555-1234.
    (re.compile(r"(?<![\w+.,])(\d{2,4}) (\d{3,4})-(\d{4})(?![\w.,]\d|\w)"), phone_groups),
    # A local number after its name: 'llama al 4567-8901', 'WhatsApp 4567 8901'.
    (
        re.compile(rf"({_PHONE_CUES}[:\s]{{1,3}})(\d{{4}}[ -]\d{{4}})(?![\w.,]\d|\w)"),
        lambda m: m[1] + phone(m, 2),
    ),
    DASHED_LOCAL,
    # Any other country: +52 55 1234 5678, +1 305 555 0123.
    # Chile's mobiles start with a lone 9 (+56 9 8765 4321), Santiago's lines with 2.
    (
        re.compile(
            r"(?<![\w+])\+\d{1,3}(?: \d{2,4}| \d(?= \d{4} \d{4}))(?: \d{2,4}){1,3}(?![\w,.]\d|\w)"
        ),
        phone,
    ),
    # Mexico's ten digits, two then four and four: 55 1234 5678.
    (re.compile(r"(?<![\w+.,])\d{2} \d{4} \d{4}(?![\w.,]\d|\w)"), phone),
    # Emergency and short service numbers: 112, 091, 016; the Americas' 911, Colombia's 123.
    (re.compile(rf"{_LONE}(112|911|123|0\d\d){_END}"), _service),
    # One-time codes and references after their name: 'código: 483920', 'tarjeta *4321'.
    (
        re.compile(
            rf"({_CODE_WORDS}{_NAMED}(?: es| será)?(?: el)?[:\s]{{1,3}}(?:\*+ ?)?)"
            rf"(\d{{4,}}|\d{{3}}[ -]\d{{3}}(?!\d)){_NOT_AMOUNT}"
        ),
        lambda m: m[1] + digits(m[2]),  # '482 913' is six digits, said one by one
    ),
    (
        re.compile(rf"({_REF_WORDS}[^.!?\d]{{0,20}}?)(?<![\d.,])(\d{{6,}}){_NOT_AMOUNT}"),
        lambda m: m[1] + digits(m[2]),
    ),
    # 'App de Movistar 4.2 disponible', 'actualización 2.3', 'firmware 3.2.15': a release,
    # not a quantity nor a date ('3.2.15' is no 3 February 2015 after 'firmware').
    (
        re.compile(
            rf"(?:\b({_RELEASE_CUES}):? {_PRODUCT}|(?<![\w.,]))"
            r"(\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)"
            r"\b(?![.,]\d| ?%)(?(1)|(?=,? (?:ya )?(?:está |están )?disponibles?\b))"
        ),
        lambda m: m[0][: m.start(2) - m.start()] + dotted(m[2]),
    ),
]

#: Ten digits or more in a row, or a leading zero: a reference, never an amount.
LONG_DIGITS: Rule = (
    re.compile(r"(?<![\d.,])(?:\d{10,}|0\d+)(?![\d]|[.,]\d)"),
    lambda m: latin.padded(m, digits(m[0])),
)


# A short label of an address that is no run of Spanish syllables is spelled: 'itv.es' is
# 'I T V punto es', 'bbva.es' 'B B V A punto es'; 'org', 'blog', 'ocu' are said as words.
_ONSET = r"(?:[bcfgkp][lr]|[dt]r|ch|ll|rr|qu|[bcdfghjklmnñpqrstvwxyz])?"
_VOWELS = "[aeiouáéíóúüy]{1,3}"
_SYLLABLES = re.compile(
    rf"(?:{_ONSET}{_VOWELS}[nslrdzxmy]?)*{_ONSET}{_VOWELS}(?:[nslr][gkstp]|ck|[nslrdzxmgktpbc])?"
)
_SAID_LABELS = latin.wordset("app apps gov")  # '.gov.co' is said 'punto gov'


def said(word: str) -> bool:
    """True when a lower-case word is a run of Spanish syllables ('samu', 'amba')."""
    return bool(_SYLLABLES.fullmatch(word))


def _label(m: re.Match[str]) -> str:
    word = m[0]
    return word if _SYLLABLES.fullmatch(word) or word in _SAID_LABELS else latin.spell(word)


def _as_word(label: str, after_dot: bool) -> bool:
    """'.es' is said 'punto es'; a country's two letters elsewhere, a path's '/de/' or 'es'
    in 'fin-de-semana', are read as syllables; '.de', '.ar' stay spelled."""
    return label == "es" or (not after_dot and bool(_SYLLABLES.fullmatch(label)))


# A country's two letters closing an address are spelled in capitals, as the country code
# is written: '.com.ar' 'punto com punto A R', '.mx' 'punto M X' ('.es' is said 'es').
_COUNTRY = re.compile(r"(?<=punto )([a-z]) ([a-z])\b(?! [A-Za-z]\b)")
_INITIALS = re.compile(r"(?<![\w-])[a-z](?: [a-z])+(?![\w-])")
# Latin America's and Spain's own domains without 'www' or 'https':
# 'app.riegointeligente.mx/sector/4', 'euskotren.eus/es', 'gencat.cat'.
_BARE_DOMAIN = re.compile(
    # a shop's name keeps its capitals ('Lider.cl').
    r"(?<![\w.@-])[A-Za-z][A-Za-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:mx|ar|cl|pe|uy|py|bo|ec|ve|gt|cr|pa|hn|sv|ni|do|cu|pr|gob|edu|gov|eus|cat|gal|info)"
    r"(?![\w.-]*@)(?![A-Za-z0-9])(?:/[A-Za-z0-9\-._~/?#=%&+]*[A-Za-z0-9/\-_=#])?"
)


def _name_number(run: str) -> str | None:
    # 'marta.gil82@' is 'gil ochenta y dos', 'renta2024' 'renta dos mil veinticuatro': two
    # digits or a year after a name are said as a number; '06' or '123' digit by digit.
    year = len(run) == 4 and run[:2] in ("19", "20")
    return card(int(run)) if (len(run) == 2 and run[0] != "0") or year else None


def address_rules(symbols: dict[str, str], names: tuple[str, ...]) -> list[Rule]:
    """latin's address rules, with short unsayable labels spelled as Spanish does."""

    def wrap(read: latin.Handler) -> latin.Handler:
        def said(m: re.Match[str]) -> str:
            text = re.sub(r"\b[a-zñ]{2,4}\b", _label, read(m))
            text = _COUNTRY.sub(lambda c: f"{c[1]} {c[2]}".upper(), text)
            # Initials are spelled in capitals ('smn.gob.ar' 'S M N'), as they are written.
            return _INITIALS.sub(lambda c: c[0] if c[0] == "w w w" else c[0].upper(), text)

        return said

    rules = latin_address.address_rule(
        symbols, names, keep_case=True, number=_name_number, as_word=_as_word
    )
    url = rules[-1][1]
    return [(rx, wrap(read)) for rx, read in [*rules, (_BARE_DOMAIN, url)]]
