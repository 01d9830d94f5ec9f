"""Printable documents (ReportLab PDFs) built from the same services as the screens."""
