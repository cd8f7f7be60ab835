"""The voice that reads a message decides how a message with no sign of its own is read."""

from __future__ import annotations

from melod.text import normalize

PLAIN = "Due 12/02: 250 items, final score 2-0."


def test_british_and_australian_voices_read_the_british_way() -> None:
    for speaker in ("EN-BR", "EN-AU", "EN_INDIA"):
        spoken = normalize(PLAIN, "EN", speaker=speaker)
        assert "February" in spoken, speaker
        assert "two hundred and fifty" in spoken, speaker
        assert "two nil" in spoken, speaker


def test_american_and_default_voices_and_no_voice_read_the_american_way() -> None:
    for speaker in ("EN-US", "EN-Default", None):
        spoken = normalize(PLAIN, "EN", speaker=speaker)
        assert "December second" in spoken, speaker
        assert "two hundred fifty" in spoken, speaker


def test_a_sign_in_the_message_wins_over_the_voice() -> None:
    spoken = normalize("Oven at 350 °F from 12/02.", "EN", speaker="EN-BR")
    assert "December second" in spoken


def test_the_voice_is_forgotten_after_the_message() -> None:
    normalize(PLAIN, "EN", speaker="EN-AU")
    assert "December second" in normalize(PLAIN, "EN")


def test_other_languages_ignore_an_english_voice() -> None:
    assert normalize("Le 12/02 à 15h30", "FR", speaker="EN-BR") == normalize(
        "Le 12/02 à 15h30", "FR"
    )
