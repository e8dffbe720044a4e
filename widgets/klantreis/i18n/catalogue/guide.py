"""The step guides at the top of every panel and section: `guide.<area>.<part>` with the
parts title, what, why, example and time."""

MESSAGES: dict[str, dict[str, str]] = {
    "guide.start.title": {"nl": "Zo begin je", "en": "How to start"},
    "guide.start.what": {
        "nl": "Kies een workshop (of maak er een als begeleider), zeg welke rol je hebt en "
        "kies je naam. Open daarna de fase waar het team mee bezig is.",
        "en": "Choose a workshop (or create one as facilitator), say which role you have and "
        "pick your name. Then open the phase the team is working on.",
    },
    "guide.start.why": {
        "nl": "Alles wat je invult, wordt meteen bewaard onder jouw naam. Zo ziet iedereen "
        "live de cijfers, ideeën en stemmen van de anderen.",
        "en": "Everything you enter is saved at once under your name, so everyone sees the "
        "others' ratings, ideas and votes live.",
    },
    "guide.start.example": {
        "nl": "Open het voorbeeld 'mountainbike' om te zien hoe een afgeronde klantreis eruitziet.",
        "en": "Open the hotel example to see what a finished journey map looks like.",
    },
    "guide.start.time": {"nl": "5 minuten.", "en": "5 minutes."},
    # Guides.
    "guide.preparation_scope.title": {"nl": "1. Afbakening en doel", "en": "1. Scope and goal"},
    "guide.preparation_scope.what": {
        "nl": "Geef de workshop een titel, schrijf op wat hij moet opleveren en welke reis je "
        "in kaart brengt: één aankoop of een levensgebeurtenis, met begin en einde. Kies hoeveel "
        "stemmen elke deelnemer straks mag uitdelen.",
        "en": "Give the workshop a title, write down what it should deliver and which journey "
        "you map: one transaction or a life event, with its start and end. Choose how many "
        "votes each participant may give later.",
    },
    "guide.preparation_scope.why": {
        "nl": "De voorbereiding kijkt eerst vanuit de organisatie. Een scherpe afbakening "
        "voorkomt dat de groep de hele klantrelatie tegelijk probeert te vangen.",
        "en": "Preparation starts from the organisation's view. A sharp scope keeps the team "
        "from trying to capture the whole customer relationship at once.",
    },
    "guide.preparation_scope.example": {
        "nl": "'Een nieuwe mountainbike kopen: van het eerste idee tot de eerste rit.'",
        "en": "'Buying a new mountain bike: from the first idea to the first ride.'",
    },
    "guide.preparation_scope.time": {"nl": "10 minuten.", "en": "10 minutes."},
    "guide.preparation_participants.title": {"nl": "2. Deelnemers", "en": "2. Participants"},
    "guide.preparation_participants.what": {
        "nl": "Zet iedereen die meedoet in de lijst, met afdeling of rol.",
        "en": "List everyone who takes part, with their department or role.",
    },
    "guide.preparation_participants.why": {
        "nl": "Marketing, verkoop, service, management en medewerkers aan de frontlinie zien elk "
        "een ander stuk van de reis. Samen zien ze de overdrachten waar het misgaat.",
        "en": "Marketing, sales, service, management and front-line staff each see a different "
        "part of the journey. Together they see the hand-overs where it goes wrong.",
    },
    "guide.preparation_participants.example": {
        "nl": "Eva (marketing), Daan (verkoop), Fatima (klantenservice).",
        "en": "Eva (marketing), Daan (sales), Fatima (customer service).",
    },
    "guide.preparation_participants.time": {"nl": "5 minuten.", "en": "5 minutes."},
    "guide.preparation_personas.title": {"nl": "3. Persona's", "en": "3. Personas"},
    "guide.preparation_personas.what": {
        "nl": "Beschrijf wie de klant is: naam, korte beschrijving, doelen, behoeften, "
        "frustraties en een typisch citaat. Meer persona's mag; elke persona krijgt een eigen "
        "klantreis.",
        "en": "Describe who the customer is: name, short description, goals, needs, "
        "frustrations and a typical quote. Several personas are fine; each gets its own "
        "journey.",
    },
    "guide.preparation_personas.why": {
        "nl": "Een klantreis wordt altijd verteld vanuit één doelgroep. Zonder persona praat "
        "iedereen over een andere klant.",
        "en": "A journey is always told from one target group's point of view. Without a "
        "persona everyone talks about a different customer.",
    },
    "guide.preparation_personas.example": {
        "nl": "Zakenreiziger die vóór het inpakken wil weten of de kamer een strijkijzer, "
        "föhn en laptopkluis heeft.",
        "en": "A business traveller who wants to know before packing whether the room has an "
        "iron, a hair dryer and a laptop safe.",
    },
    "guide.preparation_personas.time": {"nl": "20 minuten.", "en": "20 minutes."},
    "guide.preparation_lens.title": {"nl": "4. Een lens kiezen", "en": "4. Choose a lens"},
    "guide.preparation_lens.what": {
        "nl": "Kies een sjabloon met fasen, bekijk de fasen, merkdoelen en kanalen, en voeg de "
        "fasen toe aan de gekozen klantreis. Pas ze daarna gerust aan.",
        "en": "Choose a phase template, look at its phases, brand goals and channels, and add "
        "the phases to the chosen journey. Adapt them afterwards.",
    },
    "guide.preparation_lens.why": {
        "nl": "De meeste lenzen volgen de processen van de organisatie (van binnen naar "
        "buiten) en sturen zo de blik weg van de klant. De lenzen vanuit de klant beginnen bij "
        "wat de klant zelf doet.",
        "en": "Most lenses follow the organisation's own processes (inside-out) and so pull "
        "the view away from the customer. The customer's-view lenses start from what the "
        "customer actually does.",
    },
    "guide.preparation_lens.example": {
        "nl": "Hotel: zoeken → boeken → inchecken → verblijven → uitchecken.",
        "en": "Hotel: search → book → check in → stay → check out.",
    },
    "guide.preparation_lens.time": {"nl": "10 minuten.", "en": "10 minutes."},
    "guide.preparation_phases.title": {
        "nl": "5. Fasen en stappen",
        "en": "5. Phases and steps",
    },
    "guide.preparation_phases.what": {
        "nl": "Zet de fasen op volgorde (met subfasen waar nodig) en noem onder elke fase de "
        "stappen: contactmomenten met kanaal, online of niet, en eigenaar; en stappen zonder "
        "contact, waarin de klant bezig is zonder met jullie te praten.",
        "en": "Put the phases in order (with sub-phases where useful) and list the steps under "
        "each: touchpoints with their channel, online or not, and owner; and non-touchpoints, "
        "where the customer is busy without talking to you.",
    },
    "guide.preparation_phases.why": {
        "nl": "Tussen de afdelingen, waar niemand contact heeft met de klant, gaat de beleving "
        "het vaakst mis. Die stappen zie je alleen als je ernaar vraagt.",
        "en": "Between departments, where no one is in contact with the customer, is where "
        "experiences break most often. You only see those steps if you ask for them.",
    },
    "guide.preparation_phases.example": {
        "nl": "Koelkast: vrienden om advies vragen (zonder contact) → winkel bezoeken "
        "(contact, winkel, verkoop) → ruimte in de keuken opmeten (zonder contact).",
        "en": "Fridge: ask friends for advice (non-touchpoint) → visit the shop (touchpoint, "
        "shop, sales) → measure the space in the kitchen (non-touchpoint).",
    },
    "guide.preparation_phases.time": {"nl": "30 tot 45 minuten.", "en": "30 to 45 minutes."},
    "guide.preparation_assumptions.title": {"nl": "6. Aannames", "en": "6. Assumptions"},
    "guide.preparation_assumptions.what": {
        "nl": "Schrijf op wat het team gelooft maar niet heeft gecontroleerd. Zodra een bron "
        "het onderbouwt (interview, enquête, data, klachten), zet je de bron erbij.",
        "en": "Write down what the team believes but has not checked. Once a source backs it "
        "(interview, survey, data, complaints), set the source.",
    },
    "guide.preparation_assumptions.why": {
        "nl": "Klanten doen niet altijd wat ze zeggen. Aannames die je benoemt, kun je later "
        "toetsen met klantdata in plaats van ze als feit te behandelen.",
        "en": "Customers do not always do what they say. Assumptions you name can be checked "
        "later against customer data instead of being treated as facts.",
    },
    "guide.preparation_assumptions.example": {
        "nl": "'Kopers van een mountainbike beslissen vooral in de winkel.' (aanname)",
        "en": "'Mountain bike buyers mostly decide in the shop.' (assumption)",
    },
    "guide.preparation_assumptions.time": {"nl": "10 minuten.", "en": "10 minutes."},
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
        "nl": "Stap 3: stemmen",
        "en": "Step 3: vote with dots",
    },
    "guide.improvement_voting.what": {
        "nl": "Iedereen verdeelt een vast aantal stemmen over de ideeën, ook meer stemmen op "
        "één idee. Met + geef je een stem, met − neem je er een terug.",
        "en": "Everyone spreads a fixed number of dots over the ideas, several on one idea if "
        "you like. + places a dot, − takes one back.",
    },
    "guide.improvement_voting.why": {
        "nl": "Stemmen laten snel zien waar de groep achter staat, zonder dat de luidste "
        "deelnemer wint.",
        "en": "Dots show quickly what the group stands behind, without the loudest voice "
        "winning.",
    },
    "guide.improvement_voting.example": {
        "nl": "Vijf stemmen: drie op 'Bel de dag voor levering', twee op 'Maatfilter voor de "
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
    # The panel and its charts.
    "guide.mining.title": {
        "nl": "Klantdata: meten in plaats van gissen",
        "en": "Customer data: measuring, not guessing",
    },
    "guide.mining.what": {
        "nl": "Laad enquêteresultaten (NPS, CSAT, CES, FCR) en gedragsdata (CRM, webanalyse, "
        "e-mailkliks), zeg welke kolom wat is en koppel de labels van de data aan de "
        "stappen van de kaart. Vergelijk dan wat klanten zeggen en doen met de curve van "
        "het team.",
        "en": "Load survey results (NPS, CSAT, CES, FCR) and behaviour data (CRM, web "
        "analytics, e-mail clicks), say which column is what and map the data's labels to "
        "the map's steps. Then compare what customers say and do with the team's curve.",
    },
    "guide.mining.why": {
        "nl": "Een kaart vol aannames is een hypothese. Waar de data iets anders zegt dan het "
        "team denkt, kent het team zijn klant nog niet.",
        "en": "A map built on assumptions is a hypothesis. Where the data says something else "
        "than the team believes, the team does not know its customer yet.",
    },
    "guide.mining.example": {
        "nl": "Het hotelteam geeft inchecken een 6, maar gasten scoren het veel lager: daar "
        "begint het gesprek.",
        "en": "The hotel team gives checking in a 6, but guests score it much lower: that is "
        "where the conversation starts.",
    },
    "guide.mining.time": {
        "nl": "15–30 minuten, plus de tijd om grote bestanden te laden.",
        "en": "15–30 minutes, plus the time to load big files.",
    },
    "guide.dashboard.title": {
        "nl": "Het dashboard: de hele workshop in één blik",
        "en": "The dashboard: the whole workshop at a glance",
    },
    "guide.dashboard.what": {
        "nl": "Bekijk de persona, de klantreis als kaart, de emotiecurve, het verschil tussen "
        "functioneel en emotioneel, de gekozen verbeteringen en wie waarvoor verantwoordelijk "
        "is. Haal de resultaten op als bestand.",
        "en": "See the persona, the journey as a map, the emotion curve, the gap between "
        "functional and emotional, the chosen improvements and who is responsible where. "
        "Take the results away as files.",
    },
    "guide.dashboard.why": {
        "nl": "Wie niet bij de workshop was, ziet hier wat het team vond en besloot, zonder iets "
        "te kunnen veranderen.",
        "en": "People who were not in the workshop see what the team found and decided, "
        "without being able to change anything.",
    },
    "guide.dashboard.example": {
        "nl": "Een manager opent het dashboard na de workshop en downloadt het rapport.",
        "en": "A manager opens the dashboard after the workshop and downloads the report.",
    },
    "guide.dashboard.time": {
        "nl": "5 minuten; het ververst vanzelf terwijl een workshop loopt.",
        "en": "5 minutes; it refreshes by itself while a workshop is running.",
    },
}
