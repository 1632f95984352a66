"""The shape our observing middlewares share (access log, metrics, read audit): pure ASGI, they let the app
answer and then note how it went — its status (500 if it raised before answering) and how long it took."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class Answered(ABC):
    """Subclasses implement `answered`; `begin` and `starting` (the response's first message) are optional."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.begin(scope)
        started, status = time.perf_counter(), 500

        async def sent(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                self.starting(scope, message)
            await send(message)

        try:
            await self.app(scope, receive, sent)
        finally:
            await self.answered(scope, status, time.perf_counter() - started)

    def begin(self, scope: Scope) -> None:
        """Before the app runs."""

    def starting(self, scope: Scope, message: Message) -> None:
        """The response's start message, before it is sent (headers may be added)."""

    @abstractmethod
    async def answered(self, scope: Scope, status: int, seconds: float) -> None:
        """After the app answered (or raised): `status` as sent, `seconds` since `begin`."""
