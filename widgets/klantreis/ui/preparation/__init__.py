"""The preparation page: the organisation's view of the journey, set up by the facilitator."""
