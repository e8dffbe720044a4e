"""Messages of the empathy panel: the walk, the rating, the live curve, moments and evidence."""

MESSAGES: dict[str, dict[str, str]] = {
    # -- guides -------------------------------------------------------------------------------
    "guide.empathy_walk.title": {
        "nl": "1. Loop de reis als de persona",
        "en": "1. Walk the journey as the persona",
    },
    "guide.empathy_walk.what": {
        "nl": "Ga stap voor stap door de klantreis. Lees bij elke stap wat de klant doet, denkt "
        "en voelt, welke vragen en moeilijkheden er zijn, en leef je in.",
        "en": "Go through the journey one step at a time. At each step read what the customer "
        "does, thinks and feels, their questions and difficulties, and put yourself in their "
        "shoes.",
    },
    "guide.empathy_walk.why": {
        "nl": "Loop de reis als de persona, niet als je afdeling: van buiten naar binnen zie je "
        "waar de reis tussen afdelingen breekt, ook op momenten zonder contact met jullie.",
        "en": "Walk the journey as the persona, not as your department: from the outside in "
        "you see where the journey breaks between departments, also at moments when the "
        "customer is not in contact with you.",
    },
    "guide.empathy_walk.example": {
        "nl": "'Ik sta met mijn koffer in de hand en weet nog steeds niet of er een strijkijzer "
        "op de kamer is.' Dat is geen contactmoment, maar het telt wel.",
        "en": "'I am packing my suitcase and still don't know whether the room has an iron.' "
        "That is not a touchpoint, but it counts.",
    },
    "guide.empathy_walk.time": {
        "nl": "Lopen en beoordelen samen: 30–45 minuten.",
        "en": "Walking and rating together: 30–45 minutes.",
    },
    "guide.empathy_rate.title": {"nl": "2. Geef elke stap een cijfer", "en": "2. Rate every step"},
    "guide.empathy_rate.what": {
        "nl": "Geef een rapportcijfer van 1 tot 10. Emotioneel: hoe voelde het voor de klant? "
        "Functioneel: is geleverd wat beloofd en verwacht was? Een gezichtje zet snel het "
        "emotionele cijfer: 😞 2 · 🙁 4 · 😐 6 · 🙂 8 · 😀 10. Het functionele cijfer is "
        "eerst gelijk aan het emotionele, tot je het zelf kiest.",
        "en": "Give a school grade from 1 to 10. Emotional: how did it feel to the customer? "
        "Functional: was it delivered as promised and expected? A face sets the emotional "
        "score quickly: 😞 2 · 🙁 4 · 😐 6 · 🙂 8 · 😀 10. The functional score follows the "
        "emotional one until you choose it yourself.",
    },
    "guide.empathy_rate.why": {
        "nl": "Het doel is een 9+: veel meer dan 'tevreden'. Je ziet pas het gemiddelde en de "
        "spreiding van een stap nadat je zelf hebt beoordeeld, zodat niemand zich laat "
        "sturen door de anderen.",
        "en": "The aim is a 9+: far beyond 'satisfied'. You see a step's mean and spread only "
        "after you have rated it yourself, so nobody is anchored by the others.",
    },
    "guide.empathy_rate.example": {
        "nl": "De bezorging kwam op tijd (functioneel 8), maar de oude koelkast bleef in de gang "
        "staan (emotioneel 3).",
        "en": "The delivery came on time (functional 8), but the old fridge was left in the "
        "hall (emotional 3).",
    },
    "guide.empathy_rate.time": {
        "nl": "Ongeveer 2 minuten per stap, binnen de 30–45 minuten van de loop.",
        "en": "About 2 minutes per step, within the 30–45 minutes of the walk.",
    },
    "guide.empathy_curve.title": {
        "nl": "3. Bespreek de emotiecurve",
        "en": "3. Discuss the emotion curve",
    },
    "guide.empathy_curve.what": {
        "nl": "De lijn is het gemiddelde per stap, de lichte balk de spreiding tussen "
        "deelnemers. Oranje punten: hier zijn jullie het oneens. Kijk naar de dalen, de "
        "toppen en de oranje punten.",
        "en": "The line is the mean per step, the pale bar the spread between participants. "
        "Orange points: here you disagree. Look at the dips, the peaks and the orange points.",
    },
    "guide.empathy_curve.why": {
        "nl": "Een grote spreiding is zelf een bevinding: het team kent de klant hier niet. "
        "Dat is een vraag voor klantonderzoek, geen reden om te middelen.",
        "en": "A wide spread is a finding in itself: the team does not know its customer "
        "here. That is a question for customer research, not something to average away.",
    },
    "guide.empathy_curve.example": {
        "nl": "Verkoop geeft de bezorging een 9, de klantenservice een 3: wie heeft de klant "
        "eigenlijk gesproken?",
        "en": "Sales gives the delivery a 9, customer service a 3: who has actually talked to "
        "the customer?",
    },
    "guide.empathy_curve.time": {"nl": "15 minuten.", "en": "15 minutes."},
    "guide.empathy_moments.title": {
        "nl": "4. Kies de momenten van de waarheid",
        "en": "4. Choose the moments of truth",
    },
    "guide.empathy_moments.what": {
        "nl": "De kit stelt momenten voor: zeer lage of hoge cijfers, steile dalingen, het "
        "hoogtepunt en het einde. De begeleider bevestigt of verwerpt ze met het team.",
        "en": "The kit proposes moments: very low or high scores, steep drops, the peak and "
        "the end. The facilitator confirms or dismisses them with the team.",
    },
    "guide.empathy_moments.why": {
        "nl": "Mensen onthouden vooral het hoogtepunt en het einde van een ervaring "
        "(de piek-eindregel). Die momenten bepalen het oordeel over de hele reis.",
        "en": "People remember the peak and the end of an experience most (the peak–end "
        "rule). Those moments decide how the whole journey is judged.",
    },
    "guide.empathy_moments.example": {
        "nl": "Tien minuten na het mooiste moment (de koelkast past!) het slechtste: de oude "
        "blijft staan. Dat einde onthoudt de klant.",
        "en": "Ten minutes after the best moment (the fridge fits!) the worst: the old one "
        "is left behind. That ending is what the customer remembers.",
    },
    "guide.empathy_moments.time": {"nl": "15 minuten.", "en": "15 minutes."},
    # -- the walk -----------------------------------------------------------------------------
    "empathy.journey": {"nl": "Persona en reis", "en": "Persona and journey"},
    "empathy.journey_option": {"nl": "{persona} — {journey}", "en": "{persona} — {journey}"},
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
