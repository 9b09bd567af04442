"""Printed documents (ReportLab): the daily register, and the fonts and text setting they
share. Reports read through `services` and never touch the database themselves."""
