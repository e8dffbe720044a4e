"""The workshop report (HTML and PDF)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Facts at the top.
    "report.journey": {"nl": "Klantreis", "en": "Journey"},
    "report.workshop_date": {"nl": "Datum workshop", "en": "Workshop date"},
    "report.participants": {"nl": "Deelnemers", "en": "Participants"},
    "report.participants_value": {
        "nl": "{count}, van {departments}",
        "en": "{count}, from {departments}",
    },
    "report.made_on": {
        "nl": "Rapport gemaakt op {date} met Klantreis.",
        "en": "Report made on {date} with Klantreis.",
    },
    "report.page": {"nl": "pagina {page}", "en": "page {page}"},
    # Sections.
    "report.heading.persona": {"nl": "Voor wie: de persona", "en": "Who: the persona"},
    "report.heading.map": {"nl": "De klantreis", "en": "The journey map"},
    "report.heading.steps": {
        "nl": "Bijlage: de klantreis stap voor stap",
        "en": "Appendix: the journey step by step",
    },
    "report.heading.curve": {"nl": "Emotiecurve", "en": "Emotion curve"},
    "report.heading.moments": {"nl": "Momenten van de waarheid", "en": "Moments of truth"},
    "report.heading.backlog": {"nl": "Verbeterbacklog", "en": "Improvement backlog"},
    "report.heading.responsibility": {
        "nl": "Wie doet wat, per fase",
        "en": "Responsibility per phase",
    },
    # The map.
    "report.map_intro": {
        "nl": "De fasen van links naar rechts, een kolom per stap; in de curve het gemiddelde "
        "emotionele cijfer van het team per stap (1–10, voldoende vanaf 5,5, het doel is 9+).",
        "en": "The phases from left to right, a column per step; in the curve the team's mean "
        "emotional score per step (1–10, a pass from 5.5, the aim is 9+).",
    },
    "report.no_steps": {
        "nl": "Deze klantreis heeft nog geen stappen.",
        "en": "This journey has no steps yet.",
    },
    "report.col.number": {"nl": "Nr.", "en": "No."},
    "report.col.step": {"nl": "Stap", "en": "Step"},
    "report.col.experience": {"nl": "Doen, denken, voelen", "en": "Doing, thinking, feeling"},
    "report.col.score": {"nl": "Cijfer", "en": "Score"},
    "report.doing": {"nl": "Doet:", "en": "Does:"},
    "report.thinking": {"nl": "Denkt:", "en": "Thinks:"},
    "report.feeling": {"nl": "Voelt:", "en": "Feels:"},
    "report.spread": {"nl": "{low}–{high}, {count}×", "en": "{low}–{high}, {count}×"},
    # The curve.
    "report.curve_summary": {
        "nl": "Laagste gemiddelde: {low} ({low_score}). Hoogste: {high} ({high_score}). "
        "{ratings} beoordelingen van {people} deelnemers.",
        "en": "Lowest mean: {low} ({low_score}). Highest: {high} ({high_score}). "
        "{ratings} ratings from {people} participants.",
    },
    "report.no_ratings": {
        "nl": "Nog niemand heeft de stappen van deze klantreis beoordeeld.",
        "en": "Nobody has rated the steps of this journey yet.",
    },
    # Moments of truth.
    "report.moments_intro": {
        "nl": "Stappen die de hele ervaring maken of breken, zoals het team ze bevestigde.",
        "en": "Steps that make or break the whole experience, as the team confirmed them.",
    },
    "report.no_moments": {
        "nl": "Het team heeft nog geen momenten van de waarheid bevestigd.",
        "en": "The team has not confirmed any moments of truth yet.",
    },
    # The backlog.
    "report.backlog_intro": {
        "nl": "{chosen} van de {count} ideeën staan op de backlog; die staan bovenaan, daarna "
        "de overige op volgorde van stemmen.",
        "en": "{chosen} of the {count} ideas are on the backlog; they come first, then the "
        "others in order of votes.",
    },
    "report.no_ideas": {
        "nl": "Er zijn nog geen verbeterideeën voor deze klantreis.",
        "en": "There are no improvement ideas for this journey yet.",
    },
    "report.col.idea": {"nl": "Idee", "en": "Idea"},
    "report.col.estimates": {"nl": "I / I / Z", "en": "I / E / C"},
    "report.estimates_note": {
        "nl": "I / I / Z: impact, inspanning en zekerheid, elk van 1 (laag) tot 5 (hoog). "
        "Effect: de verwachte verandering van het emotionele cijfer van de stappen waar het "
        "idee op mikt.",
        "en": "I / E / C: impact, effort and confidence, each from 1 (low) to 5 (high). "
        "Effect: the expected change in the emotional score of the steps the idea aims at.",
    },
    "report.col.effect": {"nl": "Effect", "en": "Effect"},
    "report.col.steps": {"nl": "Voor de stappen", "en": "For the steps"},
    # Responsibility.
    "report.responsibility_intro": {
        "nl": "Welke afdeling welke stappen verzorgt, per fase. Lege vakjes zijn fasen waarin "
        "een afdeling geen rol speelt: daar kan de klant tussen wal en schip vallen.",
        "en": "Which department looks after which steps, per phase. Empty cells are phases a "
        "department plays no part in: there the customer can fall between two stools.",
    },
    # Exports and the command line.
    "report.bad_suffix": {
        "nl": "Kan '{path}' niet schrijven: kies een bestand dat eindigt op {choices}.",
        "en": "Cannot write '{path}': choose a file name ending in {choices}.",
    },
    "report.written": {"nl": "Rapport geschreven naar {path}.", "en": "Report written to {path}."},
    "report.chart_written": {
        "nl": "Grafiek geschreven naar {path}.",
        "en": "Chart written to {path}.",
    },
}
