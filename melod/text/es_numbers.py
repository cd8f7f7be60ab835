"""Spanish numbers: cardinals with gender and apocope, ordinals, decimals, noun gender."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.latin import Num

DIGIT_NAMES: tuple[str, ...] = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
)  # fmt: skip

# Grouped by dots, or by spaces unless a letter touches it ('iPhone 13 128GB', 'S21 256').
GROUPED = (
    r"(?:[1-9]\d{0,2}(?:\.\d{3})+(?!\d)"
    r"|(?<![^\W\d_])[1-9]\d{0,2}(?: \d{3})+(?![\d]|[^\W\d_]))(?:,\d+)?"
)
N = rf"(?<![\d.,])(?:{GROUPED}|\d+(?:[,.]\d+)?)(?![\d]|[.,]\d)"
# A minus may be spaced (`- 5 °C`), but not after a value: `80 % - 2 h` is a separator.
SN = rf"(?:(?<![\w)])(?:[-−]|(?<![\w)%°] )[-−] ))?{N}"

# Words after a number that are not the thing counted: "1 y 2" keeps "uno".
_NOT_NOUNS = latin.wordset(
    "y o u e a de del al en con por para que coma más menos es son entre hasta sobre contra "
    "está están estaba era fue ha han hay tiene tienen lleva llevan sigue siguen será serán "
    "no ya se te me le lo el la los las"
)
# Verbs and adverbs right after a number: 'el pedido 21 llega mañana' keeps 'veintiuno'.
_NOT_NOUNS |= latin.wordset(
    "hoy mañana ahora ayer aquí allí luego después antes pronto también solo sólo nunca siempre "
    "si ni pero porque como cuando donde sin tras hacia desde según durante ante frente "
    "sale salen saldrá llega llegan llegará llegó vence vencen venció caduca caducan empieza "
    "empiezan comienza comienzan termina terminan terminó acaba acaban abre abren cierra "
    "cierran pasa pasan sube suben subió baja bajan bajó queda quedan quedó sigue salió "
    "necesita necesitan tiene puede pueden debe deben va van ha fue fueron estará estarán "
    "máxima mínima máximo mínimo máx mín"
)
# Feminine nouns that do not end in -a, -ción, -dad...: 'una nave', 'veintiuna dosis'.
_FEMININE = latin.wordset(
    "vez veces luz luces noche llave red piel tos calle parte nube foto moto mano "
    "imagen imágenes flor leche sal señal señales nave clase frase fuente torre suerte muerte "
    "gente base fase carne nieve tarde sede serie especie superficie madre fiebre clave ave "
    "pared sed ley mujer labor cárcel miel cruz cruces voz voces paz nariz narices raíz raíces "
    "dosis crisis tesis radio bici tele app apps web tablet sartén orden reunión región "
    "opinión unión religión legión mente corriente costumbre cumbre legumbre pirámide hélice "
    "sangre hambre índole catástrofe nuez perdiz codorniz lombriz cicatriz res mies"
)
_MASC_IN_A = latin.wordset(
    "día mapa problema sistema programa tema clima idioma planeta sofá giga mega esquema "
    "dilema poema drama telegrama crucigrama diagrama pijama tranvía aroma síntoma fantasma "
    "enigma lema teorema karma cometa yoga plasma trauma dia panorama carisma emblema prisma "
    "paradigma dogma magma holograma pentagrama poeta profeta monarca lempira córdoba balboa"
)
# People of either sex: a crowd of them is counted in the generic masculine ('84.567
# hinchas' 'quinientos sesenta y siete'), unless an adjective after says they are women.
_EITHER_SEX = latin.wordset(
    "hincha turista artista deportista ciclista periodista dentista futbolista tenista "
    "atleta colega policía electricista taxista pianista astronauta "
    "analista especialista economista camarada psiquiatra pediatra"
)
_MASC_IN_A |= _EITHER_SEX
_FEM_SUFFIXES = ("a", "as", "ción", "ciones", "sión", "siones", "xión", "xiones", "dad",
                 "dades", "tud", "tudes", "umbre", "umbres")  # fmt: skip


def gender(word: str, after: str = "") -> str:
    """'' when no noun follows, else 'm' or 'f' for the noun's gender ('tenistas españolas':
    the adjective `after` a noun of either sex tells)."""
    word = word.lower()
    if word == "me" and after.lower() in ("gusta", "gustas"):
        return "m"  # a count of likes: '101 me gusta' 'ciento un me gusta'
    if not word or word in _NOT_NOUNS:
        return ""
    if word.removesuffix("s") in _EITHER_SEX and re.fullmatch(r"[^\W\d_]{3,}as", after):
        return "f"
    masculine = word in _MASC_IN_A or word.removesuffix("s") in _MASC_IN_A
    # 'naves', 'flores', 'reuniones': the singular is the plural less -s or -es.
    singular = re.sub(r"iones$", "ión", word) if word.endswith("iones") else word[:-2]
    if {word, word.removesuffix("s"), singular} & _FEMININE:
        return "f"
    return "f" if word.endswith(_FEM_SUFFIXES) and not masculine else "m"


def _feminine(text: str) -> str:
    head, sep, tail = text.rpartition("mill")
    tail = re.sub(r"\b(veinti)?(uno|ún)\b", lambda m: (m[1] or "") + "una", tail)
    tail = re.sub(r"\bun\b", "una", tail)
    return head + sep + re.sub(r"ientos\b", "ientas", tail)


def card(n: int, gender: str = "") -> str:
    """A cardinal; `gender` 'm' or 'f' when a noun follows ('un', 'una', 'doscientas')."""
    text = latin.words(n, "es", DIGIT_NAMES)
    text = re.sub(r"\bveintiuno (?=mil|millones)", "veintiún ", text)
    text = re.sub(r"\buno (?=mil|millones)", "un ", text)
    if gender == "m":
        text = re.sub(r"veintiuno$", "veintiún", re.sub(r"\buno$", "un", text))
    return _feminine(text) if gender == "f" else text


_ELEVENTH = {"primero": "undécimo", "segundo": "duodécimo"}


def ordinal(n: int, gender: str = "") -> str:
    """An ordinal; 'm' gives the apocope before a noun ('primer piso')."""
    text = latin.words(n, "es", DIGIT_NAMES, "ordinal")
    # num2words writes 'décimoprimero', 'quadragésimo': 11th and 12th are 'undécimo' and
    # 'duodécimo' in every higher ordinal too (centésimo undécimo).
    text = re.sub(r"décimo(primero|segundo)", lambda m: _ELEVENTH[m[1]], text)
    text = text.replace("quadragésimo", "cuadragésimo")
    # 13th to 19th are one word: 'decimoquinto', 'decimotercera'.
    text = re.sub(r"\bdécimo (?=tercer|cuart|quint|sext|séptim|octav|noven)", "decimo", text)
    if gender == "f":
        return re.sub(r"o\b", "a", text)
    return re.sub(r"(primer|tercer)o$", r"\1", text) if gender == "m" else text


class PointNum(Num):
    """A number written with a decimal point ('12.5'), as Mexico and Peru write it."""


def parse(text: str) -> Num:
    """A number as written in Spain (1.234,5) or, without grouping, with a decimal point."""
    if re.fullmatch(r"[-−]? ?" + GROUPED, text):
        return latin.parse(text, ",", " .")
    value = latin.parse(text.replace(".", ","), ",", "")
    return PointNum(value.neg, value.whole, value.frac) if "." in text else value


# Nouns counted only whole: '46,232 aficionados' can only be Mexico's grouped thousands.
_WHOLE_COUNTS = latin.wordset(
    "personas aficionados asistentes espectadores usuarios habitantes visitantes votos "
    "seguidores hinchas clientes pasajeros alumnos estudiantes viviendas hogares vehículos "
    "autos coches casos muertos heridos afectados evacuados empleos trabajadores boletos "
    "entradas pasos visitas suscriptores contagios corredores fans likes reproducciones vistas "
    "descargas firmas participantes inscritos socios miembros turistas familias votantes "
    "pacientes vacunados opiniones reseñas valoraciones comentarios calificaciones reacciones "
    "mensajes correos llamadas pedidos envíos paquetes unidades productos reservas huéspedes "
    "camas habitaciones noches niños adultos jugadores afiliados beneficiarios empresas tiendas "
    "árboles viajes vuelos denuncias multas accidentes incendios sismos réplicas"
)


def comma_thousands(text: str, noun: str = "") -> str:
    """'1,500' as Mexico groups thousands ('1.500'): a decimal would not end in two zeros,
    nor count people."""
    whole = noun.lower() in _WHOLE_COUNTS
    if re.fullmatch(r"[1-9]\d{0,2},\d00" if not whole else r"[1-9]\d{0,2},\d{3}", text):
        return text.replace(",", ".")
    return text


def num(value: Num, gender: str = "") -> str:
    """A parsed number in words, decimals after 'coma'."""
    text = card(value.value, gender if not value.frac else "")
    if value.frac:
        frac = value.frac
        zeros = "cero " * (len(frac) - len(frac.lstrip("0")))
        rest = card(int(frac)) if len(frac) <= 3 else latin.spell_digits(frac, DIGIT_NAMES)
        # Read as written: '12.5 L/min' 'doce punto cinco', '2,4 bar' 'dos coma cuatro'.
        sep = " punto " if isinstance(value, PointNum) else " coma "
        text += sep + (zeros + rest if len(frac) <= 3 and frac.strip("0") else rest)
    return "menos " + text if value.neg else text


def digits(text: str) -> str:
    """Digits one by one."""
    return latin.spell_digits(text, DIGIT_NAMES)


def dotted(text: str) -> str:
    """A release part by part: '2.0.08' 'dos punto cero punto cero ocho' (a zero is said)."""
    parts = text.split(".")
    return " punto ".join(digits(p) if p[:1] == "0" and len(p) > 1 else card(int(p)) for p in parts)


# Feminine nouns that start with a stressed a take 'un' in the singular: 'un aula', 'un ave'.
_STRESSED_A = re.compile(
    r"\b([Uu])na (?=(?:aula|agua|área|arma|alma|águila|ave|hacha|hambre|ala|alga|arpa|haba|"
    r"habla|hada|acta|ancla|aria|asa|aya|ama|álgebra)\b)"
)


def stressed_a(text: str) -> str:
    """'una aula' -> 'un aula': the article form of 'una' before a stressed a."""
    return _STRESSED_A.sub(r"\1n ", text)


# Masculine nouns that look like participles: '2 cafés, 1 helado' keeps 'un helado'.
_NOUNS_LIKE_PARTICIPLES = latin.wordset(
    "pedido helado pescado teclado candado resultado estado mercado grado lado vestido sonido "
    "ruido partido contenido apartado invitado empleado abogado soldado jurado tejado bocado "
    "puñado significado cuidado asado batido marido latido tratado dictado recado prado "
    "aparcado enchufado puesto hecho cubierto abonado "
    # People named by what befell them: '2 muertos y 1 herido' is 'un herido'.
    "herido muerto detenido afectado desaparecido fallecido evacuado imputado acusado "
    "contagiado infectado implicado"
)
# Adjectives that stand for a noun left out; the first ones agree by their own ending.
_ADJECTIVES = latin.wordset(
    "activo activa inactivo inactiva nuevo nueva vacío vacía lleno llena listo lista sucio "
    "sucia limpio limpia gratuito gratuita libre disponible pendiente gratis"
)
_VERBS = latin.wordset(
    "está sigue tiene queda falta necesita requiere fue es era estaba parece lleva ha había"
)
_PARTICIPLE = re.compile(
    r"[^\W\d_]{2,}[ai]d[oa]|[^\W\d_]*(?:rot|abiert|devuelt|vuelt|hech|puest|resuelt|escrit)[oa]"
)


def left_out(word: str, counted: str, tail: str = "") -> str | None:
    """'14 productos, 1 sustituido': the noun counted before is left out, so 'uno' stays.

    A participle that agrees with it is not a noun; its ending gives the gender
    ('3 tareas, 1 completada' 'una'). None when the word after is a noun of its own.
    """
    word = word.lower()
    # A verb after it ('3 visitas, 1 dejó mensaje'): the noun left out gives the gender; with
    # none named it is still 'uno', never the article 'un'.
    if re.fullmatch(r"[^\W\d_]{2,}ó", word) or word in _VERBS:
        return "f" if gender(counted) == "f" else ""
    if not counted or word in _NOUNS_LIKE_PARTICIPLES:
        return None
    if word in ("nuevo", "nueva") and re.match(r" \S+ [^\W\d_]", tail):
        return None  # '1 nuevo mensaje': said before its noun
    # A plural is a noun as often as not ('21 heridos'); the list counts more than one.
    participle = counted.endswith("s") and bool(_PARTICIPLE.fullmatch(word))
    if not (participle or word in _ADJECTIVES):
        return None
    if word == counted.lower().removesuffix("s"):
        return None  # '2 pedidos, 1 pedido urgente'
    if word[-1] not in "oa":  # '2 plazas ocupadas, 1 libre': the noun's own gender
        return "f" if gender(counted) == "f" else ""
    return "f" if word.endswith("a") else ""
