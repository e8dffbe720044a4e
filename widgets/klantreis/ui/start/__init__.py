"""The start page, everyone's first page: open or create a workshop and say who you are."""
