"""The empathy panel: the walk, rating, the live curve, moments of truth, evidence."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- the walk -----------------------------------------------------------------------------
    "empathy.progress": {
        "nl": "Stap {number} van {total} · Fase: {phase}",
        "en": "Step {number} of {total} · Phase: {phase}",
    },
    "empathy.no_journey": {
        "nl": "Deze workshop heeft nog geen klantreis. De begeleider maakt die in de "
        "voorbereiding.",
        "en": "This workshop has no journey yet. The facilitator creates one in the "
        "preparation notebook.",
    },
    "empathy.no_steps": {
        "nl": "Deze reis heeft nog geen stappen. De begeleider voegt ze toe in de voorbereiding.",
        "en": "This journey has no steps yet. The facilitator adds them in the preparation "
        "notebook.",
    },
    "empathy.persona": {"nl": "Persona", "en": "Persona"},
    "empathy.online": {"nl": "online", "en": "online"},
    "empathy.offline": {"nl": "offline", "en": "offline"},
    "empathy.not_filled": {"nl": "nog niet ingevuld", "en": "not filled in yet"},
    # -- rating -------------------------------------------------------------------------------
    "empathy.your_rating": {"nl": "Jouw cijfer voor deze stap", "en": "Your rating of this step"},
    "empathy.emotional": {
        "nl": "Emotioneel: hoe voelde het?",
        "en": "Emotional: how did it feel?",
    },
    "empathy.functional": {
        "nl": "Functioneel: geleverd zoals beloofd?",
        "en": "Functional: delivered as promised?",
    },
    "empathy.face_tip": {"nl": "Emotioneel {score}", "en": "Emotional {score}"},
    "empathy.comment_placeholder": {
        "nl": "Waarom dit cijfer? (wordt bewaard als je het veld verlaat)",
        "en": "Why this score? (saved when you leave the field)",
    },
    "empathy.not_rated": {
        "nl": "Nog niet beoordeeld: kies een gezichtje of een cijfer.",
        "en": "Not rated yet: pick a face or a score.",
    },
    "empathy.functional_first": {
        "nl": "Kies nu ook het emotionele cijfer; dan wordt je beoordeling bewaard.",
        "en": "Now choose the emotional score too; then your rating is saved.",
    },
    "empathy.same_as_emotional": {
        "nl": "Hetzelfde als emotioneel",
        "en": "The same as emotional",
    },
    "empathy.rated_emotional_only": {
        "nl": "Opgeslagen: emotioneel {emotional}. Functioneel nog niet gegeven.",
        "en": "Saved: emotional {emotional}. Functional not given yet.",
    },
    "empathy.rated": {
        "nl": "Opgeslagen: emotioneel {emotional}, functioneel {functional}.",
        "en": "Saved: emotional {emotional}, functional {functional}.",
    },
    "empathy.next_step": {"nl": "Volgende stap →", "en": "Next step →"},
    "empathy.rated_count": {
        "nl": "{count} van {total} deelnemers hebben deze stap beoordeeld.",
        "en": "{count} of {total} participants have rated this step.",
    },
    "empathy.rated_stats": {
        "nl": "Gemiddelde {mean}, van {low} tot {high}.",
        "en": "Mean {mean}, from {low} to {high}.",
    },
    "empathy.stats_after_rating": {
        "nl": "Het gemiddelde zie je nadat je zelf hebt beoordeeld.",
        "en": "You see the mean once you have rated it yourself.",
    },
    "empathy.cannot_rate": {
        "nl": "Alleen deelnemers en de begeleider kunnen beoordelen.",
        "en": "Only participants and the facilitator can rate.",
    },
    # -- joining ------------------------------------------------------------------------------
    "empathy.pick_name": {"nl": "Ik ben", "en": "I am"},
    "empathy.choose": {"nl": "(kies je naam)", "en": "(choose your name)"},
    "empathy.this_is_me": {"nl": "Dat ben ik", "en": "That's me"},
    "empathy.or_join": {
        "nl": "Staat je naam er niet bij? Doe mee met een nieuwe naam:",
        "en": "Not on the list? Join with a new name:",
    },
    "empathy.join": {"nl": "Meedoen", "en": "Join"},
    "empathy.name_taken": {
        "nl": "De naam '{name}' is al in gebruik. Ben jij dat, kies hem dan uit de lijst; "
        "anders voeg je bijvoorbeeld een initiaal toe.",
        "en": "The name '{name}' is already taken. If that is you, pick it from the list; "
        "otherwise add an initial, for example.",
    },
    "empathy.name_needed": {
        "nl": "Vul je naam in om mee te doen.",
        "en": "Type your name to join.",
    },
    "empathy.welcome": {"nl": "Welkom, {name}.", "en": "Welcome, {name}."},
    # -- curve and disagreement ---------------------------------------------------------------
    "empathy.show_individual": {
        "nl": "Toon de cijfers van iedereen",
        "en": "Show individual ratings",
    },
    "empathy.score": {"nl": "Curve van", "en": "Curve of"},
    "empathy.disagreement_title": {
        "nl": "Hier kent het team de klant niet",
        "en": "Here the team does not know its customer",
    },
    "empathy.disagreement_row": {
        "nl": "{step}: cijfers van {low} tot {high} (spreiding {std}, {count} beoordelingen)",
        "en": "{step}: scores from {low} to {high} (spread {std}, {count} ratings)",
    },
    "empathy.no_disagreement": {
        "nl": "Nog geen stappen waarover het team het sterk oneens is.",
        "en": "No steps yet where the team clearly disagrees.",
    },
    "empathy.more": {"nl": "en nog {count}", "en": "and {count} more"},
    # -- moments ------------------------------------------------------------------------------
    "empathy.proposals_title": {
        "nl": "Voorgestelde momenten van de waarheid",
        "en": "Proposed moments of truth",
    },
    "empathy.no_proposals": {
        "nl": "Geen open voorstellen. Nieuwe volgen vanzelf als er cijfers bijkomen.",
        "en": "No open proposals. New ones appear as ratings come in.",
    },
    "empathy.proposal_row": {
        "nl": "{step} ({polarity}, gemiddelde {mean}): {reasons}",
        "en": "{step} ({polarity}, mean {mean}): {reasons}",
    },
    "empathy.confirm": {"nl": "Bevestigen", "en": "Confirm"},
    "empathy.dismiss": {"nl": "Verwerpen", "en": "Dismiss"},
    "empathy.confirmed_title": {
        "nl": "Bevestigde momenten van de waarheid",
        "en": "Confirmed moments of truth",
    },
    "empathy.no_confirmed": {"nl": "Nog geen bevestigde momenten.", "en": "None confirmed yet."},
    "empathy.moment_row": {
        "nl": "{step} ({polarity}): {reason}",
        "en": "{step} ({polarity}): {reason}",
    },
    "empathy.moment_saved": {
        "nl": "Moment '{step}' is {status}.",
        "en": "Moment '{step}' is {status}.",
    },
    "empathy.moments_facilitator": {
        "nl": "De begeleider bevestigt of verwerpt de voorstellen.",
        "en": "The facilitator confirms or dismisses the proposals.",
    },
    "empathy.only_facilitator_moments": {
        "nl": "Alleen de begeleider kan momenten van de waarheid bevestigen of verwerpen.",
        "en": "Only the facilitator can confirm or dismiss moments of truth.",
    },
    "empathy.proposal_gone": {
        "nl": "Dit voorstel is er niet meer; de lijst is bijgewerkt.",
        "en": "This proposal is no longer open; the list has been updated.",
    },
    # -- evidence -----------------------------------------------------------------------------
    "empathy.evidence_title": {
        "nl": "Onderbouwing bij deze stap",
        "en": "Evidence for this step",
    },
    "empathy.evidence_help": {
        "nl": "Is wat jullie over deze stap zeggen een aanname, of weet je het uit een "
        "interview, enquête, data of klachten? Klanten doen niet altijd wat ze zeggen: wat "
        "klanten zeiden en wat data laat zien staan daarom apart.",
        "en": "Is what you say about this step an assumption, or do you know it from an "
        "interview, a survey, data or complaints? Customers do not always do what they say, "
        "so what customers said and what data shows are kept apart.",
    },
    "empathy.insight_placeholder": {
        "nl": "Het inzicht, bijv. 'klanten weten niet dat afvoer gratis is'",
        "en": "The insight, e.g. 'customers don't know disposal is free'",
    },
    "empathy.note_placeholder": {
        "nl": "Waar komt het vandaan? Bijv. '7 van 9 geïnterviewden…'",
        "en": "Where does it come from? E.g. '7 of 9 interviewees…'",
    },
    "empathy.add_evidence": {"nl": "Onderbouwing toevoegen", "en": "Add evidence"},
    "empathy.evidence_added": {"nl": "Onderbouwing toegevoegd.", "en": "Evidence added."},
    "empathy.evidence_needed": {
        "nl": "Vul het inzicht of een notitie in.",
        "en": "Type the insight or a note.",
    },
    "empathy.said": {"nl": "Wat klanten zeiden", "en": "What customers said"},
    "empathy.shows": {"nl": "Wat data laat zien", "en": "What data shows"},
    "empathy.assumed": {
        "nl": "Aannames (nog niet getoetst)",
        "en": "Assumptions (not checked yet)",
    },
    "empathy.no_evidence": {
        "nl": "Nog geen onderbouwing bij deze stap.",
        "en": "No evidence for this step yet.",
    },
    "empathy.customers": {
        "nl": "Klanten ({metric}): {score} op 1–10 (95%-interval {low}–{high}, n = {n}); "
        "team: {team}.",
        "en": "Customers ({metric}): {score} on 1–10 (95% interval {low}–{high}, n = {n}); "
        "team: {team}.",
    },
    "empathy.customers_none": {
        "nl": "Klanten: geen antwoorden bij deze stap in “{source}”.",
        "en": "Customers: no answers on this step in “{source}”.",
    },
    "empathy.customers_disagree": {
        "nl": "Team en klanten zijn het oneens: het gemiddelde van het team ligt minstens een "
        "punt van dat van de klanten, buiten hun interval.",
        "en": "Team and customers disagree: the team's mean lies a point or more from the "
        "customers', outside their interval.",
    },
}
