"""The fallback voice: espeak-ng through ctypes, on the library espeakng-loader ships.

espeak-ng keeps its state in process globals (voice, rate, callback), so every call into
it holds one module-wide lock.  One EspeakEngine per process is expected; a second one
works but re-initialises the library.
"""

from __future__ import annotations

import ctypes
import functools
import importlib
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import numpy as np
import structlog

from melod.errors import SynthesisError, UnknownLanguageError
from melod.langs import parse_language
from melod.tts.base import AudioChunk

log = structlog.get_logger(__name__)

#: espeak-ng voice per melod language.  Names are voice files under espeak-ng-data/lang.
VOICES: Final[Mapping[str, str]] = {
    "KR": "ko",
    "EN": "en-us",
    "JP": "ja",
    "ZH": "cmn",
    "FR": "fr",
    "ES": "es",
}

#: MeloTTS English speakers.  espeak-ng has no Indian or Australian English; British
#: ("en", espeak's name for en-GB) is the nearest non-rhotic accent for both.
EN_SPEAKERS: Final[Mapping[str, str]] = {
    "EN-US": "en-us",
    "EN-BR": "en",
    "EN_INDIA": "en",
    "EN-AU": "en",
    "EN-Default": "en-us",
}

#: Words per minute at speed 1.0, and espeak-ng's accepted range.
BASE_WPM: Final = 175
MIN_WPM: Final = 80
MAX_WPM: Final = 450

# espeak-ng constants (speak_lib.h / espeak_ng.h).
_OUTPUT_SYNCHRONOUS: Final = 0x0001
_BUFFER_MS: Final = 200
_PARAM_RATE: Final = 1
_POS_CHARACTER: Final = 1
_CHARS_UTF8: Final = 1
_STATUS_OK: Final = 0

_LOCK = threading.Lock()

_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


def words_per_minute(speed: float) -> int:
    """espeak-ng rate for a melod speed factor (1.0 = BASE_WPM), clamped to its range."""
    return int(min(MAX_WPM, max(MIN_WPM, round(BASE_WPM * speed))))


class EspeakEngine:
    """espeak-ng for all six languages: robotic, but offline and always there."""

    name = "espeak-ng"

    def __init__(
        self,
        voices: Mapping[str, str] | None = None,
        library_path: str | None = None,
        data_path: str | None = None,
    ) -> None:
        self._voices = {**VOICES, **(voices or {})}
        self._library_path = library_path
        self._data_path = data_path
        self._lib: ctypes.CDLL | None = None
        self._rate = 0
        self._samples: list[np.ndarray[Any, np.dtype[np.int16]]] = []
        # Kept on the instance: ctypes would free a temporary callback mid-synthesis.
        self._callback = _Callback(self._collect)

    @property
    def sample_rate(self) -> int:
        """Output rate in Hz (22050 for the shipped data); initialises the library."""
        with _LOCK:
            self._ensure_loaded()
        return self._rate

    def available(self, lang: str) -> bool:
        """True when the library loads and the voice for `lang` exists."""
        try:
            self.load(lang)
        except (SynthesisError, UnknownLanguageError):
            return False
        return True

    def load(self, lang: str) -> None:
        """Initialise espeak-ng and check that the voice for `lang` exists."""
        voice = self.voice_for(lang)
        with _LOCK:
            lib = self._ensure_loaded()
            self._check(lib.espeak_ng_SetVoiceByName(voice.encode()), f"voice {voice!r}")

    def voice_for(self, lang: str, speaker: str | None = None) -> str:
        """The espeak-ng voice name used for `lang` (and an EN accent `speaker`)."""
        choice = parse_language(lang)
        accent = speaker or choice.speaker
        if choice.lang == "EN" and accent is not None:
            key = accent.upper().replace("_", "-")
            for name, voice in EN_SPEAKERS.items():
                if name.upper().replace("_", "-") == key:
                    return voice
            # A fallback must still speak: an unknown accent gets the default voice.
            log.debug("espeak_unknown_speaker", speaker=accent)
        return self._voices[choice.lang]

    def synthesize(
        self, text: str, lang: str, speaker: str | None = None, speed: float = 1.0
    ) -> Iterator[AudioChunk]:
        """Speak `text`; synthesises eagerly (espeak runs ~100x real time) into one chunk."""
        voice = self.voice_for(lang, speaker)
        if parse_language(lang).lang == "JP":
            text = to_hiragana(text)
        data = text.encode("utf-8")
        with _LOCK:
            lib = self._ensure_loaded()
            self._check(lib.espeak_ng_SetVoiceByName(voice.encode()), f"voice {voice!r}")
            self._check(lib.espeak_ng_SetParameter(_PARAM_RATE, words_per_minute(speed), 0), "rate")
            lib.espeak_SetSynthCallback(self._callback)
            self._samples = []
            try:
                status = lib.espeak_ng_Synthesize(
                    data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
                )
                self._check(status, "synthesis")
                pcm = np.concatenate(self._samples) if self._samples else np.zeros(0, np.int16)
            finally:
                self._samples = []
        if any(c.isalnum() for c in text) and not pcm.any():
            raise SynthesisError(f"espeak-ng produced no audio for {voice!r}")
        samples = (pcm.astype(np.float32) / 32768.0).astype(np.float32)
        return iter((AudioChunk(samples, self._rate),))

    def _collect(self, wav: Any, count: int, _events: Any) -> int:
        # Called by espeak-ng inside espeak_ng_Synthesize, on this thread, under _LOCK.
        if wav and count > 0:
            self._samples.append(np.ctypeslib.as_array(wav, (count,)).astype(np.int16))
        return 0  # 0 = keep going

    def _ensure_loaded(self) -> ctypes.CDLL:
        """Load and initialise the library once per engine; caller holds _LOCK."""
        if self._lib is not None:
            return self._lib
        lib_path, data_path = self._paths()
        try:
            lib = ctypes.CDLL(lib_path)
        except OSError as err:
            raise SynthesisError(f"cannot load the espeak-ng library {lib_path}: {err}") from err
        _declare(lib)
        lib.espeak_ng_InitializePath(data_path.encode())
        self._check(lib.espeak_ng_Initialize(None), f"initialisation with data {data_path}", lib)
        self._check(
            lib.espeak_ng_InitializeOutput(_OUTPUT_SYNCHRONOUS, _BUFFER_MS, None), "output", lib
        )
        self._rate = int(lib.espeak_ng_GetSampleRate())
        self._lib = lib
        log.debug("espeak_loaded", library=lib_path, rate=self._rate)
        return lib

    def _paths(self) -> tuple[str, str]:
        if self._library_path and self._data_path:
            return self._library_path, self._data_path
        try:
            import espeakng_loader  # noqa: PLC0415  (optional until the fallback is used)

            lib_path = self._library_path or str(espeakng_loader.get_library_path())
            data_path = self._data_path or str(espeakng_loader.get_data_path())
        except (ImportError, RuntimeError) as err:
            raise SynthesisError(f"espeak-ng is not installed (espeakng-loader): {err}") from err
        return lib_path, data_path

    def _check(self, status: int, what: str, lib: ctypes.CDLL | None = None) -> None:
        if status == _STATUS_OK:
            return
        lib = lib or self._lib
        message = f"status {status:#x}"
        if lib is not None:
            buf = ctypes.create_string_buffer(512)
            lib.espeak_ng_GetStatusCodeMessage(status, buf, len(buf))
            message = buf.value.decode("utf-8", "replace") or message
        raise SynthesisError(f"espeak-ng failed ({what}): {message}")


def _declare(lib: ctypes.CDLL) -> None:
    """Give ctypes the C signatures so arguments are converted, not guessed."""
    c_int, c_char_p, c_void_p, c_size_t = (
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_void_p,
        ctypes.c_size_t,
    )
    sigs: dict[str, tuple[Any, list[Any]]] = {
        "espeak_ng_InitializePath": (None, [c_char_p]),
        "espeak_ng_Initialize": (c_int, [c_void_p]),
        "espeak_ng_InitializeOutput": (c_int, [c_int, c_int, c_char_p]),
        "espeak_ng_GetSampleRate": (c_int, []),
        "espeak_ng_SetVoiceByName": (c_int, [c_char_p]),
        "espeak_ng_SetParameter": (c_int, [c_int, c_int, c_int]),
        "espeak_SetSynthCallback": (None, [_Callback]),
        "espeak_ng_Synthesize": (
            c_int,
            [
                c_void_p,
                c_size_t,
                ctypes.c_uint,
                c_int,
                ctypes.c_uint,
                ctypes.c_uint,
                c_void_p,
                c_void_p,
            ],
        ),
        "espeak_ng_GetStatusCodeMessage": (None, [c_int, c_char_p, c_size_t]),
    }
    for name, (restype, argtypes) in sigs.items():
        func = getattr(lib, name)
        func.restype = restype
        func.argtypes = argtypes


def to_hiragana(text: str) -> str:
    """Japanese text as hiragana, which is all espeak-ng's ja voice reads well."""
    # Kanji and most katakana come out as "Chinese letter"; kanji readings need pykakasi.
    return _converter()(text)


@functools.cache
def _converter() -> Callable[[str], str]:
    try:
        # Optional (part of the melo extra); imported by name so mypy needs no stubs.
        pykakasi = importlib.import_module("pykakasi")
    except ImportError:
        log.warning("espeak_no_pykakasi", hint="kanji will be read as 'Chinese letter'")
        return _katakana_to_hiragana
    kakasi = pykakasi.kakasi()

    def convert(text: str) -> str:
        return "".join(str(part["hira"]) for part in kakasi.convert(text))

    return convert


def _katakana_to_hiragana(text: str) -> str:
    # Katakana ァ..ヶ sit exactly 0x60 above their hiragana twins.
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


__all__ = ["EN_SPEAKERS", "VOICES", "EspeakEngine", "to_hiragana", "words_per_minute"]
