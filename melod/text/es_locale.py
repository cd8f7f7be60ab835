"""Which Spanish-speaking country a message comes from, guessed once per message.

Spanish is read differently by country: '$ 12.990' is pesos in Santiago and dollars in
Quito, '46,232' is forty-six thousand in Mexico, '987654321' is a mobile said in threes in
Lima. The rules that depend on it ask `country()`; `guess()` reads the signals a message
carries: currency signs and codes, phone prefixes, domains, places, banks, apps, utilities,
the voseo and words only one region uses.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

# Latin America with no country named: '$' means pesos there more often than dollars.
LATAM = "LATAM"
UNKNOWN = ""
# Where '$' is the peso people pay with.
PESO_LANDS = frozenset({"MX", "AR", "UY", "CO", "CL", "DO", LATAM})
# Where thousands are grouped with a comma and decimals take a point: '46,232' is a count.
POINT_DECIMAL_LANDS = frozenset({"MX", "US", "GT", "PA", "DO", "PR", "SV", "HN", "NI", "PE"})


def _words(alts: str) -> str:
    """Words, names and brands separated by '|', in any case."""
    return r"(?i:\b(?:" + alts + r")(?!\w))"


# A country's own signals: its international prefix, currency, domain, places, banks, apps,
# utilities and words. Each match counts one; the country with most wins.
_SIGNALS: dict[str, tuple[str, ...]] = {
    "ES": (
        r"€|\bEUR\b|(?<![\w+])\+34 ?[6-9]|\.es\b",
        _words(
            r"madrid|barcelona|sevilla|bilbao|zaragoza|málaga|alicante|iberdrola|endesa|"
            r"naturgy|renfe|bizum|mercadona|caixabank|dgt|seur|ordenador|vosotros|habéis|"
            r"tenéis|podéis|queréis|sabéis|estáis|vais|sois"
        ),
    ),
    "MX": (
        r"\bMXN\b|(?<![\w+])\+52\b|\.mx\b|\bCFDI\b|\be\.firma\b",
        # The tax office (in Spain the SAT is a repair service): 'SAT: saldo a favor de $4,870'.
        r"\bSAT\b(?=[^.!?]*\b(?:declaración|saldo a favor|devolución|contribuyentes?|RFC|"
        r"buzón tributario|impuestos?|multas?|ISR|fiscal(?:es)?)\b)",
        _words(
            r"méxico|mexico|cdmx|monterrey|guadalajara|tijuana|cancún|puebla|oxxo|cfe|telcel|"
            r"telmex|spei|banorte|banamex|bancomer|coppel|elektra|pemex|imss|infonavit|predial|"
            r"tenencia|colonia|col\.|recámaras?|magna|ahorita|alberca|curp|rfc|issste|"
            r"tinacos?|tlapalería|chido|güey|jalisco|zapopan|tlaquepaque|querétaro|veracruz|"
            r"oaxaca|chihuahua|sinaloa|yucatán|edomex|toluca|soriana|chedraui|aurrerá|"
            r"sanborns|totalplay|izzi|megacable|estafeta|banco azteca|neta|órale|chelas?|cuates?|"
            r"chamacos?|morras?|carnal|padrísimo|wey|no manches|híjole|ándale|"
            r"chamarras?|popotes?|garraf[óo]n|garrafones|pipa de agua|gas lp|tianguis|depa|prepa|"
            r"jitomates?|elotes?|esquites|cinépolis|cinemex|palacio de hierro|fraccionamiento|"
            r"refaccionaria|boiler|chícharos?|ejotes?|betabel|cacahuates?|bolillos?|nopal(?:es)?|"
            r"chivas|rayados|liga mx|aguascalientes|saltillo|hermosillo|culiacán|mazatlán|"
            r"morelia|cuernavaca|pachuca|tampico|torreón|mexicali|ensenada|acapulco|"
            r"villahermosa|xalapa|celaya|irapuato|playa del carmen|tulum|ecatepec|naucalpan|"
            r"coyoacán|polanco|tlalpan|iztapalapa|nuevo león|guanajuato|michoacán|coahuila|"
            r"tamaulipas|chiapas|quintana roo|baja california|nayarit|campeche|zacatecas|tlaxcala|"
            r"san luis potosí|liverpool|sears|suburbia|farmacias del ahorro|farmacias guadalajara|"
            r"farmacias similares|benavides|la comer|superama|inbursa|bancoppel|hey banco|afore|"
            r"volaris|viva ?aerobus|aerom[ée]xico|primera plus|ado|profeco|condusef|conagua|"
            r"fovissste|unam|ipn|sacmex|siapa|mexibús|metrobús cdmx|mandado|tiendita|tortillería"
        ),
    ),
    "AR": (
        r"\bARS\b|(?<![\w+])\+54\b|\.ar\b|\bSUBE\b",  # the transport card, not 'sube'
        _words(
            r"argentina|buenos aires|caba|rosario|mendoza|afip|edenor|edesur|rapipago|"
            r"nafta|colectivo|subte|heladera|pileta|che|mercado pago|mercado ?libre|merval|"
            r"anses|dólar blue|cuit|cuil|pami|ioma|osde"
        ),
    ),
    "UY": (
        r"\bUYU\b|(?<![\w+])\+598\b|\.uy\b|\$U",
        _words(r"uruguay|montevideo|abitab|redpagos|antel|ute|ose"),
    ),
    "CO": (
        r"\bCOP\b|(?<![\w+])\+57\b|\.co\b|\d'\d{3}[.,]\d{3}",
        _words(
            r"colombia|bogotá|medellín|barranquilla|cartagena|nequi|bancolombia|daviplata|"
            r"davivienda|epm|codensa|transmilenio|rappi|colcap|dian|icetex"
        ),
    ),
    "CL": (
        r"\bCLP\b|\bUF\b|(?<![\w+])\+56\b|\.cl\b",
        _words(
            r"chile|valparaíso|viña del mar|bencina|bancoestado|falabella|transbank|copec|"
            r"entel|lider|cencosud|ipsa|fonasa|isapre|serviu|rut"
        ),
    ),
    "PE": (
        r"\bPEN\b|(?<![\w/])S/\.? ?\d|(?<![\w+])\+51\b|\.pe\b",
        _words(
            r"perú|peru|lima|arequipa|cusco|yape|plin|sedapal|soles|bvl|sunat|reniec|essalud|"
            r"senamhi|indecopi|huaraz|paracas|machu picchu|vinicunca|chiclayo|piura|iquitos|puno|"
            r"tacna|huancayo|cajamarca|callao|garúa|terma|jirón"
        ),
    ),
    "EC": (
        r"(?<![\w+])\+593\b|\.ec\b",
        _words(r"ecuador|quito|guayaquil|cnel|pichincha|produbanco"),
    ),
    "VE": (
        r"\bVES\b|(?<![\w+])\+58\b|\.ve\b|\bBs\.? ?\d|\d ?[Bb]s\b",
        _words(
            r"venezuela|caracas|maracaibo|bolívar(?:es)?|bolivares|cantv|corpoelec|pago móvil|"
            r"hallacas"
        ),
    ),
    "CR": (
        r"\bCRC\b|₡|(?<![\w+])\+506\b|\.cr\b",
        _words(r"costa rica|kölbi|sinpe|colones"),
    ),
    "PA": (
        r"\bPAB\b|(?<![\w/])B/\.? ?\d|(?<![\w+])\+507\b|\.pa\b",
        _words(r"panamá|yappy|balboas?"),
    ),
    "GT": (r"\bGTQ\b|(?<![\w+])\+502\b|\.gt\b", _words(r"guatemala|quetzal(?:es)?")),
    "SV": (r"(?<![\w+])\+503\b|\.sv\b", _words(r"el salvador")),
    "HN": (
        r"\bHNL\b|(?<![\w+])\+504\b|\.hn\b",
        _words(r"honduras|tegucigalpa|san pedro sula|lempiras?|hondutel|tigo honduras"),
    ),
    "NI": (r"\bNIO\b|\bC\$ ?\d|(?<![\w+])\+505\b|\.ni\b", _words(r"nicaragua|managua|córdobas")),
    "PY": (r"\bPYG\b|₲|(?<![\w+])\+595\b|\.py\b", _words(r"paraguay|asunción|guaraníe?s")),
    "BO": (
        r"\bBOB\b|(?<![\w+])\+591\b|\.bo\b|\bBs\.? ?\d",  # Bs is Venezuela's sign too
        _words(r"bolivia|la paz|el alto|cochabamba|sucre|oruro|potosí|bolivianos"),
    ),
    "PR": (r"(?<![\w+])\+1 ?787\b", _words(r"puerto rico")),
    "DO": (r"\bDOP\b|\bRD\$", _words(r"república dominicana|santo domingo")),
    # Hispanics of the United States, and things priced in dollars everywhere.
    "US": (
        r"\bUSD\b|\bUS\$|\bU\$S\b|\bEE\. ?UU\.|\bUSA\b",  # not the verb 'usa'
        _words(
            r"estados unidos|eeuu|nueva york|miami|houston|texas|florida|zelle|binance|"
            r"bitcoin|btc|ethereum|cripto\w*|nasdaq|wall street|dow jones|nvidia|apple|ebay|"
            r"steam"
        ),
    ),
    LATAM: (
        # Latin America's words and the voseo ('¿me pasás $5.000?'), with no country named;
        # fuel by the litre too (Spain prices it in euros, the US by the gallon).
        _words(
            r"pesos?|celular|boletos?|computadora|cuadras|pasás|tenés|podés|querés|sabés|vení|"
            r"decime|avisame|fijate|mirá|pagá|litros?|pasajes?|"  # a fare is 'billete' in Spain
            # Food and home words Spain says otherwise (tarta, zumo, melocotón, nevera, curro).
            r"tortas?|jugos?|paltas?|frutillas?|duraznos?|choclos?|refri|chamba|platic\w*|"
            r"colegiaturas?|aguinaldo|plomer[oa]s?|plomería|frijol(?:es)?|toronjas?|abarrotes|"
            r"tortillas?"
        ),
        r"\bsos\b",  # the voseo's 'you are', never the capitals of an SOS
        # The dollar's own price ('el dólar cierra en $17.25', 'Dólar hoy: $952') is in pesos.
        r"(?i)\bd[óo]lar\b[^.!?$\d]{0,30}\$ ?\d",
        # '$18.45 por dólar', 'tipo de cambio': a rate against the dollar is in pesos.
        r"(?i)\$ ?\d[\d.,]* (?:por|el|x) d[óo]lar\b|\btipo de cambio\b",
    ),
}
_COMPILED = {land: [re.compile(p) for p in pats] for land, pats in _SIGNALS.items()}


@lru_cache(maxsize=256)
def guess(text: str) -> str:
    """The country whose signals a message carries most, LATAM for Latin American words
    alone, UNKNOWN for none; a tie between countries is UNKNOWN too."""
    scores = {
        land: sum(len(rx.findall(text)) for rx in pats)
        for land, pats in _COMPILED.items()
        if land != LATAM
    }
    best = max(scores.values())
    if best:
        lands = [land for land, score in scores.items() if score == best]
        return lands[0] if len(lands) == 1 else _tie(lands)
    return LATAM if any(rx.search(text) for rx in _COMPILED[LATAM]) else UNKNOWN


def _tie(lands: list[str]) -> str:
    """Countries that agree on what '$' means still tell the rule enough."""
    if all(land in PESO_LANDS for land in lands):
        return LATAM
    if sorted(lands) == ["BO", "VE"]:  # 'Bs' alone: Venezuela's bolívar, by far the likelier
        return "VE"
    return UNKNOWN


_CURRENT: ContextVar[str] = ContextVar("es_country", default=UNKNOWN)


def read_in(text: str) -> None:
    """Set the country for the message about to be read (normalize calls it first)."""
    _CURRENT.set(guess(text))


def country() -> str:
    """The country of the message being read."""
    return _CURRENT.get()


def dollar_is_peso(*, grouped: bool) -> bool:
    """Whether '$' before an amount means pesos: in a peso land, or with no country at all
    when the amount is grouped with dots ('$ 12.990'), as only the peso lands write it."""
    land = country()
    return land in PESO_LANDS or (land == UNKNOWN and grouped)
