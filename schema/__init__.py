"""Pydantic models at Clinigraph's edges: request/response bodies, enums and settings."""
