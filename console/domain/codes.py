"""Human codes of the standards, with their layouts kept in one place.

- grid cell (CJ/T 213 / GB/T 30428.1): 6 county + 3 street + 3 community + 3 sequence = 15
- component (GB/T 30428.2): 6 county + 2 major + 2 minor + 6 sequence = 16
- case: 4-digit year + 6-digit sequence, unique per center
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.errors import InvalidInput

DISTRICT_LEN = 6
STREET_LEN = 3
COMMUNITY_LEN = 3
GRID_SEQ_LEN = 3
GRID_CODE_LEN = DISTRICT_LEN + STREET_LEN + COMMUNITY_LEN + GRID_SEQ_LEN
COMPONENT_SEQ_LEN = 6
COMPONENT_ID_LEN = DISTRICT_LEN + 4 + COMPONENT_SEQ_LEN
CASE_SEQ_LEN = 6


def _digits(value: str, length: int, what: str) -> str:
    value = str(value).strip()
    if len(value) != length or not value.isdigit():
        raise InvalidInput(f"{what} must be {length} digits, got {value!r}", code="invalid_code",
                           what=what, length=length, value=str(value))
    return value


@dataclass(frozen=True)
class GridCode:
    code: str

    def __post_init__(self):
        object.__setattr__(self, "code", _digits(self.code, GRID_CODE_LEN, "grid code"))

    @classmethod
    def compose(cls, district: str, street: int, community: int, seq: int) -> GridCode:
        return cls(f"{district}{street:0{STREET_LEN}d}{community:0{COMMUNITY_LEN}d}{seq:0{GRID_SEQ_LEN}d}")

    @property
    def district(self) -> str:
        return self.code[:DISTRICT_LEN]

    @property
    def street(self) -> str:
        return self.code[: DISTRICT_LEN + STREET_LEN]

    @property
    def community(self) -> str:
        return self.code[: DISTRICT_LEN + STREET_LEN + COMMUNITY_LEN]

    @property
    def sequence(self) -> int:
        return int(self.code[-GRID_SEQ_LEN:])

    def __str__(self) -> str:
        return self.code


def street_code(district: str, street: int) -> str:
    return f"{district}{street:0{STREET_LEN}d}"


def community_code(street: str, community: int) -> str:
    return f"{street}{community:0{COMMUNITY_LEN}d}"


def parent_codes(grid_code: str) -> dict[str, str]:
    g = GridCode(grid_code)
    return {"district_code": g.district, "street_code": g.street, "community_code": g.community}


@dataclass(frozen=True)
class ComponentId:
    code: str

    def __post_init__(self):
        object.__setattr__(self, "code", _digits(self.code, COMPONENT_ID_LEN, "component identifier"))

    @classmethod
    def compose(cls, county: str, class_code: str, seq: int) -> ComponentId:
        return cls(f"{county}{class_code}{seq:0{COMPONENT_SEQ_LEN}d}")

    @property
    def county(self) -> str:
        return self.code[:DISTRICT_LEN]

    @property
    def class_code(self) -> str:
        return self.code[DISTRICT_LEN : DISTRICT_LEN + 4]

    @property
    def sequence(self) -> int:
        return int(self.code[-COMPONENT_SEQ_LEN:])


def case_code(year: int, seq: int) -> str:
    if not 1 <= seq < 10**CASE_SEQ_LEN:
        raise InvalidInput(f"case sequence {seq} out of range for year {year}", code="invalid_code",
                           what="case sequence", length=6, value=str(seq))
    return f"{year:04d}{seq:0{CASE_SEQ_LEN}d}"


def is_case_code(text: str) -> bool:
    return len(text) == 4 + CASE_SEQ_LEN and text.isdigit()
