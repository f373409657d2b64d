"""Request bodies of the application server: the `console` command's options, as JSON.

Field names follow DESIGN §8's option names (``--class`` → ``class_code``), so a script
moves from the CLI to HTTP without a dictionary. Photos travel as base64 in the JSON body:
one request, one transaction, nothing half-uploaded.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# Whatever the services accept later, a request larger than this is not a mistake worth
# decoding: 9 photos of 10 MB in base64, plus the form.
MAX_TEXT = 2000


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Coordinates as numbers or as the text a form or a script typed: the services parse and
# check them (range, NaN, the city's extent) and word the refusal the same on every path.
Coordinate = Annotated[float | Annotated[str, Field(max_length=64)] | None, Field(default=None)]


class Login(_Body):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(max_length=1024)


class NewPassword(_Body):
    password: str = Field(max_length=1024)


class Active(_Body):
    active: bool


class OwnPassword(_Body):
    old_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class PhotoIn(_Body):
    name: str = Field(default="photo.jpg", max_length=255)
    data: str = Field(description="the image file, base64", max_length=14_000_000)


class VoiceIn(_Body):
    name: str = Field(default="voice.webm", max_length=255)
    data: str = Field(description="the audio file (WebM/Opus, Ogg/Opus, MP4/AAC, WAV, MP3), "
                      "base64; at most 5 MiB and 2 minutes", max_length=7_000_000)


class Report(_Body):
    source: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    class_code: str = Field(max_length=16)
    description: str = Field(max_length=MAX_TEXT * 2)
    x: Coordinate = None
    y: Coordinate = None
    lon: Coordinate = None
    lat: Coordinate = None
    address: str = Field(default="", max_length=MAX_TEXT * 2)
    component: str | None = Field(default=None, max_length=64)
    urgent: bool = False
    photos: list[PhotoIn] = Field(default_factory=list, max_length=20)
    caller_name: str | None = Field(default=None, max_length=256)
    caller_phone: str | None = Field(default=None, max_length=256)
    reply_wanted: bool = False
    voice: VoiceIn | None = None  # the field client's voice note (issue 9)


class Act(_Body):
    department: str | None = Field(default=None, max_length=64)
    reason: str | None = Field(default=None, max_length=MAX_TEXT * 2)
    result: str | None = Field(default=None, max_length=16)
    close_type: str | None = Field(default=None, max_length=16)
    until: str | None = Field(default=None, max_length=64)
    photos: list[PhotoIn] = Field(default_factory=list, max_length=20)
    inspector: str | None = Field(default=None, max_length=64)
    no_photo_reason: str | None = Field(default=None, max_length=MAX_TEXT * 2)
    proxy: bool = False
    district: str | None = Field(default=None, max_length=16)
    into: str | None = Field(default=None, max_length=64)
    contact: str | None = Field(default=None, max_length=16)
    satisfaction: str | None = Field(default=None, max_length=16)
    expect_version: int | None = Field(default=None, ge=0, le=2**31)


class User(_Body):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(max_length=1024)
    roles: list[str] = Field(min_length=1, max_length=16)
    department: str | None = Field(default=None, max_length=64)
    district: str | None = Field(default=None, max_length=16)
    full_name: str = Field(default="", max_length=64)


class ComponentNew(_Body):
    class_code: str = Field(max_length=16)
    x: Coordinate = None
    y: Coordinate = None
    lon: Coordinate = None
    lat: Coordinate = None
    state: str = Field(default="完好", max_length=16)
    owner: str | None = Field(default=None, max_length=MAX_TEXT)
    maintainer: str | None = Field(default=None, max_length=MAX_TEXT)
    note: str = Field(default="", max_length=MAX_TEXT * 2)


class ComponentMove(_Body):
    x: Coordinate = None
    y: Coordinate = None
    lon: Coordinate = None
    lat: Coordinate = None
    note: str = Field(default="", max_length=MAX_TEXT * 2)


class ComponentUpdate(_Body):
    state: str | None = Field(default=None, max_length=16)
    owner: str | None = Field(default=None, max_length=MAX_TEXT)
    maintainer: str | None = Field(default=None, max_length=MAX_TEXT)
    note: str | None = Field(default=None, max_length=MAX_TEXT * 2)


class ComponentRetire(_Body):
    reason: str = Field(max_length=MAX_TEXT * 2)
