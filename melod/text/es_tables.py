"""Spanish tables: unit names, what a slash after an amount reads, currency names."""

from __future__ import annotations

from typing import Final

from melod.text.latin import wordlist

UNITS: Final[dict[str, tuple[str, str]]] = {
    "°C": ("grado", "grados"), "°F": ("grado Fahrenheit", "grados Fahrenheit"),
    "°": ("grado", "grados"), "%": ("por ciento", "por ciento"),
    "km/h": ("kilómetro por hora", "kilómetros por hora"), "m/s": ("metro por segundo",
    "metros por segundo"), "mm/h": ("milímetro por hora", "milímetros por hora"),
    "km": ("kilómetro", "kilómetros"), "m": ("metro", "metros"), "cm": ("centímetro",
    "centímetros"), "mm": ("milímetro", "milímetros"), "kg": ("kilo", "kilos"),
    "g": ("gramo", "gramos"), "mg": ("miligramo", "miligramos"), "L": ("litro", "litros"),
    "l": ("litro", "litros"), "mL": ("mililitro", "mililitros"), "ml": ("mililitro",
    "mililitros"), "kWh": ("kilovatio hora", "kilovatios hora"), "Wh": ("vatio hora",
    "vatios hora"), "kW": ("kilovatio", "kilovatios"), "W": ("vatio", "vatios"),
    "V": ("voltio", "voltios"), "mAh": ("miliamperio hora", "miliamperios hora"),
    "µg/m³": ("microgramo por metro cúbico", "microgramos por metro cúbico"),
    "ug/m3": ("microgramo por metro cúbico", "microgramos por metro cúbico"),
    "m²": ("metro cuadrado", "metros cuadrados"), "m³": ("metro cúbico", "metros cúbicos"),
    "pts": ("punto", "puntos"),
    "ppm": ("parte por millón", "partes por millón"), "dB": ("decibelio", "decibelios"),
    "hPa": ("hectopascal", "hectopascales"), "mbar": ("milibar", "milibares"),
    "bar": ("bar", "bares"),
    "GB": ("gigabyte", "gigabytes"), "MB": ("megabyte", "megabytes"),
    # Fibre and tariffs in bits: 'fibra de 1 Gb' is 'un giga', '600 Mb' 'seiscientos megas'.
    "Gb": ("giga", "gigas"), "Mb": ("mega", "megas"),
    "Mbps": ("megabit por segundo", "megabits por segundo"), "Hz": ("hercio", "hercios"),
    "Mb/s": ("megabit por segundo", "megabits por segundo"), "Mbit/s": ("megabit por segundo",
    "megabits por segundo"), "Gbps": ("gigabit por segundo", "gigabits por segundo"),
    "Gb/s": ("gigabit por segundo", "gigabits por segundo"), "MB/s": ("megabyte por segundo",
    "megabytes por segundo"), "TB": ("terabyte", "terabytes"),
    "h": ("hora", "horas"), "min": ("minuto", "minutos"), "s": ("segundo", "segundos"),
    "seg": ("segundo", "segundos"), "ms": ("milisegundo", "milisegundos"),
    "lux": ("lux", "lux"), "lx": ("lux", "lux"), "lpm": ("latido por minuto", "latidos por minuto"),
    "rpm": ("revolución por minuto", "revoluciones por minuto"),
    "bpm": ("latido por minuto", "latidos por minuto"),
    "mmHg": ("milímetro de mercurio", "milímetros de mercurio"),
    "l/100 km": ("litro a los cien kilómetros", "litros a los cien kilómetros"),
    "l/100km": ("litro a los cien kilómetros", "litros a los cien kilómetros"),
    "L/100 km": ("litro a los cien kilómetros", "litros a los cien kilómetros"),
    "L/100km": ("litro a los cien kilómetros", "litros a los cien kilómetros"),
    "kWh/100 km": ("kilovatio hora a los cien kilómetros", "kilovatios hora a los cien kilómetros"),
    "kWh/100km": ("kilovatio hora a los cien kilómetros", "kilovatios hora a los cien kilómetros"),
    "nudos": ("nudo", "nudos"), "hrs": ("hora", "horas"), "hr": ("hora", "horas"),
    "hs": ("hora", "horas"), "dL": ("decilitro", "decilitros"), "dl": ("decilitro", "decilitros"),
    "mmol": ("milimol", "milimoles"), "m2": ("metro cuadrado", "metros cuadrados"),
    "m3": ("metro cúbico", "metros cúbicos"), "kcal": ("kilocaloría", "kilocalorías"),
    "kVA": ("kilovoltiamperio", "kilovoltiamperios"), "mA": ("miliamperio", "miliamperios"),
    "Ah": ("amperio hora", "amperios hora"), "psi": ("P S I", "P S I"),
    "mph": ("milla por hora", "millas por hora"), "lb": ("libra", "libras"),
    "lbs": ("libra", "libras"), "kgs": ("kilo", "kilos"), "Kg": ("kilo", "kilos"),
    "KG": ("kilo", "kilos"), "grs": ("gramo", "gramos"), "gr": ("gramo", "gramos"),
    "kms": ("kilómetro", "kilómetros"), "Km": ("kilómetro", "kilómetros"),
    "KM": ("kilómetro", "kilómetros"), "Kms": ("kilómetro", "kilómetros"),
    "Km/h": ("kilómetro por hora", "kilómetros por hora"), "lts": ("litro", "litros"),
    "Lts": ("litro", "litros"), "lt": ("litro", "litros"), "mts": ("metro", "metros"),
    "mins": ("minuto", "minutos"), "segs": ("segundo", "segundos"),
    "cms": ("centímetro", "centímetros"), "GHz": ("gigahercio", "gigahercios"),
    "MHz": ("megahercio", "megahercios"), "kHz": ("kilohercio", "kilohercios"),
    "MP": ("megapíxel", "megapíxeles"), "cts": ("céntimo", "céntimos"),
    "ctms": ("céntimo", "céntimos"), "cts.": ("céntimo", "céntimos"),
    "ctvs": ("centavo", "centavos"), "reb": ("rebote", "rebotes"),
    "ast": ("asistencia", "asistencias"), "asist": ("asistencia", "asistencias"),
    "tap": ("tapón", "tapones"), "hab": ("habitación", "habitaciones"),
    "habs": ("habitación", "habitaciones"),
    "dorm": ("dormitorio", "dormitorios"), "kWp": ("kilovatio pico", "kilovatios pico"),
    "Wp": ("vatio pico", "vatios pico"), "Bq": ("becquerelio", "becquerelios"),
    "oz": ("onza", "onzas"), "MWh": ("megavatio hora", "megavatios hora"),
    "GWh": ("gigavatio hora", "gigavatios hora"), "MW": ("megavatio", "megavatios"),
    "GW": ("gigavatio", "gigavatios"), "gal": ("galón", "galones"),
    "cl": ("centilitro", "centilitros"), "cL": ("centilitro", "centilitros"),
    "cc": ("centímetro cúbico", "centímetros cúbicos"), "µg": ("microgramo", "microgramos"),
    "KB": ("kilobyte", "kilobytes"), "ng": ("nanogramo", "nanogramos"),
    "UI": ("unidad internacional", "unidades internacionales"),
    "t": ("tonelada", "toneladas"), "Tn": ("tonelada", "toneladas"),
    "tn": ("tonelada", "toneladas"),
    "km²": ("kilómetro cuadrado", "kilómetros cuadrados"), "km2": ("kilómetro cuadrado",
    "kilómetros cuadrados"), "cm²": ("centímetro cuadrado", "centímetros cuadrados"),
    "cm³": ("centímetro cúbico", "centímetros cúbicos"), "mm²": ("milímetro cuadrado",
    "milímetros cuadrados"),
    # Farms and reservoirs: '3,5 ha' of land, '210 hm³' in a dam.
    "ha": ("hectárea", "hectáreas"), "hm³": ("hectómetro cúbico", "hectómetros cúbicos"),
    "hm3": ("hectómetro cúbico", "hectómetros cúbicos"),
    "msnm": ("metro sobre el nivel del mar", "metros sobre el nivel del mar"),
}  # fmt: skip

#: `1,65 €/l`, `850 €/mes`: the unit after the slash, with the words Spanish puts before it.
PER: Final = {
    "kWh": "el kilovatio hora", "l": "el litro", "L": "el litro", "kg": "el kilo",
    "m²": "el metro cuadrado", "mes": "al mes", "año": "al año", "día": "al día",
    "semana": "a la semana", "noche": "la noche", "h": "la hora", "hora": "la hora",
    "persona": "por persona", "min": "por minuto", "km": "por kilómetro",
    "trimestre": "al trimestre", "semestre": "al semestre", "quincena": "a la quincena",
    "unidad": "la unidad", "MWh": "el megavatio hora",
    "ud": "la unidad", "kilo": "el kilo", "m³": "el metro cúbico",
}  # fmt: skip

#: Currencies by code, for pairs (EUR/USD) and exchange rates: singular, plural.
CURRENCY_NAMES: Final = {
    "EUR": ("euro", "euros"), "USD": ("dólar", "dólares"), "GBP": ("libra", "libras"),
    "JPY": ("yen", "yenes"), "CHF": ("franco suizo", "francos suizos"),
    "CAD": ("dólar canadiense", "dólares canadienses"), "AUD": ("dólar australiano",
    "dólares australianos"), "CNY": ("yuan", "yuanes"), "KRW": ("won", "wones"),
    "MXN": ("peso", "pesos"), "BTC": ("bitcoin", "bitcoins"),
}  # fmt: skip

#: Acronyms Spanish says as words (el IVA, el IBEX, el AVE, la UCI, la DANA, la ESO). They
#: keep their capitals, as people write them: the TTS lower-cases its input and reads them.
SAID_AS_WORDS: Final = {
    w: w
    for w in wordlist(
        "IVA IBEX AVE ONCE ADIF SEPE PYME PYMES OCU UCI UVI ALSA DANA ESO TAE SEUR AENA AEMET "
        "AMPA NIF NIE IBI EBAU EVAU SEAT BOE INE ERTE ERE SAT CIS MIR RENFE PSOE UNED IMSERSO "
        "COPE ZARA LIDL ALDI FNAC KIA AUDI MAPFRE OXXO CURP ELO UNAM SÍ SPEI TAC PAU RAE OMS IBAN "
        "CIF OPE RUT PAN PRI ABA ICE ECO SOAT DIAN CUIT CUIL IOMA OSE IPSA SAG EFE"
    )
}

# Currency: singular, plural, cent singular, cent plural, feminine.
_PESO = ("peso", "pesos", "centavo", "centavos", False)
_DOLLAR = ("dólar", "dólares", "centavo", "centavos", False)
CURRENCY = {"€": ("euro", "euros", "céntimo", "céntimos", False), "$": _DOLLAR,
             "MXN": _PESO, "ARS": _PESO, "COP": _PESO, "CLP": _PESO, "UYU": _PESO,
             "PEN": ("sol", "soles", "céntimo", "céntimos", False),
             "CAD": ("dólar canadiense", "dólares canadienses", "centavo", "centavos", False),
             "AUD": ("dólar australiano", "dólares australianos", "centavo", "centavos", False),
             "CHF": ("franco suizo", "francos suizos", "céntimo", "céntimos", False),
             "BRL": ("real", "reales", "centavo", "centavos", False),
             "£": ("libra", "libras", "penique", "peniques", True),
             "¥": ("yen", "yenes", "", "", False),
             "₩": ("won", "wones", "", "", False), "DOP": _PESO,
             "VES": ("bolívar", "bolívares", "céntimo", "céntimos", False),
             "GTQ": ("quetzal", "quetzales", "centavo", "centavos", False),
             "CRC": ("colón", "colones", "céntimo", "céntimos", False),
             "PAB": ("balboa", "balboas", "centésimo", "centésimos", False),
             "HNL": ("lempira", "lempiras", "centavo", "centavos", False),
             "NIO": ("córdoba", "córdobas", "centavo", "centavos", False),
             "PYG": ("guaraní", "guaraníes", "", "", False),
             "BOB": ("boliviano", "bolivianos", "centavo", "centavos", False)}  # fmt: skip
CODES = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "KRW": "₩"}
SCORE_CTX = (r"(?i:\b(?:ganó|gana|ganan|ganado|ganaron|partido|marcador|resultado|contra|vence|"
              r"vencen|venció|empate|empató|empatan|perdió|pierde|pierden|perdieron|final|"
              r"golea|golean|goleó|remonta|remontan|derrota|derrotan|derrotó)\b)")  # fmt: skip
FRACTIONS = {2: "medio", 3: "tercio", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo",
              8: "octavo", 9: "noveno", 10: "décimo"}  # fmt: skip
SYMBOLS = {"&": "y", "±": "más menos", "+": "más", "@": "arroba", "=": "igual a", "%": "por ciento",
            "€": "euros", "$": "dólares", "£": "libras", "¥": "yenes", "₩": "wones"}  # fmt: skip
#: Nouns a number names rather than counts: 'sector 1 regado' is 'sector uno', never 'un'.
LABEL_NOUNS: Final = wordlist(
    "número sector zona bloque módulo nave parcela lote fase nivel planta sala aula puerta "
    "portal andén vía línea pista cámara sensor circuito canal grupo equipo habitación "
    "consultorio despacho oficina cama asiento"
)
ADDRESS = {".": "punto", "/": "barra", "@": "arroba", "-": "guion", "_": "guion bajo"}
#: Currency codes read as money after or before an amount (23,40 EUR, USD 45).
MONEY_CODES = "|".join([*CODES, *(code for code in CURRENCY if code.isalpha())])
#: Women's first names: a title written in the masculine before one is a woman's.
WOMEN: Final = wordlist(
    "María Ana Laura Lucía Sofía Marta Elena Paula Isabel Rosa Patricia Claudia Andrea Gabriela "
    "Daniela Fernanda Alejandra Verónica Adriana Mónica Silvia Teresa Cristina Beatriz Lorena "
    "Guadalupe Mariana Valeria Carolina Natalia Diana Sandra Raquel Pilar Marisol Leticia Gloria "
    "Julia Sara Irene Eva Alicia Victoria Angélica Martha Liliana Paola Karla Carla Érika Norma "
    "Yolanda Rocío Esther Inés Nuria Montserrat Lourdes Susana Carmen Dolores Mercedes Ximena "
    "Jimena Camila Valentina Florencia Catalina Josefina Agustina Luisa Margarita Rebeca Noemí "
    "Elisa Miriam Nancy Brenda Cecilia Estela Graciela Marcela Viviana Yesenia Elvira Amparo "
    "Concepción Inmaculada Begoña Ainhoa Maite Aurora Alba Nerea Lidia Ángela Clara Blanca"
)
#: Mexico's states as abbreviated after a town ('Acapulco, Gro.').
MX_STATES: Final = {
    "Ags": "Aguascalientes", "Camp": "Campeche", "Chih": "Chihuahua", "Chis": "Chiapas",
    "Coah": "Coahuila", "Dgo": "Durango", "Gro": "Guerrero", "Gto": "Guanajuato",
    "Hgo": "Hidalgo", "Jal": "Jalisco", "Mich": "Michoacán", "Mor": "Morelos", "Nay": "Nayarit",
    "Oax": "Oaxaca", "Pue": "Puebla", "Qro": "Querétaro", "Sin": "Sinaloa", "Son": "Sonora",
    "Tab": "Tabasco", "Tamps": "Tamaulipas", "Tlax": "Tlaxcala", "Ver": "Veracruz",
    "Yuc": "Yucatán", "Zac": "Zacatecas", "Edo\\. (?:de )?Méx": "Estado de México",
    "Méx": "México", "N\\. ?L": "Nuevo León", "Q\\. ?Roo": "Quintana Roo",
    "B\\. ?C\\. ?S": "Baja California Sur", "B\\. ?C": "Baja California",
    "S\\. ?L\\. ?P": "San Luis Potosí",
}  # fmt: skip
