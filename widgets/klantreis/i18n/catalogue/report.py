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
    "report.heading.goals": {
        "nl": "Fasen en hun doel voor het merk",
        "en": "Phases and their goals for the brand",
    },
    "report.heading.gap": {"nl": "Functioneel en emotioneel", "en": "Functional and emotional"},
    "report.heading.customers": {
        "nl": "Wat klanten zeggen, naast wat het team denkt",
        "en": "What customers say, beside what the team believes",
    },
    "report.heading.evidence": {"nl": "Waar de kaart op rust", "en": "What the map rests on"},
    "report.heading.comments": {
        "nl": "In de woorden van de deelnemers",
        "en": "In the participants' words",
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
    "report.questions": {"nl": "Vraagt zich af:", "en": "Asks:"},
    "report.evidence": {"nl": "Onderbouwing: {sources}", "en": "Evidence: {sources}"},
    "report.assumed_only": {
        "nl": "Onderbouwing: alleen aannames",
        "en": "Evidence: assumptions only",
    },
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
    # Functional and emotional.
    "report.gap_intro": {
        "nl": "Functioneel: werd de stap geleverd zoals beloofd en verwacht? Emotioneel: hoe "
        "voelde het? Een stap kan werken en toch slecht voelen; dan moet de beleving beter, "
        "niet het proces. Het functionele cijfer is niet verplicht: {judged} van de "
        "{ratings} beoordelingen geven het, en alleen die tellen mee.",
        "en": "Functional: was the step delivered as promised and expected? Emotional: how "
        "did it feel? A step can work and still feel bad; then the experience, not the "
        "process, needs work. The functional score is optional: {judged} of the {ratings} "
        "ratings give it, and only those count.",
    },
    "report.no_functional": {
        "nl": "Nog niemand heeft de functionele kant van een stap beoordeeld.",
        "en": "Nobody has judged the functional side of a step yet.",
    },
    "report.gaps_intro": {
        "nl": "Stappen waar de twee een punt of meer uiteenlopen, het grootste verschil eerst:",
        "en": "Steps where the two lie a point or more apart, the largest gap first:",
    },
    "report.no_gaps": {
        "nl": "Bij geen enkele stap liggen het functionele en het emotionele gemiddelde een "
        "punt of meer uiteen.",
        "en": "On no step do the functional and the emotional mean lie a point or more apart.",
    },
    "report.col.functional": {"nl": "Functioneel", "en": "Functional"},
    "report.col.emotional": {"nl": "Emotioneel", "en": "Emotional"},
    "report.col.gap": {"nl": "Verschil", "en": "Gap"},
    "report.judged": {
        "nl": "{count} van {ratings} beoordeeld",
        "en": "{count} of {ratings} judged",
    },
    # What customers say.
    "report.customers_intro": {
        "nl": "Per fase en stap die de antwoorden van klanten bereikten: de gemeten waarde met "
        "haar 95%-interval en het aantal antwoorden (n), de antwoorden omgerekend naar de "
        "schaal 1–10 van het team, met hun interval, en daarnaast het gemiddelde emotionele "
        "cijfer van het team. Team en klanten zijn het oneens (⚠) waar het verschil minstens "
        "een punt is en buiten het interval van de klanten valt.",
        "en": "Per phase and step that customers' answers reached: the measured value with its "
        "95% interval and the number of answers (n), the answers rescaled to the team's 1–10 "
        "scale, with their interval, and beside it the team's mean emotional score. Team and "
        "customers disagree (⚠) where the difference is at least a point and outside the "
        "customers' interval.",
    },
    "report.no_customers": {
        "nl": "Voor deze klantreis zijn nog geen klantgegevens bewaard: de curve is wat het "
        "team denkt, nog niet getoetst aan wat klanten zeggen.",
        "en": "No customer data is kept for this journey yet: the curve is what the team "
        "believes, not yet checked against what customers say.",
    },
    "report.whole_phase": {"nl": "De fase als geheel", "en": "The phase as a whole"},
    "report.interval": {"nl": "{low} tot {high}", "en": "{low} to {high}"},
    "report.team_n": {"nl": "{count} cijfers", "en": "{count} scores"},
    "report.disagree": {"nl": "⚠ oneens", "en": "⚠ disagree"},
    # Evidence.
    "report.evidence_intro": {
        "nl": "{share}: daarvoor legde het team geen interview, enquête, webanalyse of "
        "klachtenregistratie vast. Die stappen toets je als eerste bij klanten.",
        "en": "{share}: for those the team recorded no interview, survey, analytics or "
        "complaint log. They are the first to check with customers.",
    },
    "report.all_backed": {
        "nl": "Elke stap is onderbouwd met meer dan de aannames van het team.",
        "en": "Every step is backed by more than the team's assumptions.",
    },
    "report.evidence_backed": {
        "nl": "Stappen met onderbouwing, en waarmee:",
        "en": "The steps backed by evidence, and by what:",
    },
    # Comments.
    "report.comments_anonymous": {
        "nl": "Wat deelnemers bij hun cijfers schreven, per stap, zonder namen.",
        "en": "What participants wrote with their ratings, per step, without names.",
    },
    "report.comments_named": {
        "nl": "Wat deelnemers bij hun cijfers schreven, per stap.",
        "en": "What participants wrote with their ratings, per step.",
    },
    "report.comment_by": {"nl": "{name}: {comment}", "en": "{name}: {comment}"},
    "report.col.comments": {"nl": "Toelichtingen", "en": "Comments"},
    # Goals per phase.
    "report.goals_intro": {
        "nl": "Wat elke fase voor het merk moet opleveren ({goals}); weeg de verbeteringen "
        "daartegen af.",
        "en": "What each phase should achieve for the brand ({goals}); weigh the improvements "
        "against it.",
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
        "nl": "Ideeën op de backlog: {chosen} van {count}. Gekozen ideeën staan bovenaan, "
        "daarna de overige op volgorde van stemmen.",
        "en": "Ideas on the backlog: {chosen} of {count}. Selected ideas come first, then the "
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
