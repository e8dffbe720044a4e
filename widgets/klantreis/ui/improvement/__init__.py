"""The improvement page: from pain points to a chosen backlog and the desired journey."""
