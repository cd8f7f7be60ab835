"""Spanish abbreviations as written and as said: titles, address words, and words that may
close a sentence (their full stop is kept there)."""

from __future__ import annotations

UP = "A-ZÁÉÍÓÚÑ"

# What a president heads, or his name: 'Pdte. de la comunidad', 'Pte. Sánchez' ('pdte. de
# pago' is pending; Mexico's 'Calle 5 Pte.' is west).
_HEADS = (
    rf"(?= [{UP}][a-záéíóúñ]| del? (?:la |los |las )?(?:comunidad|junta|asociación|club|"
    r"gobierno|república|consejo|comisión|federación|cooperativa|fundación|comité|sindicato|"
    r"escalera|urbanización|mancomunidad|patronato|AMPA|APA)\b)"
)
#: Titles and address words: the full stop is part of the abbreviation only.
TITLES: dict[str, str] = {
    r"Sres\.": "señores", r"Sras\.": "señoras", r"D\.? ?ª(?= [A-ZÁÉÍÓÚ])": "doña",
    r"Sra\.": "señora", r"Srta\.": "señorita", r"Sr\.": "señor", r"Dra\.": "doctora",
    r"Dr\.": "doctor", r"Dña\.": "doña", r"Uds\.": "ustedes",
    r"Ud\.": "usted", r"Profa\.": "profesora", r"Prof\.": "profesor", r"Lic\.": "licenciado",
    r"Ing\.": "ingeniero", r"Sto\.": "Santo", r"Sta\.": "Santa", r"Mr\.": "Mister",
    r"Mrs\.": "Misis", r"Ntra\.": "nuestra", rf"P(?:d?te)\.{_HEADS}": "presidente",
    rf"Pdta\.{_HEADS}": "presidenta",
    # 'Av. Corrientes': the avenue's name, capitalised as written ('avenida de Mayo').
    rf"Av(?:da)?\.(?= [{UP}])": "Avenida", r"[Aa]v(?:da)?\.": "avenida",
    r"(?<!\d )[Pp]za\.": "plaza", r"[Cc]tra\.": "carretera",
    r"P\.? ?º": "paseo", r"[Uu]rb\.": "urbanización", r"[Ee]dif\.": "edificio",
    r"[Ee]sc\.": "escalera",
    r"[Nn]\.? ?º(?= de )": "número", r"[Dd]e?pto\.|[Dd]e?pto(?= ?\d| [A-Z]\b)": "departamento",
    r"[Ee]p\.(?= ?\d)": "episodio", r"[Rr]ev\.(?= ?[A-Z\d]\b)": "revisión",
    r"[Vv]er\.(?= ?\d)": "versión", r"[Hh]ab\.?(?= ?\d)": "habitación",
    r"[Hh]abs\.?(?= ?\d)": "habitaciones",
    # 'Hab. doble', 'hab. individual': the kind of room.
    r"[Hh]ab\.(?= (?:doble|individual|triple|sencilla|matrimonial|familiar|superior|"
    r"estándar|principal|de|con)\b)": "habitación",
    r"Ayto\.": "Ayuntamiento", r"Atte\.": "atentamente",
    r"[Tt](?:el|lf|fno|elf)\.|[Tt](?:el|lf|fno|elf)(?=: ?[+\d]|/)": "teléfono",
    r"[Cc]el\.(?= ?[+\d(])|[Cc]el(?=: ?[+\d(])": "celular",
    r"C\. ?P\.|CP(?= \d{5}\b)": "código postal", r"pág\.|[Pp][áa]g\.(?= ?\d)": "página",
    r"[Pp][áa]gs\.(?= ?\d)": "páginas",
    r"p\. ?ej\.": "por ejemplo",
    r"[Tt]emp\.|[Tt]emp(?=:? ?[-−\d])": "temperatura", r"[Hh]um(?=:? ?\d)": "humedad",
    r"[Pp]rob\.": "probabilidad", r"[Pp]recip\.": "precipitación",
    r"[Hh]um\. ?rel\.": "humedad relativa", r"[Hh]um\.(?= ?\d)": "humedad",
    r"T\.?ª(?= ?[\w\d])": "temperatura", r"[Vv]el\.(?= ?(?:\d|m[áí]))": "velocidad",
    r"[Rr]ef\.": "referencia", r"[Pp]dte\.": "pendiente", r"[Aa]rt\.(?= ?\d)": "artículo",
    r"[Ee]xt\.?(?= ?\d)": "extensión", r"[Cc]ap\.(?= ?\d)": "capítulo",
    r"(?<!\d )[Mm]in\.(?= ?\d)": "minuto",
    rf"[Cc]/ ?(?=[{UP}])": "calle ", r"vs\.?(?!\w)": "versus",
    # Inside names the capital stays: 'Hospital Gral. Universitario', 'Univ. de Sevilla'.
    r"Gral\.": "General", r"gral\.": "general", r"Hosp\.": "Hospital", r"Univ\.": "Universidad",
    r"Excmo\.": "excelentísimo", r"Excma\.": "excelentísima", r"Ilmo\.": "ilustrísimo",
    r"Ilma\.": "ilustrísima", r"Mtro\.": "maestro", r"Mtra\.": "maestra", r"Arq\.": "arquitecto",
    r"[Aa]pdo\.": "apartado", r"[Ee]sq\.": "esquina", r"[Aa]dm[óo]n\.": "administración",
    rf"Blvd\.(?= [{UP}])": "Bulevar", r"[Bb]lvd\.": "bulevar",
    # Latin American addresses: 'Cra. 7 # 72-41, apto. 502', 'Mz. B Lt. 12', 'Int. 4'.
    r"[CcKk]ra\.|[CcKk]ra(?= \d)": "carrera", r"[Cc]ll?\.(?= ?\d)|[Cc]ll(?= \d)": "calle",
    r"[Dd]g\.(?= ?\d)": "diagonal", r"[Tt]v\.(?= ?\d)|[Tt]ransv\.": "transversal",
    r"[Aa]pto?\.(?= ?\d)|[Aa]pto(?= \d)": "apartamento",
    # 'del apto', 'mi apto': the flat after a determiner (an adjective elsewhere: 'apto para').
    r"(?:(?<=\b[Dd]el )|(?<=\b[EeAa]l )|(?<=\b[MmTtSs]u )|(?<=\bmi )|(?<=\bMi )|(?<=\bun )"
    r"|(?<=\beste ))apto\b(?! para|\.)": "apartamento",
    r"[Mm]za?\.(?= ?(?:[A-Z]|\d+)\b)": "manzana", r"[Ll]t\.(?= ?(?:[A-Z]|\d+)\b)": "lote",
    r"[Ii]nt\.(?= ?(?:[A-Z]|\d+)\b)": "interior", r"[Oo]f\.(?= ?\d)": "oficina",
    # Peru's 'Jr. Ayacucho' is capitalised as its name, like 'Avenida'; 'jirón de la Unión'.
    rf"Jr\.(?= [{UP}][a-záéíóúñ])": "Jirón",
    rf"Jr\.(?= de (?:la |los )?[{UP}][a-záéíóúñ])": "jirón",
    r"[Ff]do\.": "firmado", r"[Vv]ol\.(?= ?\d)": "volumen", rf"[Cc]ol\.(?= [{UP}])": "colonia",
    # Argentina's and Chile's: 'Bº Alta Córdoba', 'Pje. Los Álamos', 'Pobl. La Victoria'.
    rf"B[º°]\.?(?= [{UP}\d])": "barrio", r"[Pp]s?je\.": "pasaje", r"[Pp]obl\.": "población",
    # 'Ruta Nac. 9', 'Ruta Prov. 2': the road's class keeps its capital; 'Prov. de Salta'.
    r"Nac\.(?= ?\d)": "Nacional", r"Prov\.(?= ?\d)": "Provincial",
    rf"[Pp]rov\.(?= de [{UP}])": "provincia",
}  # fmt: skip

_PCT = r"(?:(?<=%)|(?<=% )|(?<=por ciento ))"
#: Words that may close a sentence: their full stop is kept there.
ENDINGS: dict[str, str] = {
    r"etc\.": "etcétera", r"izda\.|izq\.": "izquierda", r"dcha\.|der\.": "derecha",
    r"(?<=\d )uds\.": "unidades", r"(?<=\d )ud\.": "unidad", r"s/n": "sin número",
    r"EE\. ?UU\.": "Estados Unidos", r"Cía\.": "compañía",
    r"(?<=\d )uds\b": "unidades", r"(?<=\d )ud\b": "unidad", r"incl\.": "incluido",
    r"excl\.": "excluido", r"[Aa]prox\b\.?": "aproximadamente", r"(?<=[ªº] )gen\.": "generación",
    r"[Aa]pto\.": "apartamento", r"(?<=\d )pzas\b\.?": "piezas", r"(?<=\d )pza\b\.?": "pieza",
    # Mexico's streets by the compass: 'Calle 5 Pte.', 'Roma Nte.', 'Díaz Ordaz Ote.'.
    r"Nte\.": "Norte", r"Ote\.": "Oriente", r"Pte\.(?! [A-ZÁÉÍÓÚ][a-záéíóúñ])": "Poniente",
    r"RR\. ?HH\.|RRHH\b": "recursos humanos", r"(?<=\d )cdas\.?": "cucharadas",
    r"(?<=\d )cda\.?": "cucharada", r"(?<=\d )(?:cditas|cdtas)\.?": "cucharaditas",
    r"(?<=\d )(?:cdita|cdta)\.?": "cucharadita", r"JJ\. ?OO\.": "Juegos Olímpicos",
    r"S\. ?L\. ?U\.": "S L U", r"S\. ?L\.": "S L", r"S\. ?A\.": "S A",
    # A Colombian rate after its percent: '9,5 % E.A.' 'efectivo anual', '1,2 % M.V.'.
    rf"{_PCT}[Hh]um\b\.?": "humedad",  # '45 % hum.'
    rf"{_PCT}E\. ?A\.|{_PCT}EA\b": "efectivo anual",
    rf"{_PCT}E\. ?M\.|{_PCT}EM\b": "efectivo mensual",
    rf"{_PCT}M\. ?V\.|{_PCT}MV\b": "mes vencido",
}  # fmt: skip
