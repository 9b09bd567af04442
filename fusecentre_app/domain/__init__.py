"""Pure rules of the desk: enums, lifecycle, deadlines, phone numbers, dockets (no I/O, no Qt)."""
