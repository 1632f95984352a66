"""Standard Webhooks signatures (standardwebhooks.com, with its reference package): `webhook-id`,
`webhook-timestamp` and `webhook-signature` = `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, one per
secret, space-separated, while a rotated secret is still in its grace period."""

from __future__ import annotations

from datetime import UTC, datetime

from standardwebhooks.webhooks import Webhook


def headers(message_id: str, sent_at: datetime, body: str, signing_secrets: list[str]) -> dict[str, str]:
    moment = sent_at.astimezone(UTC)
    signatures = " ".join(Webhook(secret).sign(message_id, moment, body) for secret in signing_secrets)
    return {"webhook-id": message_id, "webhook-timestamp": str(int(moment.timestamp())),
            "webhook-signature": signatures}
