"""Messages of the improvement panel: sections, the idea form, dot voting, the backlog, the
desired journey, responsibility and channels, plus each section's step guide."""

MESSAGES: dict[str, dict[str, str]] = {
    # The sections, in the order the team walks through them.
    "improvement.section.starting": {"nl": "1. Startpunten", "en": "1. Starting points"},
    "improvement.section.ideas": {"nl": "2. Ideeën", "en": "2. Ideas"},
    "improvement.section.voting": {"nl": "3. Stemmen met stippen", "en": "3. Dot voting"},
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
    "improvement.journey": {"nl": "Klantreis", "en": "Journey"},
    "improvement.journey_option": {"nl": "{persona}: {journey}", "en": "{persona}: {journey}"},
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
        "nl": "Je hebt nog {left} van je {budget} stippen.",
        "en": "You have {left} of {budget} dots left.",
    },
    "improvement.idea_dots": {
        "nl": "{total} stippen in totaal · {mine} van jou",
        "en": "{total} dots in total · {mine} of yours",
    },
    "improvement.add_dot": {"nl": "Stip erbij", "en": "Add a dot"},
    "improvement.remove_dot": {"nl": "Stip terugnemen", "en": "Take a dot back"},
    # 4. Ranking and backlog.
    "improvement.rank_line": {
        "nl": "{rank}. {title} — {votes} stippen · ICE {ice}",
        "en": "{rank}. {title} — {votes} dots · ICE {ice}",
    },
    "improvement.select": {"nl": "In de backlog", "en": "Select for backlog"},
    "improvement.deselect": {"nl": "Uit de backlog", "en": "Take off backlog"},
    "improvement.status_changed": {
        "nl": "'{title}' is nu {status}.",
        "en": "'{title}' is now {status}.",
    },
    "improvement.backlog_count": {
        "nl": "In de backlog: {count} idee(ën).",
        "en": "In the backlog: {count} idea(s).",
    },
    # 5. Desired journey.
    "improvement.desired_summary": {
        "nl": "{ideas} gekozen idee(ën) tillen {steps} stap(pen) op; de grootste sprong is "
        "{uplift} punten bij '{step}'. Cijfers stoppen bij 10.",
        "en": "{ideas} selected idea(s) lift {steps} step(s); the biggest lift is {uplift} "
        "points at '{step}'. Scores stop at 10.",
    },
    "improvement.desired_none": {
        "nl": "Nog geen gekozen idee met een verwacht effect. Kies ideeën voor de backlog onder "
        "'Ranglijst en matrix' om de gewenste reis te tekenen.",
        "en": "No selected idea with an expected effect yet. Select ideas for the backlog "
        "under 'Ranking and matrix' to draw the desired journey.",
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
        "nl": "Geen enkele stap speelt op meer dan één kanaal. Wil je kanalen vergelijken, geef "
        "in de voorbereiding dezelfde stap een tweede kanaal: voeg een stap met dezelfde naam "
        "toe op een ander kanaal (bijv. 'Kamer boeken' via de website én via de telefoon) en "
        "laat iedereen beide beoordelen.",
        "en": "No step is served on more than one channel. To compare channels, give the same "
        "step a second channel in preparation: add a step with the same name on another "
        "channel (e.g. 'Book a room' on the website and by phone) and let everyone rate both.",
    },
    "improvement.channels_found": {
        "nl": "Op meer kanalen: {steps}.",
        "en": "On several channels: {steps}.",
    },
    # Step guides, one per section.
    "guide.improvement_starting.title": {
        "nl": "Stap 1: kies waar je begint",
        "en": "Step 1: choose where to start",
    },
    "guide.improvement_starting.what": {
        "nl": "Bekijk de pijnpunten (stappen onder de voldoende of met de laagste cijfers) en "
        "de bevestigde momenten van de waarheid. Klik bij een stap op 'Nieuw idee voor deze "
        "stap' om er meteen een idee voor te schrijven.",
        "en": "Look at the pain points (steps below the pass line or with the lowest scores) "
        "and the confirmed moments of truth. Click 'New idea for this step' to write an idea "
        "for it straight away.",
    },
    "guide.improvement_starting.why": {
        "nl": "Verbeteren begint waar de klant het voelt, niet bij wat de organisatie al van "
        "plan was. Momenten van de waarheid wegen het zwaarst in de hele ervaring.",
        "en": "Improvement starts where the customer feels it, not with what the organisation "
        "had already planned. Moments of truth weigh most in the whole experience.",
    },
    "guide.improvement_starting.example": {
        "nl": "'Oude koelkast blijft staan' scoort een 2,7: dat is een pijnpunt én een "
        "bevestigd moment van de waarheid.",
        "en": "'Old fridge left behind' scores 2.7: a pain point and a confirmed moment of "
        "truth.",
    },
    "guide.improvement_starting.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.improvement_ideas.title": {
        "nl": "Stap 2: bedenk verbeteringen",
        "en": "Step 2: come up with improvements",
    },
    "guide.improvement_ideas.what": {
        "nl": "Schrijf per idee een korte titel, kies de stappen waarop het ingrijpt en de "
        "afdeling die het trekt, schat impact, inspanning en zekerheid (1–5) en het verwachte "
        "effect op het emotionele cijfer, en noem het meetpunt waaraan je het effect ziet.",
        "en": "For each idea write a short title, choose the steps it changes and the "
        "department that owns it, estimate impact, effort and confidence (1–5) and the "
        "expected effect on the emotional score, and name the metric that will show it "
        "worked.",
    },
    "guide.improvement_ideas.why": {
        "nl": "Een idee met een eigenaar, een doelstap en een meetpunt kan morgen beginnen; "
        "een los idee blijft op de muur hangen.",
        "en": "An idea with an owner, a target step and a metric can start tomorrow; a loose "
        "idea stays on the wall.",
    },
    "guide.improvement_ideas.example": {
        "nl": "'Vraag bij het afrekenen naar de oude koelkast, standaard gratis' — stappen: "
        "afrekenen en levering; eigenaar: Verkoop; impact 5, inspanning 2; effect +3; meetpunt: "
        "klachten over achtergebleven apparaten.",
        "en": "'Ask about the old fridge at checkout, free by default' — steps: checkout and "
        "delivery; owner: Sales; impact 5, effort 2; effect +3; metric: complaints about "
        "appliances left behind.",
    },
    "guide.improvement_ideas.time": {"nl": "15–20 minuten.", "en": "15–20 minutes."},
    "guide.improvement_voting.title": {
        "nl": "Stap 3: stem met stippen",
        "en": "Step 3: vote with dots",
    },
    "guide.improvement_voting.what": {
        "nl": "Iedereen verdeelt een vast aantal stippen over de ideeën, ook meer stippen op "
        "één idee. Met + zet je een stip, met − neem je er een terug.",
        "en": "Everyone spreads a fixed number of dots over the ideas, several on one idea if "
        "you like. + places a dot, − takes one back.",
    },
    "guide.improvement_voting.why": {
        "nl": "Stippen laten snel zien waar de groep achter staat, zonder dat de luidste stem "
        "wint.",
        "en": "Dots show quickly what the group stands behind, without the loudest voice "
        "winning.",
    },
    "guide.improvement_voting.example": {
        "nl": "Vijf stippen: drie op 'Bel de dag voor levering', twee op 'Maatfilter voor de "
        "nis'.",
        "en": "Five dots: three on 'Call the day before delivery', two on 'Niche-fit filter'.",
    },
    "guide.improvement_voting.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.improvement_ranking.title": {
        "nl": "Stap 4: rangschik en kies de backlog",
        "en": "Step 4: rank and choose the backlog",
    },
    "guide.improvement_ranking.what": {
        "nl": "Bekijk de ranglijst (stemmen, dan ICE = impact × zekerheid ÷ inspanning) en de "
        "impact-inspanningsmatrix. De begeleider zet de gekozen ideeën in de backlog.",
        "en": "Look at the ranking (votes, then ICE = impact × confidence ÷ effort) and the "
        "impact–effort matrix. The facilitator puts the chosen ideas in the backlog.",
    },
    "guide.improvement_ranking.why": {
        "nl": "De matrix toont snelle winst (veel impact, weinig inspanning) naast grote "
        "projecten; samen met de stemmen geeft dat een verdedigbare keuze.",
        "en": "The matrix shows quick wins (high impact, low effort) beside big bets; together "
        "with the votes that makes a choice you can defend.",
    },
    "guide.improvement_ranking.example": {
        "nl": "Het idee met de meeste stemmen is ook een snelle winst: kies het. Een "
        "geldverslinder met één stem: afwijzen.",
        "en": "The idea with the most votes is also a quick win: select it. A money pit with "
        "one vote: reject it.",
    },
    "guide.improvement_ranking.time": {"nl": "10 minuten.", "en": "10 minutes."},
    "guide.improvement_desired.title": {
        "nl": "Stap 5: teken de gewenste reis",
        "en": "Step 5: draw the desired journey",
    },
    "guide.improvement_desired.what": {
        "nl": "De stippellijn is de reis die de gekozen ideeën beogen: het huidige gemiddelde "
        "plus het verwachte effect van elk gekozen idee op die stap.",
        "en": "The dashed line is the journey the selected ideas aim for: the current mean "
        "plus the expected effect of each selected idea on that step.",
    },
    "guide.improvement_desired.why": {
        "nl": "Zo zie je of de backlog de diepste dalen echt opheft en of de reis richting 9+ "
        "gaat, of dat er nog een gat blijft.",
        "en": "It shows whether the backlog really lifts the deepest dips and moves the "
        "journey towards 9+, or whether a gap remains.",
    },
    "guide.improvement_desired.example": {
        "nl": "Levering gaat van 2,7 naar 5,7 met 'Vraag naar de oude koelkast' (+3): beter, "
        "maar nog geen voldoende.",
        "en": "Delivery goes from 2.7 to 5.7 with 'Ask about the old fridge' (+3): better, "
        "but not yet a pass.",
    },
    "guide.improvement_desired.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.improvement_responsibility.title": {
        "nl": "Stap 6: wie is waar verantwoordelijk?",
        "en": "Step 6: who is responsible where?",
    },
    "guide.improvement_responsibility.what": {
        "nl": "De kaart telt per afdeling en fase de stappen die die afdeling trekt. Lege "
        "vakjes zijn fasen waarin een afdeling geen rol speelt.",
        "en": "The map counts, per department and phase, the steps that department owns. "
        "Empty cells are phases where a department plays no part.",
    },
    "guide.improvement_responsibility.why": {
        "nl": "Elke functie speelt een rol in elke fase. Waar de reis van afdeling wisselt, "
        "valt de klant het makkelijkst tussen wal en schip.",
        "en": "Every function plays a part in every phase. Where the journey changes hands, "
        "the customer most easily falls through the cracks.",
    },
    "guide.improvement_responsibility.example": {
        "nl": "Marketing heeft geen stap na de aankoop: wie stuurt de klant na een jaar een "
        "onderhoudstip?",
        "en": "Marketing owns no step after the purchase: who sends the customer a "
        "maintenance tip after a year?",
    },
    "guide.improvement_responsibility.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.improvement_channels.title": {
        "nl": "Stap 7: voelt elk kanaal hetzelfde?",
        "en": "Step 7: does every channel feel the same?",
    },
    "guide.improvement_channels.what": {
        "nl": "Voor stappen die op meer kanalen spelen (dezelfde naam, een ander kanaal) zie "
        "je het gemiddelde cijfer per kanaal. Oranje: de kanalen verschillen sterk.",
        "en": "For steps served on several channels (same name, another channel) you see the "
        "mean score per channel. Orange: the channels differ a lot.",
    },
    "guide.improvement_channels.why": {
        "nl": "De klant ziet één organisatie: dezelfde stap moet via de telefoon net zo goed "
        "voelen als via de website.",
        "en": "The customer sees one organisation: the same step should feel as good by phone "
        "as on the website.",
    },
    "guide.improvement_channels.example": {
        "nl": "'Kamer boeken' scoort 8 op de website en 5 aan de telefoon: daar zit een "
        "verbeteridee.",
        "en": "'Book a room' scores 8 on the website and 5 by phone: there is an idea in "
        "that.",
    },
    "guide.improvement_channels.time": {"nl": "5 minuten.", "en": "5 minutes."},
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
