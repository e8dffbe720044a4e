"""Serving workshops to a room: `klantreis serve` (Voilà with the kit's safe settings and page
template), its pool of preheated kernels, and what keeps each kernel's start-up cheap.

Nothing here is imported by the pages: they meet `klantreis serve` only through the
environment variables in `klantreis.core.environment`.
"""
