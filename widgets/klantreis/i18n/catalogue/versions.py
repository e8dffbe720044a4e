"""Versions of a journey: saving one, the list, and comparing two (the dashboard's part and
the chart)."""

MESSAGES: dict[str, dict[str, str]] = {
    "versions.title": {"nl": "Versies van deze klantreis", "en": "Versions of this journey"},
    "versions.intro": {
        "nl": "Een klantreis is nooit af: als de dienst verandert, loopt en beoordeelt het "
        "team de reis opnieuw. Bewaar eerst een versie, dan blijft te zien hoe de reis was en "
        "welke stappen erbij kwamen, verdwenen of een ander cijfer kregen.",
        "en": "A journey map is never finished: when the service changes, the team walks and "
        "rates the journey again. Save a version first, so you can still see how the journey "
        "was, and which steps were added, removed or scored differently.",
    },
    "versions.name_placeholder": {
        "nl": "bijv. Voor de nieuwe incheckbalie, maart",
        "en": "e.g. Before the new check-in desk, March",
    },
    "versions.save": {"nl": "Versie bewaren", "en": "Save version"},
    "versions.saved": {
        "nl": "Bewaard: versie '{name}'.",
        "en": "Saved: version '{name}'.",
    },
    "versions.none": {
        "nl": "Van deze klantreis is nog geen versie bewaard.",
        "en": "No version of this journey has been saved yet.",
    },
    "versions.none_facilitator": {
        "nl": "Nog geen versies: bewaar er een voordat het team de reis opnieuw beoordeelt.",
        "en": "No versions yet: save one before the team rates the journey again.",
    },
    "versions.no_journey": {
        "nl": "Deze workshop heeft nog geen klantreis.",
        "en": "This workshop has no journey yet.",
    },
    "versions.saved_at": {
        "nl": "{day}-{month}-{year} {time} UTC",
        "en": "{year}-{month}-{day} {time} UTC",
    },
    "versions.delete": {"nl": "Verwijderen", "en": "Delete"},
    "versions.confirm_delete": {
        "nl": "Versie '{name}' verwijderen? Dat kan niet ongedaan worden gemaakt; de klantreis "
        "zelf blijft zoals hij is.",
        "en": "Delete version '{name}'? This cannot be undone; the journey itself stays as "
        "it is.",
    },
    "versions.deleted": {
        "nl": "Versie '{name}' is verwijderd.",
        "en": "Version '{name}' was deleted.",
    },
    "versions.compare": {"nl": "Vergelijk", "en": "Compare"},
    "versions.with": {"nl": "met", "en": "with"},
    "versions.now": {"nl": "Nu (de klantreis zoals hij is)", "en": "Now (the journey as it is)"},
    "versions.same": {
        "nl": "Kies twee verschillende versies om te vergelijken.",
        "en": "Choose two different versions to compare.",
    },
    "versions.added": {"nl": "Stappen erbij", "en": "Steps added"},
    "versions.removed": {"nl": "Stappen vervallen", "en": "Steps removed"},
    "versions.no_added": {"nl": "Geen stappen erbij.", "en": "No steps added."},
    "versions.no_removed": {"nl": "Geen stappen vervallen.", "en": "No steps removed."},
    "versions.moved": {"nl": "Cijfers per stap", "en": "Scores per step"},
    "versions.no_moved": {
        "nl": "Geen stap zit in allebei de versies.",
        "en": "No step is in both versions.",
    },
    "versions.col.step": {"nl": "Stap", "en": "Step"},
    "versions.col.then": {"nl": "Toen", "en": "Then"},
    "versions.col.now": {"nl": "Nu", "en": "Now"},
    "versions.col.change": {"nl": "Verschil", "en": "Change"},
    "versions.chart_title": {
        "nl": "Twee versies van de emotiecurve",
        "en": "Two versions of the emotion curve",
    },
    "versions.chart_note": {
        "nl": "Elke stap staat in beide versies in dezelfde kolom, ook als hij een andere naam "
        "kreeg · gestippeld: de eerste versie",
        "en": "Each step stands in the same column in both versions, also when it was renamed "
        "· dashed: the first version",
    },
    "versions.series": {"nl": "{number}: {name}", "en": "{number}: {name}"},
    "versions.version": {"nl": "Versie", "en": "Version"},
}
