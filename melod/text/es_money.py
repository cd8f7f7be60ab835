"""Spanish money: euros and cents, pesos and dollars, American grouping after $, rates."""

from __future__ import annotations

import re

from melod.text import latin
from melod.text.es_numbers import card, gender, num, parse
from melod.text.es_tables import CODES, CURRENCY, CURRENCY_NAMES
from melod.text.latin import Num


def money(value: Num, sym: str) -> str:
    """'12,50 €' -> 'doce euros con cincuenta'; '0,08 €' -> 'ocho céntimos'."""
    one, many, cent, cents, fem = CURRENCY[CODES.get(sym, sym)]
    sub = int(value.frac.ljust(2, "0")) if value.frac and cent and len(value.frac) <= 2 else 0
    if value.frac and not sub and int(value.frac):
        return f"{num(value)} {many}"
    if value.value and value.value % 1_000_000 == 0:
        return f"{card(value.value)} de {many}"
    if not value.value and sub:  # '-0,03 €' 'menos tres céntimos'
        return ("menos " if value.neg else "") + f"{card(sub, 'm')} {cent if sub == 1 else cents}"
    text = f"{card(value.value, 'f' if fem else 'm')} {one if value.value == 1 else many}"
    text = ("menos " if value.neg else "") + text
    return f"{text} con {card(sub)}" if sub else text


def amount(text: str) -> Num:
    """'1,500.00' -> 1500.00 (American grouping); anything else as written in Spain."""
    if re.fullmatch(r"[-−]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{1,2})?", text):
        return latin.parse(text, ".", ",")
    return parse(text)


# Prices per litre or kWh really have three decimals: '1,549 €/l' of diesel.
_RATE_CTX = re.compile(
    r"(?i)\b(?:gasolina|gasóleo|diésel|diesel|combustible|carburante|litros?|kwh|luz|"
    r"electricidad|tarifa|mwh|bitcoin|btc|acción|acciones|bolsa)\b"
)


def before_symbol(m: re.Match[str]) -> Num:
    """The amount in '1,500 €' (m[1], symbol m[2]): a price never has three decimals, so the
    comma groups thousands the American way; a rate ('1,549 €/l') keeps them."""
    text, sym = m[1], m[2]
    if sym not in "€£¥₩":
        return amount(text)
    rate = re.match(r" ?/", m.string[m.end() :]) or _RATE_CTX.search(m.string)
    if re.fullmatch(r"[1-9]\d{0,2},\d{3}", text) and not rate:
        return latin.parse(text, ".", ",")
    return parse(text)


# The currency named after the scale already: '$50 mil pesos'.
_NAMED = re.compile(r" (?:de )?(?:pesos|d[óo]lares|euros|soles|bol[íi]vares|reales)\b")


def scaled(m: re.Match[str]) -> str:
    """'$50 mil' 'cincuenta mil dólares', '$1,5 millones' 'uno coma cinco millones de
    dólares' (the sign m[1], the amount m[2], the scale m[3])."""
    many, fem = CURRENCY[CODES.get(m[1], m[1])][1], CURRENCY[CODES.get(m[1], m[1])][4]
    scale = "millón" if m[3] == "millon" else m[3]
    said = f"{num(amount(m[2]), 'f' if fem else 'm')} {scale}"
    if not _NAMED.match(m.string, m.end()):
        said += f" {'' if m[3] == 'mil' else 'de '}{many}"
    return latin.at_start(m, said)


def exchange(m: re.Match[str]) -> str:
    """'1 EUR = 1,08 USD' -> 'un euro equivale a uno coma cero ocho dólares'."""

    def say(written: str, code: str) -> str:
        value = parse(written)
        code = {sym: name for name, sym in CODES.items()}.get(code, code)
        one, many = CURRENCY_NAMES[code]
        return f"{num(value, gender(one.split()[0]))} {one if value.is_one else many}"

    return f"{say(m[1], m[2])} equivale a {say(m[3], m[4])}"


def span(m: re.Match[str]) -> str:
    """'20-30 €', '$20-30', 'MXN 200-300': 'veinte a treinta euros', the sign said once at
    the end ('y' after 'entre'); a first end with cents is said as an amount of its own."""
    sym = m["sym"]
    low, high = amount(m["low"]), amount(m["high"])
    fem = CURRENCY[CODES.get(sym, sym)][4]
    first = money(low, sym) if low.frac and int(low.frac) else num(low, "f" if fem else "")
    to = "y" if latin.prev_word(m) == "entre" else "a"
    return latin.at_start(m, f"{first} {to} {money(high, sym)}")
