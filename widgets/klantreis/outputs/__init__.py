"""What leaves the kit for people: the report (HTML and PDF), the printable cards and sheets,
and join links with their QR codes."""
