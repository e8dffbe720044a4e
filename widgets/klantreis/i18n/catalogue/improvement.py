"""The improvement panel: starting points, ideas, voting, ranking, the desired journey,
responsibility and channels."""

MESSAGES: dict[str, dict[str, str]] = {
    # The sections, in the order the team walks through them.
    "improvement.section.starting": {"nl": "1. Startpunten", "en": "1. Starting points"},
    "improvement.section.ideas": {"nl": "2. Ideeën", "en": "2. Ideas"},
    "improvement.section.voting": {"nl": "3. Stemmen", "en": "3. Dot voting"},
    "improvement.section.ranking": {
        "nl": "4. Ranglijst en matrix",
        "en": "4. Ranking and matrix",
    },
    "improvement.section.desired": {"nl": "5. Gewenste klantreis", "en": "5. Desired journey"},
    "improvement.section.responsibility": {
        "nl": "6. Wie doet wat, per fase",
        "en": "6. Responsibility per phase",
    },
    "improvement.section.channels": {"nl": "7. Kanalen", "en": "7. Channels"},
    "improvement.facilitator_only": {
        "nl": "Alleen de begeleider kan ideeën wijzigen, verwijderen of kiezen voor de backlog.",
        "en": "Only the facilitator can edit, delete or select ideas for the backlog.",
    },
    # 1. Starting points.
    "improvement.pain_points": {"nl": "Pijnpunten", "en": "Pain points"},
    "improvement.confirmed_moments": {
        "nl": "Bevestigde momenten van de waarheid",
        "en": "Confirmed moments of truth",
    },
    "improvement.below_pass": {"nl": "onder de voldoende", "en": "below the pass line"},
    "improvement.lowest": {"nl": "een van de laagste cijfers", "en": "among the lowest scores"},
    "improvement.mean": {"nl": "gemiddeld {mean}", "en": "mean {mean}"},
    "improvement.not_rated": {"nl": "nog niet beoordeeld", "en": "not rated yet"},
    "improvement.new_idea_for_step": {
        "nl": "Nieuw idee voor deze stap",
        "en": "New idea for this step",
    },
    "improvement.no_pain_points": {
        "nl": "Nog geen beoordeelde stappen. Laat iedereen eerst de stappen beoordelen in het "
        "empathie-notebook; dan verschijnen hier de pijnpunten.",
        "en": "No rated steps yet. Let everyone rate the steps in the empathy notebook first; "
        "the pain points then show up here.",
    },
    "improvement.no_moments": {
        "nl": "Nog geen bevestigde momenten van de waarheid. Bevestig ze in het "
        "empathie-notebook.",
        "en": "No confirmed moments of truth yet. Confirm them in the empathy notebook.",
    },
    "improvement.prefilled": {
        "nl": "Het ideeënformulier richt zich nu op '{step}'. Geef je idee een titel.",
        "en": "The idea form now targets '{step}'. Give your idea a title.",
    },
    # 2. Ideas.
    "improvement.new_idea": {"nl": "Nieuw idee", "en": "New idea"},
    "improvement.editing": {"nl": "Idee wijzigen: {title}", "en": "Editing idea: {title}"},
    "improvement.target_steps": {
        "nl": "Voor welke stappen (Ctrl of Cmd ingedrukt voor meer stappen)",
        "en": "Target steps (hold Ctrl or Cmd to choose several)",
    },
    "improvement.owner": {"nl": "Eigenaar (afdeling)", "en": "Owning department"},
    "improvement.effect_points": {
        "nl": "Verwacht effect op het emotionele cijfer (punten, bijv. +1,5)",
        "en": "Expected effect on the emotional score (points, e.g. +1.5)",
    },
    "improvement.not_estimated": {"nl": "(nog niet geschat)", "en": "(not estimated)"},
    "improvement.placeholder.title": {
        "nl": "Wat moet er anders? Bijv. 'Bel de dag voor levering'",
        "en": "What should change? E.g. 'Call the day before delivery'",
    },
    "improvement.placeholder.description": {
        "nl": "Hoe werkt het voor de klant, en wie doet wat?",
        "en": "How does it work for the customer, and who does what?",
    },
    "improvement.placeholder.department": {
        "nl": "Typ of kies een afdeling",
        "en": "Type or choose a department",
    },
    "improvement.placeholder.metric": {
        "nl": "Bijv. klachten over levering per maand",
        "en": "E.g. delivery complaints per month",
    },
    "improvement.add_idea": {"nl": "Idee toevoegen", "en": "Add idea"},
    "improvement.save_idea": {"nl": "Wijzigingen bewaren", "en": "Save changes"},
    "improvement.edit": {"nl": "Wijzigen", "en": "Edit"},
    "improvement.idea_added": {"nl": "Idee '{title}' toegevoegd.", "en": "Idea '{title}' added."},
    "improvement.idea_saved": {"nl": "Idee '{title}' bewaard.", "en": "Idea '{title}' saved."},
    "improvement.idea_deleted": {"nl": "Idee verwijderd.", "en": "Idea deleted."},
    "improvement.ideas_heading": {"nl": "Alle ideeën", "en": "All ideas"},
    "improvement.no_ideas": {
        "nl": "Nog geen ideeën. Begin bij een pijnpunt onder 'Startpunten'.",
        "en": "No ideas yet. Start from a pain point under 'Starting points'.",
    },
    "improvement.targets": {"nl": "Stappen: {steps}", "en": "Steps: {steps}"},
    "improvement.no_targets": {"nl": "nog geen stap gekozen", "en": "no step chosen yet"},
    "improvement.estimates": {
        "nl": "Impact {impact} · inspanning {effort} · zekerheid {confidence}",
        "en": "Impact {impact} · effort {effort} · confidence {confidence}",
    },
    "improvement.effect": {
        "nl": "Verwacht effect: {effect} punten",
        "en": "Expected effect: {effect} points",
    },
    "improvement.metric": {"nl": "Meetpunt: {metric}", "en": "Metric: {metric}"},
    "improvement.owned_by": {"nl": "Eigenaar: {department}", "en": "Owner: {department}"},
    "improvement.status": {"nl": "Status: {status}", "en": "Status: {status}"},
    # 3. Dot voting.
    "improvement.dots_left": {
        "nl": "Je hebt nog {left} van je {budget} stemmen over.",
        "en": "You have {left} of {budget} dots left.",
    },
    "improvement.idea_dots": {
        "nl": "stemmen in totaal: {total} · van jou: {mine}",
        "en": "{total} dots in total · {mine} of yours",
    },
    "improvement.my_dots": {
        "nl": "jouw stemmen: {mine} (alle stemmen verschijnen zodra de begeleider ze laat "
        "zien)",
        "en": "your dots: {mine} (everyone's dots appear once the facilitator shows them)",
    },
    "improvement.add_dot": {"nl": "Stem erbij", "en": "Add a dot"},
    "improvement.remove_dot": {"nl": "Stem terugnemen", "en": "Take a dot back"},
    # 4. Ranking and backlog.
    "improvement.rank_line": {
        "nl": "{rank}. {title} — stemmen: {votes} · ICE {ice}",
        "en": "{rank}. {title} — {votes} dots · ICE {ice}",
    },
    "improvement.select": {"nl": "In de backlog", "en": "Select for backlog"},
    "improvement.deselect": {"nl": "Uit de backlog", "en": "Take off backlog"},
    "improvement.status_changed": {
        "nl": "'{title}' is nu {status}.",
        "en": "'{title}' is now {status}.",
    },
    "improvement.backlog_count": {
        "nl": "Ideeën in de backlog: {count}.",
        "en": "In the backlog: {count} idea(s).",
    },
    # 5. Desired journey.
    "improvement.desired_summary": {
        "nl": "Gekozen ideeën: {ideas}; stappen die erop vooruitgaan: {steps}. De grootste "
        "sprong: +{uplift} bij '{step}'. Cijfers stoppen bij 10.",
        "en": "{ideas} selected idea(s) lift {steps} step(s); the biggest lift is {uplift} "
        "points at '{step}'. Scores stop at 10.",
    },
    "improvement.desired_none": {
        "nl": "Nog geen gekozen idee met een verwacht effect. Kies ideeën voor de backlog onder "
        "'Ranglijst en matrix' om de gewenste reis te tekenen.",
        "en": "No selected idea with an expected effect yet. Select ideas for the backlog "
        "under 'Ranking and matrix' to draw the desired journey.",
    },
    "improvement.desired_journey_none": {
        "nl": "Deze persona heeft nog geen eigen gewenste klantreis. Maak die van de huidige: "
        "dezelfde fasen en stappen, die je daarna in de voorbereiding verandert, weghaalt of "
        "aanvult. Hier geef je elke stap het cijfer waar het team naar streeft.",
        "en": "This persona has no desired journey of its own yet. Make it from the current "
        "one: the same phases and steps, which you then change, remove or add to in "
        "preparation. Here you give each step the score the team aims for.",
    },
    "improvement.desired_make": {
        "nl": "Gewenste klantreis maken van deze reis",
        "en": "Make the desired journey from this one",
    },
    "improvement.desired_made": {
        "nl": "De gewenste klantreis is gemaakt. Pas de stappen aan in de voorbereiding.",
        "en": "The desired journey is made. Change its steps in preparation.",
    },
    "improvement.desired_journey": {
        "nl": "Gewenste klantreis '{name}' · stappen: {steps}, waarvan nieuw: {added}.",
        "en": "Desired journey '{name}': {steps} step(s), {added} of them new.",
    },
    "improvement.desired_removed": {
        "nl": "Vervallen stappen van vandaag: {steps}.",
        "en": "Today's steps that go: {steps}.",
    },
    "improvement.desired_no_targets": {
        "nl": "Nog geen beoogde cijfers: kies hieronder een stap en het cijfer waar het team "
        "naar streeft.",
        "en": "No target scores yet: choose a step below and the score the team aims for.",
    },
    "improvement.desired_step": {"nl": "Stap", "en": "Step"},
    "improvement.desired_no_target": {"nl": "(nog niet gekozen)", "en": "(not set)"},
    "improvement.desired_ideas": {
        "nl": "Ideeën die deze stap veranderen",
        "en": "Ideas that change this step",
    },
    "improvement.desired_link": {"nl": "Ideeën koppelen", "en": "Link ideas"},
    "improvement.desired_linked": {
        "nl": "Ideeën gekoppeld aan deze stap: {count}.",
        "en": "{count} idea(s) linked to this step.",
    },
    # 6. Responsibility.
    "improvement.gaps": {
        "nl": "Elke afdeling speelt een rol in elke fase. Hier nog niet:",
        "en": "Every function plays a part in every phase. Not yet here:",
    },
    "improvement.gap": {
        "nl": "{department}: geen stap in {phases}",
        "en": "{department}: no step in {phases}",
    },
    "improvement.no_gaps": {
        "nl": "Elke afdeling heeft in elke fase minstens één stap: zo hoort het.",
        "en": "Every department owns at least one step in every phase: as it should be.",
    },
    "improvement.no_steps": {
        "nl": "Nog geen stappen in deze klantreis. Voeg ze toe in het voorbereidings-notebook.",
        "en": "No steps in this journey yet. Add them in the preparation notebook.",
    },
    # 7. Channels.
    "improvement.channels_empty": {
        "nl": "Nog geen moment dat op meer kanalen speelt. Wil je kanalen vergelijken, geef in "
        "de voorbereiding de stappen die één moment zijn op verschillende kanalen hetzelfde "
        "label bij 'Zelfde moment als' (bijv. 'Kamer boeken' bij de stap op de website én bij "
        "die aan de telefoon) en laat iedereen beide beoordelen.",
        "en": "No moment is lived on more than one channel yet. To compare channels, give the "
        "steps that are the same moment on different channels the same label under 'Same "
        "moment as' in preparation (e.g. 'Book a room' on the website step and on the phone "
        "step) and let everyone rate both.",
    },
    "improvement.experience_title": {
        "nl": "Per fase: online en offline, en per apparaat",
        "en": "Per phase: online and offline, and by device",
    },
    "improvement.experience_where": {"nl": "Waar", "en": "Where"},
    "improvement.experience_steps": {"nl": "Contactmomenten", "en": "Touchpoints"},
    "improvement.experience_n": {"nl": "Cijfers", "en": "Ratings"},
    "improvement.experience_mean": {"nl": "Gemiddeld cijfer", "en": "Mean score"},
    "improvement.experience_empty": {
        "nl": "Nog geen contactmomenten om te vergelijken.",
        "en": "No touchpoints to compare yet.",
    },
    "improvement.channels_found": {
        "nl": "Op meer kanalen: {steps}.",
        "en": "On several channels: {steps}.",
    },
    "improvement.from_customers": {
        "nl": "Uit klantgegevens",
        "en": "From customer data",
    },
    "improvement.customers_lowest": {
        "nl": "klanten geven hier het laagste cijfer",
        "en": "customers score this lowest",
    },
    "improvement.customers_disagree": {
        "nl": "team en klanten zijn het oneens ({difference} punten)",
        "en": "team and customers disagree ({difference} points)",
    },
    "improvement.customers_score": {
        "nl": "klanten {score} ({metric}, n = {n}) · team {team}",
        "en": "customers {score} ({metric}, n = {n}) · team {team}",
    },
    "improvement.no_customer_data": {
        "nl": "Nog geen klantgegevens: lees een enquête in met het notebook Klantdata.",
        "en": "No customer data yet: load a survey in the customer-mining notebook.",
    },
}
