"""Where an English message was written: the reader's variety decides a few readings.

`12/02` is the twelfth of February in London, Dublin, Melbourne and Auckland, but December
the second in Chicago; a 2-0 win is 'two nil' there and 'two to nothing' here; Britons and
Australians say 'two hundred and fifty'. The message rarely names its country, but it
leaves signs: money (`£`, `A$`, `pence`), phone prefixes, domains, spellings, places,
companies, time zones. `guess` weighs them once per message; rules ask `current()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

#: The varieties told apart; "" is unknown, read the American way.
UK, IE, AU, NZ, CA, US = "UK", "IE", "AU", "NZ", "CA", "US"

#: Where dates are day first, a goalless side is 'nil' and hundreds take 'and'.
_BRITISH = frozenset((UK, IE, AU, NZ))


# Each variety's signs, strongest first; a match of the first pattern weighs 3, of the
# second 1 (names and words also used elsewhere: `Perth`, `$`, `€` on the Continent).
_SIGNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    UK: (
        re.compile(
            r"£|\bGBP\b|\+ ?44(?=[ (-]?\d)|\.(?:co|org|gov|ac|nhs)\.uk\b|\bNHS\b|\bTfL\b|"
            r"\b07\d{3} ?\d{3} ?\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b(?<![AP]M)|"
            # landlines (020 7946 0958, 0161 496 0000, 01273 886200) and 0800/0345 lines.
            r"\b(?:(?:020 ?\d{4}|01\d{2,3} ?\d{3}) ?\d{3,4}|0[38]\d\d ?\d{3} ?\d{4})\b|"
            r"\b(?:pence|quid|sterling|Premier League|FA Cup|council tax|Royal Mail|Oyster|"
            r"Tesco|Sainsbury'?s|Asda|Ocado|Waitrose|Argos|Met Office|BST|GMT|MOT|HMRC|DVLA|"
            r"London|Manchester|Birmingham|Glasgow|Edinburgh|Bristol|Cardiff|Belfast|"
            # Scotland: places, bodies and clubs (not `Aberdeen` or `Perth`, towns elsewhere too).
            r"Leith|Lothian|Fife|Inverness|Dundee|Stirling|Holyrood|Hibernian|Hibs|Kilmarnock|"
            r"Motherwell|Falkirk|Cairngorms|Loch \w+|CalMac|NHS 24|"
            # English and Welsh counties and their councils (not `New Hampshire`, `Wilshire
            # Blvd`, a Yorkshire terrier), cricket and football grounds and clubs.
            r"(?<!New )(?!Wilshire|Cheshire)[A-Z][a-z]+shire(?! [Tt]errier| Hathaway)|"
            r"Cornwall|Cumbria|Glamorgan|Merseyside|Northumberland|"
            r"(?:County|Borough|District|Parish) Council|Headingley|Edgbaston|Trent Bridge|"
            r"at Lord's|Old Trafford|Anfield|Stamford Bridge|Goodison|Villa Park|Elland Road|"
            r"Molineux|Selhurst Park|Craven Cottage|St James'? Park|Emirates Stadium|"
            r"Etihad Stadium|Twickenham|Murrayfield|Ibrox|Hampden|Aston Villa|West Ham|"
            r"Crystal Palace|Nottingham Forest|Tottenham|Fulham|Brentford|Bournemouth|"
            r"Sunderland|Burnley|"
            # banks, savings, energy suppliers and their charges, carriers, railways, shops.
            r"ISAs?|building society|Premium Bonds|Barclays|NatWest|Lloyds|Monzo|Starling|TSB|"
            r"Halifax Bank|British Gas|Octopus Energy|EDF|E\.ON|EON Next|OVO|Ofgem|"
            r"Thames Water|standing charge|TV licen[cs]e|Evri|DPD|Parcelforce|Boots|Greggs|"
            r"Morrisons|Currys|John Lewis|M&S|Marks & Spencer|B&Q|Halfords|Virgin Media|BT|"
            r"National Rail|Trainline|LNER|Avanti|GWR|ScotRail|Elizabeth line|A&E|Yodel|"
            r"Just Eat|"
            # Wales: places, rugby, bodies, greetings.
            r"Cymru|Caerdydd|Swansea|Wrexham|Penarth|Aberystwyth|Llandudno|Llanelli|Snowdonia|"
            r"Eryri|Principality Stadium|Arms Park|Six Nations|WRU|Ospreys|Scarlets|Senedd|S4C|"
            r"Welsh Water|Dŵr Cymru|Transport for Wales|[Bb]ore da|[Nn]os da|[Dd]iolch)\b"
        ),
        re.compile(
            r"(?<![\d:.-])\b\d{1,2}p\b|\b(?:nil|[Kk]ick-off|Leeds|Liverpool|Brighton|Newcastle|"
            r"Arsenal|Chelsea|Spurs|Everton|Celtic|Rangers|Man Utd|Man City|Wembley|motorway|"
            r"postcode|BBC|FT|HT|[Ff]ull[ -]time|[Hh]alf[ -]time|"
            # counties whose names Canada and America reuse (Surrey BC, Sussex County).
            r"Surrey|Sussex|Dorset|Cornish)\b"
        ),
    ),
    IE: (
        re.compile(
            r"\+ ?353\b|\.ie\b|\b08[3-9] ?\d{3} ?\d{4}\b|"
            r"\b[AC-FHKNPRTV-Y]\d[\dW] (?=[A-Z\d]{0,3}\d)(?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}\b|"
            r"\b(?:Dublin|Cork|Galway|Limerick|Kilkenny|Luas|DART|Irish Rail|Bus Éireann|"
            r"Éireann|Eircode|An Post|Electric Ireland|Bord Gáis|Irish Water|ESB|GAA|hurling|"
            r"All-Ireland|Garda[íi]?|HSE|PPS|Paddy's Day|O'Connell St\w*|Leap card|Dublin Bus|"
            r"Dunnes|SuperValu|Centra|Penneys|AIB|Bank of Ireland|PTSB|Eir)\b"
        ),
        re.compile(r"€|\bEUR\b|\beuros?\b|\b(?:craic|Waterford|Wicklow)\b"),
    ),
    AU: (
        re.compile(
            r"\bA\$|\bAU\$|\bAUD\b|\+ ?61\b|\.au\b|\b04\d\d ?\d{3} ?\d{3}\b|"
            # a landline with its area code, `(02) 9876 5432`, `02 9977 4315`.
            r"\(0[2378]\) ?\d{4} ?\d{4}\b|(?<![\d+])\b0[2378] \d{4} \d{4}\b|"
            r"\b(?:Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Woolworths|Woolies|Coles|"
            r"Bunnings|Myki|Opal|PTV|Qantas|Telstra|Optus|AFL|NRL|MCG|BoM|BOM|AEST|AEDT|ACST|"
            r"AWST|NSW|QLD|VicRoads|Service NSW|arvo|servo|bottle-o|Centrelink|"
            # Western Australia and Queensland: transport, utilities, teams; the ASX.
            r"Transperth|SmartRider|Synergy|Alinta|Fremantle|Rottnest|Translink|ASX|BBL|"
            r"Big Bash|Scorchers|Sheffield Shield|"
            # Sydney's ground, the ticket seller.
            r"SCG|Ticketek|"
            # government services, banks, utilities, transport cards, household words.
            r"myGov|Medicare rebate|bulk[- ]bill\w*|Comm[Bb]ank|BankSA|Westpac|NAB|AGL|"
            r"SA Water|Sydney Water|Origin Energy|EnergyAustralia|[Mm]yki|Go card|[Bb]in night|"
            r"Big W|JB Hi-Fi|ATO|myTax|NBN|Foxtel|Linkt|Medibank|Ausgrid|Energex|NRMA|RACV|RACQ|"
            r"Officeworks|Chemist Warehouse|Maccas|HSC|VCE|ATAR|Anzac|ANZAC|Australia Day)\b|"
            # a 13 number given to call (`support: 13 24 61`).
            r"(?:(?i:\b(?:call|phone|ring|support|line|dial|on))|:) 13 \d\d \d\d(?! ?\d)|"
            # a 1300 number: an Australian business line (`1300 650 950`).
            r"(?<![\w+.,-])1300[ -]?\d{3}[ -]?\d{3}(?![\w-]|[.,]\d)"
        ),
        # Irish freephones are 1800 numbers as well; `12.10 (82)`: an Australian football
        # score, goals, behinds and the total.
        re.compile(
            r"\b(?:Perth|Darwin|Geelong|footy|Aussie|Vic|Tas)\b|\b\d{1,2}\.\d{1,2} \(\d{1,3}\)|"
            r"(?<![\w+.,-])1800[ -]?\d{3}[ -]?\d{3}(?![\w-]|[.,]\d)"
        ),
    ),
    NZ: (
        re.compile(
            r"\bNZ\$|\bNZD\b|\+ ?64\b|\.nz\b|\b02[0-9] ?\d{3} ?\d{3,4}\b|"
            r"\b(?:Auckland|Wellington|Christchurch|Dunedin|Tauranga|Rotorua|Queenstown|"
            r"Countdown|Pak'?n'?Save|MetService|Waka Kotahi|NZTA|AT HOP|Trade Me|Kiwibank|"
            r"All Blacks|Black Caps|NZST|NZDT|kia ora|Aotearoa|jandals|chilly bin|WOF|WoF|"
            # power and water companies, tax, grounds and teams, holidays, the state highways.
            r"Contact Energy|Mercury Energy|Power Shout|Genesis Energy|Meridian Energy|"
            r"Watercare|IRD|Eden Park|Crusaders|Highlanders|Waitangi|wh[āa]nau|SH ?\d{1,2})\b"
        ),
        re.compile(r"\b(?:Hamilton|Kiwi|chur|togs|New World)\b"),
    ),
    CA: (
        re.compile(
            r"\bC\$|\bCA\$|\bCAD\b|\.ca\b|\b[A-Z]\d[A-Z] \d[A-Z]\d\b|"
            r"\b(?:Toronto|Vancouver|Montreal|Montréal|Calgary|Edmonton|Ottawa|Winnipeg|TTC|"
            r"Presto|SkyTrain|BC Hydro|Hydro One|Hydro Ottawa|Canadian Tire|Tim Hortons|"
            r"Loblaws|Canada Post|Telus|Canucks|Leafs|Oilers|Raptors|Blue Jays|loonie|toonie)\b"
        ),
        re.compile(r"\b(?:Canada|Canadian|Halifax|eh)\b"),
    ),
    US: (
        re.compile(
            r"°F|\bUSD\b|\b(?:EST|EDT|CST|CDT|PST|PDT|MST|MDT|NFL|NBA|MLB|ZIP|Walmart|Costco|"
            r"Chicago|New York|NYC|Seattle|Los Angeles|Boston|Texas|Florida)\b"
        ),
        # `$` is no sign: Australia, New Zealand and Canada write it too.
        re.compile(r"\b(?:color|center|favorite|mom|gallons?|Fahrenheit)\b"),
    ),
}

#: Spellings and words of Britain and its former colonies but not North America.
_COMMONWEALTH = re.compile(
    r"(?i)\b(?:colour|favourite|centre|metres|litres|kilometres|mum|nan|fortnight|whilst|"
    r"programme|tyres?|kerb|rubbish|bin day|neighbours?|organis\w+|tenancy|petrol|car park|"
    r"bank holiday|lorry|nappy|nappies|GP|chemist|postie|uni|maths|rego|ute|bins|"
    r"school holidays|rent review|caster sugar|icing sugar|plain flour|self-raising|wholemeal|"
    r"(?:soda|brown) bread|bread soda|fan oven|fan[- ]forced|(?<=°C )fan|mixed spice|"
    r"bara brith|Welsh cakes?|"
    # a building's body corporate and its lifts.
    r"strata|lifts? (?:maintenance|outage|out of (?:service|order)|is out)|"
    # school and household words: bin collection, half term, Year 7 parents.
    r"bins? collection|fortnightly|on holiday|half[- ]term|inset day|parents'? evening|"
    r"VAT|mobile (?:number|phone)|"
    r"non-uniform day|Year (?:[1-9]|1[0-3]) (?:class|pupils|students|parents|trip|assembly|"
    r"boys|girls|camp|team|at)|mufti day|gold coin donation|Term [1-4]|(?:a|per) term|netball|"
    # `a walk round the park`, `pop round later`: British 'round' for 'around'.
    r"(?:walk|pop|nip|come|pass|show (?:you|them|him|her)) round|council rates|"
    # `by 31 Jan`, `on 4 March`: the day written before its month.
    r"(?<![\d/.,:-] )(?<![\d/.,:-])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*(?! \d{1,2}\b))\b"
)

#: Words of a cricket report, a game North America does not play (`stumps`, `287/6 dec`).
CRICKET = re.compile(
    r"\b(?:[Cc]ricket|(?:at|by|close of) stumps|[Ww]ickets?|wkts?|(?:tea|lunch) on day \w+|"
    r"Ashes|ODI|T20I?|Test match|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|Boxing Day|"
    r"the) Test|Sheffield Shield|County Championship|[Cc]hasing \d{2,3}(?!\w|[.,]\d))\b"
    r"|(?<=\d )(?:dec|declared|all out)\b"
)

# `30/12`, `17/03`, `25/12/2026`: a date whose first number can only be a day is written
# day first, as nobody in America writes it (`24/7` is no date).
_DAY_FIRST = re.compile(
    r"(?<![\w/.,:])(?<![A-Za-z]-)(?!24/7\b)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:\d{4}|\d\d))?"
    r"(?![\w/]|[.,]\d)|\b(?:1[3-9]|2\d|3[01])([-.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d\b"
)


@lru_cache(maxsize=256)
def guess(text: str) -> str:
    """The likeliest variety of `text`'s writer, or "" when no sign tells them apart."""
    scores = {
        name: 3 * len(strong.findall(text)) + len(weak.findall(text))
        for name, (strong, weak) in _SIGNS.items()
    }
    # `colour`, `mum`, `tenancy`: British-style English, from somewhere outside America.
    for name in _BRITISH:
        scores[name] += len(_COMMONWEALTH.findall(text)) + len(CRICKET.findall(text))
        scores[name] += 3 * len(_DAY_FIRST.findall(text))
    best = max(scores.values())
    leaders = [name for name, score in scores.items() if score == best]
    if best == 0 or (len(leaders) > 1 and not _BRITISH.issuperset(leaders)):
        return ""
    # Britain, Ireland, Australia and New Zealand read alike where only spellings tell.
    return leaders[0] if len(leaders) == 1 else UK


_CURRENT: ContextVar[str] = ContextVar("en_variety", default="")

#: MeloTTS's English speakers and the variety their listeners read by.
_ACCENTS = {"EN-BR": UK, "EN-INDIA": UK, "EN-AU": AU, "EN-US": US}

# The variety of the speaker reading: what a message with no sign of its own is read as.
_ASSUMED: ContextVar[str] = ContextVar("en_assumed", default="")


@contextmanager
def spoken_by(speaker: str | None) -> Iterator[None]:
    """Read messages that carry no sign of their writer's variety as `speaker`'s listeners
    do: a British voice (`EN-BR`) says `12/02` 'the twelfth of February'.  A sign in the
    message still wins: `72 °F` is American whoever reads it."""
    key = (speaker or "").upper().replace("_", "-")
    token = _ASSUMED.set(_ACCENTS.get(key, ""))
    try:
        yield
    finally:
        _ASSUMED.reset(token)


def set_current(text: str) -> object:
    """Guess `text`'s variety for the rules that follow; returns a token for `reset`."""
    return _CURRENT.set(guess(text) or _ASSUMED.get())


def reset(token: object) -> None:
    _CURRENT.reset(token)  # type: ignore[arg-type]


def current() -> str:
    """The variety of the message being read ("" when unknown)."""
    return _CURRENT.get()


def british() -> bool:
    """True for Britain, Ireland, Australia and New Zealand: day-first dates, 'two nil',
    'two hundred and fifty'."""
    return _CURRENT.get() in _BRITISH


# Metric unit names as the rules write them; a bare `meter` may be a device (`smart meter`).
_METRIC = re.compile(r"\b(kilo|centi|milli|deci|micro|square |cubic )?(met|lit)er(s?)\b")


def respell(text: str, source: str) -> str:
    """`kilometers` 'kilometres' outside the United States, as Britain, Ireland, Australia,
    New Zealand and Canada write the metric units (a `meter` typed in `source` stays)."""
    if _CURRENT.get() not in (*_BRITISH, CA):
        return text
    typed = re.search(r"(?i)\b(?:met|lit)ers?\b", source)

    def fix(m: re.Match[str]) -> str:
        if not m[1] and typed:
            return m[0]
        return f"{m[1] or ''}{m[2]}re{m[3]}"

    return _METRIC.sub(fix, text)
