"""Fuse Call Centre Desk: the complaint desk of a regional fuse-call centre."""

__version__ = "0.1.0"
