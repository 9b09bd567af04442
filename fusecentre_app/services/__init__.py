"""Use cases: one function per thing a person does at the desk. Each write is one transaction
that also records its event. Results are plain dataclasses, never live ORM objects."""
