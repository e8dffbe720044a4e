"""Messages of the journey map (`charts.journey_map`) and its exports."""

MESSAGES = {
    "map.lane.customers": {"nl": "Cijfer van klanten", "en": "Customers' score"},
    "map.lane.evidence": {"nl": "Onderbouwing", "en": "Evidence"},
    "map.lane.target": {"nl": "Beoogd cijfer", "en": "Target score"},
    "map.lane.ideas": {"nl": "Ideeën", "en": "Ideas"},
    "map.customers": {"nl": "{score} (n = {n})", "en": "{score} (n = {n})"},
    "map.same_moment": {"nl": "zelfde moment: {moment}", "en": "same moment: {moment}"},
    "map.line_of_visibility": {"nl": "Zichtlijn: hieronder ziet de klant het niet",
                               "en": "Line of visibility: the customer does not see below"},
    "map.today": {"nl": "De klantreis van vandaag", "en": "The journey today"},
    "map.desired": {"nl": "De gewenste klantreis", "en": "The desired journey"},
    "map.desired_file": {"nl": "Gewenste klantreis – ", "en": "Desired journey – "},
    "map.no_desired": {
        "nl": "De klantreis '{journey}' heeft nog geen gewenste klantreis. Maak die op de "
        "verbeterpagina (onderdeel 5).",
        "en": "The journey '{journey}' has no desired journey yet. Make it on the improvement "
        "page (section 5).",
    },
    "map.untitled": {"nl": "Klantreis", "en": "Customer journey"},
    "map.assumed_share": {
        "nl": "{count} van de {total} stappen ({share} %) rusten alleen op aannames",
        "en": "{count} of {total} steps ({share} %) rest on assumptions only",
    },
    "map.brand_goal": {"nl": "Doel: {goal}", "en": "Goal: {goal}"},
    "map.legend.mean": {"nl": "gemiddeld cijfer van het team", "en": "the team's mean score"},
    "map.legend.target": {"nl": "beoogd cijfer", "en": "the score the team aims for"},
    "map.legend.spread": {"nl": "laagste tot hoogste cijfer", "en": "lowest to highest score"},
    "map.legend.customers": {"nl": "cijfer van klanten", "en": "customers' score"},
    "map.page": {"nl": "Blad {page} van {pages}", "en": "Sheet {page} of {pages}"},
    "map.bad_paper": {
        "nl": "Onbekend papierformaat '{paper}'; kies uit: {choices}.",
        "en": "Unknown paper size '{paper}'; choose from: {choices}.",
    },
    "map.written": {"nl": "Klantreiskaart geschreven naar {path}.",
                    "en": "Journey map written to {path}."},
    "map.cannot_write": {
        "nl": "Kan '{path}' niet schrijven ({reason}); er is niets veranderd.",
        "en": "Cannot write '{path}' ({reason}); nothing was changed.",
    },
    "map.legend.moment": {"nl": "moment van de waarheid", "en": "moment of truth"},
}
