"""A report's voice note (issue 9): audio as phones record it, parsed before it is stored.

Like a ``Photo``, every ``VoiceNote`` was checked in ``__post_init__``: its container is
recognised from the first bytes (never from the name), then parsed — by mutagen for
Ogg/Opus, Ogg/Vorbis, MP4/AAC, WAV and MP3, by a small EBML reader for WebM, which mutagen
does not read — and it must hold an audio track no longer than ``MAX_VOICE_SECONDS``.
WebM from a browser's MediaRecorder usually has no duration (a live stream): the size limit
bounds it then.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from console.domain.errors import InvalidInput
from console.domain.text_input import clean_text

MAX_VOICE_BYTES = 5 * 1024 * 1024
MAX_VOICE_SECONDS = 120
MAX_VOICE_NAME = 255
#: container → media type of what is accepted (and served back)
VOICE_TYPES = {"webm": "audio/webm", "ogg": "audio/ogg", "mp4": "audio/mp4", "wav": "audio/wav",
               "mp3": "audio/mpeg"}


@dataclass(frozen=True)
class VoiceNote:
    filename: str
    data: bytes
    media_type: str = field(default="", compare=False)
    seconds: float | None = field(default=None, compare=False)

    def __post_init__(self):
        name = _voice_name(self.filename)
        object.__setattr__(self, "filename", name)
        container, seconds = check_audio(name, self.data)
        object.__setattr__(self, "media_type", VOICE_TYPES[container])
        object.__setattr__(self, "seconds", seconds)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> VoiceNote:
        return cls(name, bytes(data))


def _voice_name(name) -> str:
    name = clean_text(str(name or ""), "voice_name", 1000) or ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[-MAX_VOICE_NAME:] or "voice"


def container_of(data: bytes) -> str | None:
    """The container the magic bytes announce (None: not one of the accepted kinds)."""
    head = bytes(data[:12])
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if head[:4] == b"OggS":
        return "ogg"
    if head[4:8] == b"ftyp":
        return "mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


def audio_media_type(data: bytes) -> str | None:
    """The media type of stored audio (the attachment endpoint), from its magic."""
    container = container_of(data)
    return VOICE_TYPES.get(container) if container else None


def check_audio(name: str, data) -> tuple[str, float | None]:
    """(container, seconds or None) of acceptable audio; InvalidInput otherwise."""
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise InvalidInput(f"voice note {name} is empty", code="voice_empty", name=name)
    if len(data) > MAX_VOICE_BYTES:
        raise InvalidInput(f"voice note {name} is larger than {MAX_VOICE_BYTES // 2**20} MiB",
                           code="voice_too_large", name=name, max_mib=MAX_VOICE_BYTES // 2**20)
    container = container_of(data)
    if container is None:
        raise _not_audio(name, None)
    try:
        seconds = _webm_seconds(bytes(data)) if container == "webm" else _mutagen_seconds(
            container, bytes(data))
    except InvalidInput:
        raise
    except Exception:  # mutagen and struct raise many kinds on damaged files
        raise _not_audio(name, container) from None
    if seconds is not None and seconds > MAX_VOICE_SECONDS + 1:
        raise InvalidInput(f"voice note {name} is {seconds:.0f} s long; at most "
                           f"{MAX_VOICE_SECONDS} s are accepted", code="voice_too_long",
                           name=name, seconds=round(seconds, 1), max_seconds=MAX_VOICE_SECONDS)
    return container, seconds


def _not_audio(name: str, container: str | None) -> InvalidInput:
    return InvalidInput(f"voice note {name} is not audio of an accepted kind "
                        f"({', '.join(sorted(VOICE_TYPES.values()))})", code="voice_not_audio",
                        name=name, container=container, allowed=sorted(VOICE_TYPES.values()))


def _mutagen_seconds(container: str, data: bytes) -> float:
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis
    from mutagen.wave import WAVE

    kinds = {"ogg": (OggOpus, OggVorbis), "mp4": (MP4,), "wav": (WAVE,), "mp3": (MP3,)}[container]
    last: Exception | None = None
    for kind in kinds:
        try:
            parsed = kind(io.BytesIO(data))
        except Exception as exc:  # the next kind of the container, else not audio
            last = exc
            continue
        info = parsed.info
        if container == "mp4" and not str(getattr(info, "codec", "")).startswith(
                ("mp4a", "alac", "Opus", "opus")):
            raise ValueError("an MP4 without an audio track")
        if container == "wav" and not getattr(info, "sample_rate", 0):
            raise ValueError("a WAV without samples")
        if container == "mp3" and not getattr(info, "bitrate", 0):
            raise ValueError("no MPEG audio frames")
        length = float(getattr(info, "length", 0) or 0)
        if length <= 0:
            raise ValueError("no audio")
        return length
    raise last or ValueError("not audio")


# --- WebM (Matroska) -------------------------------------------------------------------

_EBML, _DOCTYPE = 0x1A45DFA3, 0x4282
_SEGMENT, _INFO, _TRACKS = 0x18538067, 0x1549A966, 0x1654AE6B
_TIMECODE_SCALE, _DURATION = 0x2AD7B1, 0x4489
_TRACK_ENTRY, _TRACK_TYPE, _CODEC_ID = 0xAE, 0x83, 0x86
_CLUSTER = 0x1F43B675
_AUDIO_TRACK = 2
_AUDIO_CODECS = ("A_OPUS", "A_VORBIS", "A_AAC")


def _vint(data: bytes, pos: int, keep_marker: bool) -> tuple[int, int, bool]:
    """An EBML variable-length integer at ``pos``: (value, next pos, all ones = unknown)."""
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or pos + length > len(data):
        raise ValueError("bad EBML integer")
    value = first if keep_marker else first & (0xFF >> length)
    for b in data[pos + 1:pos + length]:
        value = (value << 8) | b
    unknown = not keep_marker and value == (1 << (7 * length)) - 1
    return value, pos + length, unknown


def _elements(data: bytes, start: int, end: int):
    pos = start
    while pos < end:
        ident, pos, _ = _vint(data, pos, keep_marker=True)
        size, pos, unknown = _vint(data, pos, keep_marker=False)
        stop = end if unknown else pos + size
        if stop > end:  # a truncated element: a recording cut short still has its header
            stop = end
        yield ident, pos, stop
        pos = stop


def _webm_seconds(data: bytes) -> float | None:
    """Check the EBML header (DocType webm/matroska) and an audio track; the duration if
    the file says it (seconds), else None."""
    end = len(data)
    top = _elements(data, 0, end)
    ident, start, stop = next(top)
    if ident != _EBML:
        raise ValueError("no EBML header")
    doctype = next((data[s:e].rstrip(b"\0") for i, s, e in _elements(data, start, stop)
                    if i == _DOCTYPE), b"")
    if doctype not in (b"webm", b"matroska"):
        raise ValueError("not WebM")
    scale, duration, audio = 1_000_000, None, False
    for ident, start, stop in top:
        if ident != _SEGMENT:
            continue
        for child, cs, ce in _elements(data, start, stop):
            if child == _INFO:
                for i, s, e in _elements(data, cs, ce):
                    if i == _TIMECODE_SCALE:
                        scale = int.from_bytes(data[s:e], "big") or scale
                    elif i == _DURATION and e - s in (4, 8):
                        duration = struct.unpack(">f" if e - s == 4 else ">d", data[s:e])[0]
            elif child == _TRACKS:
                for i, s, e in _elements(data, cs, ce):
                    if i != _TRACK_ENTRY:
                        continue
                    fields = {fi: data[fs:fe] for fi, fs, fe in _elements(data, s, e)}
                    kind = int.from_bytes(fields.get(_TRACK_TYPE, b"\0"), "big")
                    codec = fields.get(_CODEC_ID, b"").rstrip(b"\0").decode("ascii", "replace")
                    if kind == _AUDIO_TRACK and codec.startswith(_AUDIO_CODECS):
                        audio = True
            elif child == _CLUSTER:
                break  # the media itself: the header is read
        break
    if not audio:
        raise ValueError("no audio track")
    return duration * scale / 1e9 if duration else None
