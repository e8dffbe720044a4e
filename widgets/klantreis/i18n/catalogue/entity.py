"""The names of the kinds of rows (workshop, persona, step, …), as used inside messages."""

MESSAGES: dict[str, dict[str, str]] = {
    # Names of entities, as used inside messages.
    "entity.workshop": {"nl": "workshop", "en": "workshop"},
    "entity.participant": {"nl": "deelnemer", "en": "participant"},
    "entity.persona": {"nl": "persona", "en": "persona"},
    "entity.journey": {"nl": "klantreis", "en": "journey"},
    "entity.phase": {"nl": "fase", "en": "phase"},
    "entity.step": {"nl": "stap", "en": "step"},
    "entity.rating": {"nl": "beoordeling", "en": "rating"},
    "entity.moment": {"nl": "moment van de waarheid", "en": "moment of truth"},
    "entity.evidence": {"nl": "onderbouwing", "en": "evidence"},
    "entity.idea": {"nl": "idee", "en": "idea"},
    "entity.idea_step": {"nl": "koppeling idee-stap", "en": "idea-step link"},
    "entity.vote": {"nl": "stem", "en": "vote"},
    "entity.source": {"nl": "gegevensbron", "en": "data source"},
    # Results kept with the workshop, shown on the dashboard and the other panels.
    "entity.source_result": {"nl": "klantresultaat", "en": "customer result"},
    "entity.room": {"nl": "zaal", "en": "room"},
    "entity.version": {"nl": "versie", "en": "version"},
}
