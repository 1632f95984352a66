"""Query-string values taken only in the form the OpenAPI document gives them: on its own, pydantic would also read
`1`, `yes` or `on` as a boolean and a number as a Unix time for a date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _boolean(value: object) -> object:
    if isinstance(value, str) and value.lower() not in ("true", "false"):
        raise ValueError("Input should be `true` or `false`")
    return value


def _iso(value: object) -> object:
    if isinstance(value, str) and not _ISO_DATE.match(value):
        raise ValueError("Input should be an ISO 8601 date (YYYY-MM-DD)")
    return value


QueryBool = Annotated[bool, BeforeValidator(_boolean)]
QueryDate = Annotated[dt.date, BeforeValidator(_iso)]
QueryDateTime = Annotated[dt.datetime, BeforeValidator(_iso)]
