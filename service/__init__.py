"""The Starlette API, auth, patient pages and the `clinigraph` CLI."""
