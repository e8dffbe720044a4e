"""The read-only dashboard: a finished or running workshop for people who only look."""
