"""Sample workshops a newcomer can open at once: a mountain bike, a hotel stay and a fridge.

All content is made up (every workshop is stored with ``synthetic=True`` and says so in its
goal). It is kept here as plain data; one small generic builder walks that data and calls the
public :class:`~klantreis.workshop.Workshop` API, so the samples are also a worked example of
that API.

Ratings are drawn with a seeded :class:`random.Random` around a believable "true" score per
step, shifted by how each participant's department sees the step and by a little personal
noise, so every build with the same seed gives the same scores (ids differ per build).

Build them into a store with ``klantreis samples`` or ``build_all(store)``; write the JSON
files in ``sample_data/`` with ``python -m klantreis.samples sample_data/``.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .spec import SCORE_RANGE
from .store import Store, open_store
from .workshop import DEFAULT_VOTE_BUDGET, Workshop

__all__ = [
    "DEFAULT_SEED",
    "SAMPLES",
    "SPECS",
    "IdeaSpec",
    "PersonaSpec",
    "PhaseSpec",
    "SampleSpec",
    "StepSpec",
    "build_all",
    "build_sample",
    "main",
]

DEFAULT_SEED = 20240917

TP = "touchpoint"
NT = "non_touchpoint"

_STEP_FIELDS = ("kind", "channel", "online", "department", "doing", "thinking", "feeling",
                "questions", "difficulties")
_PERSONA_FIELDS = ("description", "goals", "needs", "frustrations", "quote")


# --------------------------------------------------------------------------- the data shapes


@dataclass(frozen=True)
class StepSpec:
    """One step and the "true" scores the participants' ratings scatter around.

    ``views`` shifts the emotional score (and half as much the functional one) for
    participants of a department: that is how a step the team disagrees on is made.
    ``comments`` maps a participant's name to the comment on their rating.
    """

    key: str
    name: str
    emotional: float
    functional: float
    kind: str = TP
    channel: str = ""
    online: bool = False
    department: str = ""
    doing: str = ""
    thinking: str = ""
    feeling: str = ""
    questions: str = ""
    difficulties: str = ""
    spread: float = 0.7
    views: Mapping[str, float] = field(default_factory=dict)
    comments: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PhaseSpec:
    """A phase; ``template`` names the lens phase it adapts (None: the team added it)."""

    name: str
    steps: tuple[StepSpec, ...] = ()
    description: str = ""
    template: str | None = None
    subphases: tuple[PhaseSpec, ...] = ()


@dataclass(frozen=True)
class PersonaSpec:
    """A persona with its current journey."""

    name: str
    description: str
    goals: str
    needs: str
    frustrations: str
    quote: str
    journey: str
    phases: tuple[PhaseSpec, ...]


@dataclass(frozen=True)
class IdeaSpec:
    """An improvement idea; the higher its ``appeal``, the more often voters rank it first."""

    key: str
    title: str
    steps: tuple[str, ...]
    description: str
    department: str
    impact: int
    effort: int
    confidence: int
    expected_effect: float
    metric: str
    status: str = "proposed"
    appeal: float = 1.0


@dataclass(frozen=True)
class SampleSpec:
    """Everything in one sample workshop."""

    title: str
    language: str
    goal: str
    scope: str
    lens: str
    participants: tuple[tuple[str, str], ...]  # (name, department)
    personas: tuple[PersonaSpec, ...]
    moments: tuple[tuple[str, str, str, str], ...]  # (step key, polarity, status, reason)
    evidence: tuple[tuple[str, str, str, str | None], ...]  # (source, insight, note, step key)
    ideas: tuple[IdeaSpec, ...]
    scope_kind: str = "transaction"
    vote_budget: int = DEFAULT_VOTE_BUDGET


# --------------------------------------------------------------------------- mountain bike

_MTB_PEOPLE = (
    ("Ingrid Bakker", "Marketing"),
    ("Ruben Smit", "Verkoop"),
    ("Fatima el Amrani", "Klantenservice"),
    ("Joost Verhoeven", "Directie"),
    ("Mehmet Yilmaz", "Werkplaats"),
    ("Lotte de Wit", "Winkel"),
)

_MTB_PHASES = (
    PhaseSpec(
        "Wat voor fiets zoek ik?",
        template="Besluit kaderen",
        description="Sanne bepaalt type, maat en budget. Ze praat vooral met mensen die niets "
                    "met de winkel te maken hebben.",
        steps=(
            StepSpec(
                "friends", "Vrienden om advies vragen", 7.6, 6.4, kind=NT,
                channel="Koffiestop na de clubrit", department="Marketing",
                doing="Vraagt na de zondagrit wat haar clubgenoten rijden en waar ze hun fiets "
                      "kochten.",
                thinking="Iedereen zweert bij zijn eigen merk. Wie heeft er nou gelijk?",
                feeling="Enthousiast, een beetje overweldigd.",
                questions="Hardtail of volledig geveerd? Welk budget is reëel?",
                difficulties="Tegenstrijdige adviezen; niemand is even lang als zij.",
            ),
            StepSpec(
                "magazine", "Test in een mountainbikeblad lezen", 7.2, 7.0, kind=NT,
                channel="Tijdschrift (papier)", department="Marketing",
                doing="Leest een vergelijkende test van tien trailbikes onder de € 3.500.",
                thinking="Drie modellen vallen af, twee klinken precies goed.",
                feeling="Nieuwsgierig, serieus bezig.",
                questions="Zijn die testfietsen wel in mijn maat te krijgen?",
            ),
            StepSpec(
                "browse", "Webshops en merksites bekijken", 5.6, 5.8,
                channel="Website", online=True, department="Marketing",
                doing="Klikt 's avonds op de bank door vier webshops en twee merksites.",
                thinking="Overal een andere maattabel. En wat betekent 'levertijd op aanvraag'?",
                feeling="Eerst opgewonden, daarna moe.",
                questions="Welke framemaat bij 1,68 m? Is hij echt op voorraad?",
                difficulties="Levertijd en voorraad per maat staan er niet bij.",
                comments={"Ingrid Bakker": "Onze site scoort prima in de bezoekersenquête."},
            ),
        ),
    ),
    PhaseSpec(
        "Kiezen",
        template="Besluit nemen",
        description="Van een lijstje van vijf modellen naar één fiets.",
        subphases=(
            PhaseSpec(
                "Vergelijken",
                steps=(
                    StepSpec(
                        "compare", "Modellen vergelijken in een eigen spreadsheet", 5.2, 5.0,
                        kind=NT, channel="Spreadsheet thuis", online=True,
                        department="Marketing",
                        doing="Zet prijs, gewicht, veerweg en levertijd naast elkaar.",
                        thinking="Waarom geeft elke winkel andere specificaties op?",
                        feeling="Geïrriteerd, maar vastberaden.",
                        difficulties="'Vanaf'-prijzen en ontbrekende gegevens.",
                    ),
                    StepSpec(
                        "chat", "Vraag stellen via de webchat", 5.8, 5.2,
                        channel="Webchat", online=True, department="Klantenservice",
                        doing="Vraagt of het model in maat S voor het voorjaar leverbaar is.",
                        thinking="Fijn dat het kan, maar 'we komen erop terug' is geen antwoord.",
                        feeling="Half geholpen.",
                        questions="Kan ik hem eerst proberen?",
                        difficulties="Antwoord kwam pas na twee dagen, per mail.",
                    ),
                ),
            ),
            PhaseSpec(
                "Uitproberen",
                steps=(
                    StepSpec(
                        "book_ride", "Proefrit online inplannen", 6.8, 7.4,
                        channel="Afsprakenpagina", online=True, department="Verkoop",
                        doing="Kiest een zaterdagochtend in de agenda van de winkel.",
                        thinking="Makkelijk. Staat mijn maat dan ook klaar?",
                        feeling="Opgelucht, vol verwachting.",
                    ),
                    StepSpec(
                        "test_ride", "Proefrit bij de dealer", 6.4, 6.0,
                        channel="Winkel", department="Verkoop",
                        doing="Rijdt twee rondjes over de parkeerplaats op maat M; maat S is "
                              "er niet.",
                        thinking="Leuke verkoper, maar hier voel ik niets van de vering.",
                        feeling="Twijfelend: blij dat ze erop zit, onzeker over de maat.",
                        questions="Past maat S mij echt beter? Mag ik hem mee het bos in?",
                        difficulties="Juiste maat niet op voorraad; geen terrein om te testen.",
                        spread=0.6,
                        views={"Winkel": 3.2, "Verkoop": 2.6, "Klantenservice": -3.6,
                               "Marketing": -2.0, "Directie": -0.8},
                        comments={
                            "Lotte de Wit": "Klanten stappen altijd blij af, dit is ons "
                                            "sterkste moment.",
                            "Fatima el Amrani": "Ik hoor aan de telefoon vooral dat de maat er "
                                                "niet was.",
                        },
                    ),
                    StepSpec(
                        "bike_fit", "Maat en zithouding laten bepalen", 7.9, 8.3,
                        channel="Winkel", department="Werkplaats",
                        doing="De monteur meet haar binnenbeenlengte en armlengte op.",
                        thinking="Eindelijk iemand die naar míj kijkt.",
                        feeling="Serieus genomen.",
                    ),
                ),
            ),
        ),
    ),
    PhaseSpec(
        "Kopen en wachten",
        template="Transactie",
        description="De bestelling is rond; daarna moet Sanne vooral geduld hebben.",
        steps=(
            StepSpec(
                "order", "Fiets bestellen en aanbetalen", 7.2, 7.8,
                channel="Winkel", department="Verkoop",
                doing="Bestelt maat S en betaalt 20 % aan. Levertijd: 'ongeveer drie weken'.",
                thinking="Over drie weken rijd ik erop. Dat wordt Pasen in de Ardennen!",
                feeling="Blij, trots.",
                questions="Krijg ik bericht als hij binnen is?",
            ),
            StepSpec(
                "wait", "Wachten op levering", 2.9, 3.4, kind=NT,
                channel="Thuis (geen berichten)", department="Klantenservice",
                doing="Hoort vijf weken niets. Controleert elke week haar mail en de site.",
                thinking="Zijn ze me vergeten? Had ik toch online moeten bestellen?",
                feeling="Ongeduldig, later boos.",
                questions="Waar is mijn fiets? Haal ik de Ardennen nog?",
                difficulties="Geen update, geen nieuwe datum, geen aanspreekpunt.",
                spread=0.8,
                comments={"Fatima el Amrani": "Dit is de helft van onze telefoontjes in het "
                                              "voorjaar."},
            ),
            StepSpec(
                "call", "Zelf bellen over de levertijd", 4.4, 5.0,
                channel="Telefoon", department="Klantenservice",
                doing="Belt de winkel; na twintig minuten wachten hoort ze: 'week 17, misschien'.",
                thinking="Dus ík moet erachteraan.",
                feeling="Teleurgesteld, een beetje gerustgesteld.",
                difficulties="Klantenservice ziet de status bij de leverancier niet.",
            ),
            StepSpec(
                "collect", "Fiets ophalen en afstellen", 8.2, 8.4,
                channel="Winkel", department="Werkplaats",
                doing="Haalt de fiets op; de monteur stelt vering en zadel samen met haar af.",
                thinking="Wauw, hij is nog mooier dan op de foto.",
                feeling="Blij, ongeduldig om te rijden.",
            ),
        ),
    ),
    PhaseSpec(
        "Rijden",
        template="Evaluatie",
        description="De fiets in het echt: wat Sanne vertelt aan wie het maar horen wil.",
        steps=(
            StepSpec(
                "first_ride", "Eerste rit op de trail", 9.3, 9.0, kind=NT,
                channel="Mountainbikeroute Veluwe", department="Verkoop",
                doing="Rijdt de rode route bij Schaarsbergen; durft in de afdaling los te laten.",
                thinking="Dit is waarom ik het deed.",
                feeling="Uitgelaten, trots.",
                spread=0.5,
                comments={"Mehmet Yilmaz": "Hier doen we het allemaal voor."},
            ),
            StepSpec(
                "service", "Eerste gratis onderhoudsbeurt", 5.9, 6.6,
                channel="Werkplaats", department="Werkplaats",
                doing="Wil na zes weken de kabels laten naspannen; eerste plek over drie weken.",
                thinking="Drie weken zonder fiets, midden in het seizoen?",
                feeling="Ontstemd.",
                questions="Kan het terwijl ik wacht? Is er een leenfiets?",
                difficulties="Werkplaats vol; geen leenfiets.",
            ),
            StepSpec(
                "recommend", "Clubgenoten over de aankoop vertellen", 7.6, 7.2, kind=NT,
                channel="Koffiestop en WhatsApp-groep", department="Marketing",
                doing="Vertelt bij de koffie over de fiets én over het wachten.",
                thinking="Top fiets, goede monteur. Maar reken niet op hun levertijd.",
                feeling="Tevreden, met een kanttekening.",
            ),
        ),
    ),
)

_MTB = SampleSpec(
    title="Voorbeeld: een nieuwe mountainbike kopen",
    language="nl",
    goal="Verzonnen voorbeeld met synthetische gegevens. Een fietsenwinkel met webshop wil "
         "begrijpen waarom enthousiaste kopers toch twijfelend over de winkel praten, en "
         "welke verbeteringen over afdelingen heen het meeste opleveren.",
    scope="Sanne koopt een nieuwe mountainbike: van het eerste idee tot de eerste "
          "onderhoudsbeurt.",
    lens="goal",
    participants=_MTB_PEOPLE,
    personas=(
        PersonaSpec(
            "Sanne, 34, fanatieke weekendfietser",
            description="Projectleider bij de gemeente Arnhem. Rijdt elk weekend met haar "
                        "fietsclub op de Veluwe en vervangt na zeven jaar haar oude hardtail "
                        "door een volledig geveerde trailbike.",
            goals="Een fiets die past bij haar niveau en lengte (1,68 m), vóór Pasen; "
                  "hooguit € 3.500.",
            needs="Eerlijk maatadvies, een proefrit op echt terrein, zekerheid over de "
                  "levertijd.",
            frustrations="Winkels die 'op voorraad' beloven en dan weken stil zijn; verkopers "
                         "die vooral tegen haar vriend praten.",
            quote="Ik wil niet de duurste fiets. Ik wil de fiets waarmee ik in de afdaling durf "
                  "los te laten.",
            journey="Sanne koopt een mountainbike",
            phases=_MTB_PHASES,
        ),
    ),
    moments=(
        ("wait", "negative", "confirmed",
         "Vijf weken stilte maakt van een blije koper iemand die anderen waarschuwt."),
        ("first_ride", "positive", "confirmed",
         "Hier valt alles op zijn plaats; dit verhaal vertelt ze door."),
        ("test_ride", "negative", "proposed",
         "We weten niet hoe klanten de proefrit beleven: de winkel en klantenservice "
         "zien iets totaal anders."),
    ),
    evidence=(
        ("interview", "Vrienden en clubgenoten zijn de eerste bron van advies.",
         "8 van 10 geïnterviewde kopers noemden eerst een vriend of clubgenoot.", "friends"),
        ("analytics", "Bezoekers haken af op de maattabel.",
         "58 % van de bezoekers van een modelpagina verlaat de site op de maattabel.", "browse"),
        ("assumption", "De proefrit is het moment waarop klanten beslissen.",
         "Gevoel van het winkelteam; nooit nagevraagd.", "test_ride"),
        ("complaint", "Levertijd zonder bericht is de grootste ergernis.",
         "23 van de 61 klachten in het voorjaar gingen over levertijd zonder update.", "wait"),
        ("survey", "Na de eerste onderhoudsbeurt zakt de aanbevelingsbereidheid.",
         "NPS direct na aflevering 41, na de eerste beurt 12 (n = 140).", "service"),
        ("assumption", "Klanten lezen nauwelijks nog papieren fietsbladen.",
         "Niemand heeft dit gecontroleerd; Sanne las er juist een.", None),
    ),
    ideas=(
        IdeaSpec("tracker", "Levertijd-tracker met wekelijkse update", ("wait", "call"),
                 "Elke vrijdag een bericht met de status bij de leverancier, ook als er niets "
                 "verandert, en één vast aanspreekpunt.",
                 "Klantenservice", 5, 3, 4, 3.0,
                 "Aantal 'waar blijft mijn fiets'-telefoontjes per week", "selected", 5.0),
        IdeaSpec("trail_ride", "Proefrit op de trail in plaats van op de parkeerplaats",
                 ("book_ride", "test_ride"),
                 "Proefritten op zaterdag op de route bij Schaarsbergen, met de juiste maat "
                 "klaargezet na de online afspraak.",
                 "Verkoop", 4, 2, 3, 1.5, "Conversie van proefrit naar bestelling",
                 "selected", 3.5),
        IdeaSpec("service_week", "Eerste onderhoudsbeurt binnen een week, met leenfiets",
                 ("service",),
                 "Vaste plekken in de werkplaatsplanning voor nieuwe fietsen en twee "
                 "leenfietsen.",
                 "Werkplaats", 3, 2, 4, 2.0, "Wachttijd tot afspraak (dagen)", "selected", 3.5),
        IdeaSpec("size_tool", "Maatadvies op basis van eigen lichaamsmaten", ("browse", "compare"),
                 "Lengte en binnenbeenlengte invullen geeft per model de juiste maat én de "
                 "voorraad in die maat.",
                 "Marketing", 3, 4, 2, 1.0, "Uitval op de maattabel", appeal=1.5),
        IdeaSpec("pickup", "Afhalen als feestje: samen afstellen en een eerste rondje",
                 ("collect",),
                 "Een half uur inplannen voor het ophalen, met foto voor de klant.",
                 "Winkel", 2, 1, 3, 0.5, "Reviews die de aflevering noemen", appeal=1.5),
        IdeaSpec("club", "Clubavond en ambassadeurs bij fietsclubs", ("friends", "recommend"),
                 "Een onderhoudsavond per kwartaal voor lokale clubs; leden worden ambassadeur.",
                 "Marketing", 3, 3, 2, 0.5, "Aandeel nieuwe klanten via doorverwijzing",
                 appeal=1.5),
    ),
)


# --------------------------------------------------------------------------- hotel

_HOTEL_PEOPLE = (
    ("Claire Dubois", "Marketing"),
    ("Tom Jansen", "Sales"),
    ("Aisha Khan", "Guest services"),
    ("Peter Holm", "Management"),
    ("Jordy Peeters", "Front desk"),
    ("Marta Nowak", "Housekeeping"),
)

_HOTEL_PHASES = (
    PhaseSpec(
        "Search",
        template="Search",
        description="Finding a hotel within the travel policy, close to Monday's client.",
        steps=(
            StepSpec(
                "search", "Search hotels near the client's office", 6.6, 7.2,
                channel="Booking platform", online=True, department="Sales",
                doing="Filters on price (max €140), distance and 'free Wi-Fi'.",
                thinking="Five options within walking distance. Good.",
                feeling="Businesslike.",
            ),
            StepSpec(
                "reviews", "Read reviews from other business travellers", 6.2, 6.4, kind=NT,
                channel="Review site", online=True, department="Marketing",
                doing="Filters reviews on 'business' and reads the last ten.",
                thinking="Quiet rooms, good breakfast. Nobody mentions an iron.",
                feeling="Reassured, mostly.",
                questions="Is the Wi-Fi good enough for video calls?",
            ),
            StepSpec(
                "website", "Check the hotel's own website", 5.4, 5.8,
                channel="Website", online=True, department="Marketing",
                doing="Looks at the room pages and the 'Facilities' tab.",
                thinking="Lovely photos of the bed. Is there a desk? A safe?",
                feeling="Slightly impatient.",
                questions="Iron? Hair dryer? Laptop safe? Breakfast before 7?",
                difficulties="Room facilities are hidden in a general list for the whole hotel.",
            ),
        ),
    ),
    PhaseSpec(
        "Book",
        template="Book",
        steps=(
            StepSpec(
                "book", "Book the room within travel policy", 7.1, 8.0,
                channel="Booking engine", online=True, department="Sales",
                doing="Books three nights direct; enters the company's cost centre.",
                thinking="Done in two minutes. Nice.",
                feeling="Efficient.",
            ),
            StepSpec(
                "confirmation", "Receive the booking confirmation", 6.3, 7.0,
                channel="E-mail", online=True, department="Guest services",
                doing="Reads the confirmation on his phone.",
                thinking="Price and dates, fine. Still nothing about the room itself.",
                feeling="Neutral.",
                difficulties="The confirmation does not link to the room's facilities.",
            ),
        ),
    ),
    PhaseSpec(
        "Prepare",
        description="Added by the team: the lens had no place for what happens between "
                    "booking and arriving, and that is where business guests get stuck.",
        steps=(
            StepSpec(
                "ask", "E-mail the hotel about an iron and a safe", 4.9, 4.4,
                channel="E-mail", online=True, department="Guest services",
                doing="Sends a short question to the reservations address on Friday.",
                thinking="Someone can surely answer this in five minutes.",
                feeling="Hopeful, then ignored.",
                difficulties="The reply arrives on Monday, after he has left.",
            ),
            StepSpec(
                "packing", "Pack the suitcase", 3.4, 3.6, kind=NT,
                channel="At home", department="Guest services",
                doing="Packs on Sunday evening for three nights; adds a travel iron and a hair "
                      "dryer 'just in case', so the bag no longer fits as hand luggage.",
                thinking="If they have an iron, I'm dragging this along for nothing. If they "
                         "don't, I'm in a creased shirt in front of the client.",
                feeling="Irritated, uncertain.",
                questions="Is there an iron, a hair dryer, a laptop safe? Can I borrow one?",
                difficulties="Not on the website, not in the confirmation, no answer by e-mail.",
                spread=0.6,
                views={"Marketing": 3.2, "Sales": 2.6, "Management": 1.4,
                       "Front desk": -2.0, "Housekeeping": -2.2, "Guest services": -1.2},
                comments={
                    "Jordy Peeters": "Every week a guest shows me the iron they brought, and "
                                     "then finds ours in the wardrobe.",
                    "Claire Dubois": "It's on the website under Facilities, isn't it?",
                    "Marta Nowak": "Every room has an iron and a hair dryer. Nobody knows.",
                },
            ),
            StepSpec(
                "travel", "Drive to the hotel after the last meeting", 5.6, 6.0, kind=NT,
                channel="Car", department="Front desk",
                doing="Drives two hours in the rain; arrives around nine.",
                thinking="Hope the car park isn't full.",
                feeling="Tired.",
                questions="Where do I park? Until when is the kitchen open?",
            ),
        ),
    ),
    PhaseSpec(
        "Check in",
        template="Check in",
        steps=(
            StepSpec(
                "check_in", "Check in at the front desk", 6.0, 7.4,
                channel="Front desk", department="Front desk",
                doing="Waits behind a coach party; gets his key after twelve minutes.",
                thinking="All I want is my room.",
                feeling="Impatient, then relieved.",
                difficulties="No separate desk or fast lane for guests who booked direct.",
            ),
        ),
    ),
    PhaseSpec(
        "Stay",
        template="Stay",
        subphases=(
            PhaseSpec(
                "Evening",
                steps=(
                    StepSpec(
                        "room", "Discover the room: iron in the wardrobe", 6.4, 8.2,
                        channel="Guest room", department="Housekeeping",
                        doing="Unpacks and finds an iron, a hair dryer and a laptop safe.",
                        thinking="Great. So why did I bring all this?",
                        feeling="Relieved and annoyed at once.",
                    ),
                    StepSpec(
                        "work", "Prepare Monday's presentation in the room", 7.2, 7.0,
                        channel="Guest room (Wi-Fi, desk)", online=True,
                        department="Guest services",
                        doing="Works two hours at the desk; joins a video call.",
                        thinking="Wi-Fi holds up. The desk lamp is too dim.",
                        feeling="Focused.",
                    ),
                ),
            ),
            PhaseSpec(
                "Morning",
                steps=(
                    StepSpec(
                        "iron", "Iron a shirt before the meeting", 7.0, 7.6, kind=NT,
                        channel="Guest room", department="Housekeeping",
                        doing="Irons his shirt with the hotel's iron; his own stays in the bag.",
                        thinking="At least the shirt is fine.",
                        feeling="Calm, a bit sheepish.",
                    ),
                    StepSpec(
                        "breakfast", "Early grab-and-go breakfast", 9.1, 9.0,
                        channel="Restaurant", department="Guest services",
                        doing="At 6:30 a waiter hands him coffee and a packed breakfast to go.",
                        thinking="They thought of people like me.",
                        feeling="Looked after, surprised.",
                        spread=0.5,
                        comments={"Peter Holm": "This started as one waiter's own initiative."},
                    ),
                ),
            ),
        ),
    ),
    PhaseSpec(
        "Check out",
        template="Check out",
        steps=(
            StepSpec(
                "check_out", "Express check-out with the key drop", 8.0, 8.4,
                channel="Front desk", department="Front desk",
                doing="Drops the key card in the box and leaves at 7:10.",
                thinking="No queue, no fuss.",
                feeling="Light.",
            ),
            StepSpec(
                "invoice", "Receive the invoice for his expenses", 5.8, 5.0,
                channel="E-mail", online=True, department="Guest services",
                doing="Gets the invoice by e-mail in his own name, not the company's.",
                thinking="Finance will send it back. Another e-mail to write.",
                feeling="Resigned.",
                difficulties="Company details entered at booking did not reach the invoice.",
            ),
        ),
    ),
)

_HOTEL = SampleSpec(
    title="Example: a business traveller's hotel stay",
    language="en",
    goal="Made-up example with synthetic data. A business hotel wants to understand why "
         "business guests praise their stay yet rarely book direct again, and agree on "
         "improvements that cross department lines.",
    scope="Daniel books and stays three nights near a client: from searching for a hotel to "
          "the invoice.",
    lens="active",
    participants=_HOTEL_PEOPLE,
    personas=(
        PersonaSpec(
            "Daniel, 42, travelling sales manager",
            description="Visits clients across the Benelux two or three nights a week and "
                        "books his own hotels within the company's travel policy.",
            goals="Arrive, work, sleep well, and look presentable at an 8:30 meeting.",
            needs="To know before packing what the room has, so he can travel with hand "
                  "luggage only; reliable Wi-Fi; breakfast before 7.",
            frustrations="Packing an iron 'just in case'; queues at check-in after a long "
                         "drive; invoices that break the expense rules.",
            quote="I don't need luxury. I need to know what's in the room before I zip my bag.",
            journey="Daniel's business stay",
            phases=_HOTEL_PHASES,
        ),
    ),
    moments=(
        ("packing", "negative", "confirmed",
         "The uncertainty follows him into the stay: he arrives annoyed before we have "
         "even met him."),
        ("breakfast", "positive", "confirmed",
         "The one thing business guests mention in every review."),
        ("invoice", "negative", "proposed",
         "The last thing he deals with is a wrong invoice; endings stick."),
    ),
    evidence=(
        ("analytics", "Hardly anyone finds the room facilities online.",
         "The 'Facilities' tab is opened by 4 % of visitors; 'iron' and 'safe' are searched "
         "every week.", "website"),
        ("complaint", "Guests ask about facilities before arrival and get late answers.",
         "Reservations inbox, March: 38 e-mails about room facilities, median reply time "
         "19 hours.", "ask"),
        ("interview", "Business guests pack for the worst case.",
         "Five of six business guests interviewed pack an iron or a hair dryer 'just in case'.",
         "packing"),
        ("assumption", "Business guests prefer a person at the desk over a kiosk.",
         "Front desk's view; not asked.", "check_in"),
        ("survey", "Breakfast is the highlight for business guests.",
         "Post-stay survey: breakfast 8.9 among business guests (n = 212).", "breakfast"),
        ("assumption", "Business travellers only care about price and location.",
         "Sales' starting point for the rate strategy; the interviews suggest otherwise.",
         None),
    ),
    ideas=(
        IdeaSpec("checklist", "Room checklist on the website and in the confirmation",
                 ("website", "confirmation", "packing"),
                 "Per room type: iron, hair dryer, laptop safe, desk, kettle, with a photo of "
                 "each. The same list in the booking confirmation.",
                 "Marketing", 5, 1, 4, 3.5, "Pre-arrival e-mails about facilities per month",
                 "selected", 6.0),
        IdeaSpec("reply", "'Ask us before you pack': answers within two hours",
                 ("ask", "packing"),
                 "Pre-arrival questions go to the front desk, which is staffed around the "
                 "clock, instead of the reservations inbox.",
                 "Guest services", 3, 2, 3, 1.5, "Median reply time to pre-arrival e-mails",
                 "selected", 3.0),
        IdeaSpec("pre_arrival", "A short message the day before arrival",
                 ("confirmation", "packing", "travel"),
                 "What's in your room, where to park, breakfast from 6:30. No marketing.",
                 "Guest services", 4, 2, 3, 2.0,
                 "Share of guests arriving with their own iron (front desk tally)",
                 appeal=3.0),
        IdeaSpec("invoice", "Company details from the booking straight onto the invoice",
                 ("book", "invoice"),
                 "Fix the link between the booking engine and the property system.",
                 "Sales", 3, 3, 4, 1.5, "Invoice re-issue requests per month", "selected", 2.5),
        IdeaSpec("fast_lane", "Fast lane for direct-booking guests after 8 pm", ("check_in",),
                 "Keys ready in an envelope; a second desk when a group checks in.",
                 "Front desk", 3, 3, 2, 1.0, "Check-in time after 8 pm (minutes)", appeal=2.0),
        IdeaSpec("breakfast", "Tell business guests about the early breakfast", ("breakfast",),
                 "Keep the grab-and-go breakfast and mention it in the confirmation.",
                 "Marketing", 2, 1, 4, 0.5, "Breakfast uptake among business guests",
                 appeal=1.5),
    ),
)


# --------------------------------------------------------------------------- fridge

_FRIDGE_PEOPLE = (
    ("Nadia Haddad", "Marketing"),
    ("Chris Evans", "Sales"),
    ("Joanne Park", "Customer service"),
    ("Rob de Graaf", "Management"),
    ("Kevin Mills", "Delivery & installation"),
    ("Leila Osei", "Store"),
    ("Sam Turner", "Customer service"),
)

_FRIDGE_PHASES = (
    PhaseSpec(
        "Awareness",
        template="Awareness",
        description="The old fridge gives up; Priya has a week before the food runs out.",
        steps=(
            StepSpec(
                "failing", "Notice the old fridge is failing", 4.9, 5.0, kind=NT,
                channel="At home", department="Marketing",
                doing="Finds a puddle under the fridge-freezer for the third morning in a row.",
                thinking="Twelve years old. Not worth repairing.",
                feeling="Annoyed, under time pressure.",
                questions="How fast can I get a new one?",
            ),
        ),
    ),
    PhaseSpec(
        "Interest",
        template="Interest",
        steps=(
            StepSpec(
                "search", "Search online for fridges that fit the niche", 6.0, 6.4,
                channel="Website", online=True, department="Marketing",
                doing="Filters on 'built-in', height and energy label.",
                thinking="Two hundred results. Which of these fit a 178 cm niche?",
                feeling="Overwhelmed.",
                difficulties="No filter on niche size; depths are listed without the handle.",
            ),
            StepSpec(
                "measure", "Measure the niche and the doorway", 5.6, 5.8, kind=NT,
                channel="At home", department="Sales",
                doing="Measures niche, doorway and the turn in the hall with a tape measure.",
                thinking="Does the door hinge swap? Will it fit past the radiator?",
                feeling="Unsure.",
                questions="How much room does it need at the back to stay quiet?",
            ),
            StepSpec(
                "compare", "Compare energy labels and noise levels", 6.5, 6.8,
                channel="Website (compare)", online=True, department="Marketing",
                doing="Puts three models side by side.",
                thinking="36 dB or 39 dB, what does that mean in a kitchen-diner?",
                feeling="Interested.",
            ),
        ),
    ),
    PhaseSpec(
        "Consideration",
        template="Consideration",
        steps=(
            StepSpec(
                "store", "Visit the store to see and hear the models", 7.6, 7.8,
                channel="Store", department="Store",
                doing="Opens doors, checks shelves, listens to the compressors.",
                thinking="This salesperson knows the niche sizes by heart.",
                feeling="Confident.",
            ),
            StepSpec(
                "ask_delivery", "Ask about delivery and the old fridge", 6.4, 5.8,
                channel="Store", department="Store",
                doing="Asks if they take the old one away.",
                thinking="'That's all arranged'. Good, I suppose.",
                feeling="Reassured, vaguely.",
                difficulties="Nobody mentions that disposal must be ticked separately online.",
            ),
        ),
    ),
    PhaseSpec(
        "Purchase",
        template="Purchase",
        steps=(
            StepSpec(
                "order", "Order online that evening", 7.0, 7.6,
                channel="Website", online=True, department="Sales",
                doing="Orders the model she saw in the store; online it is €30 cheaper.",
                thinking="Same shop, same fridge. Easy.",
                feeling="Satisfied.",
            ),
            StepSpec(
                "slot", "Choose a delivery slot at checkout", 5.6, 6.0,
                channel="Website (checkout)", online=True, department="Sales",
                doing="Picks Thursday; skips the options screen with 'extra services'.",
                thinking="The store said it was all arranged.",
                feeling="Quick, in a hurry.",
                difficulties="Disposal of the old appliance is an unticked box among paid "
                             "extras.",
                spread=0.6,
                views={"Sales": 2.8, "Marketing": 2.0, "Management": 1.0,
                       "Customer service": -2.6, "Delivery & installation": -3.4},
                comments={
                    "Chris Evans": "Checkout conversion is up 6 % since we simplified it.",
                    "Kevin Mills": "This is where our problem on the doorstep starts.",
                },
            ),
            StepSpec(
                "wait", "Wait for the delivery day", 6.1, 6.6, kind=NT,
                channel="At home (text message)", online=True,
                department="Delivery & installation",
                doing="Gets a text the evening before with a four-hour window.",
                thinking="Another morning working from home, then.",
                feeling="Resigned.",
            ),
        ),
    ),
    PhaseSpec(
        "After-sales",
        template="After-sales",
        subphases=(
            PhaseSpec(
                "Delivery and installation",
                steps=(
                    StepSpec(
                        "install", "Delivery and installation", 8.9, 9.0,
                        channel="At home", department="Delivery & installation",
                        doing="Two fitters carry it in, swap the door hinge, level it and "
                              "take the packaging.",
                        thinking="They thought of everything.",
                        feeling="Delighted.",
                        spread=0.5,
                    ),
                    StepSpec(
                        "old_fridge", "Old fridge left behind", 2.7, 2.4,
                        channel="At home", department="Delivery & installation",
                        doing="The fitters may not take the old fridge: disposal wasn't "
                              "booked. It stays in the hall.",
                        thinking="The store promised me! Now what, carry it down myself?",
                        feeling="Angry, let down.",
                        questions="Who do I call? What will it cost?",
                        difficulties="Fitters cannot add or take payment for disposal on the "
                                     "spot.",
                        comments={"Kevin Mills": "We feel terrible leaving it. We're not "
                                                 "allowed to take it."},
                    ),
                    StepSpec(
                        "disposal", "Arrange disposal with customer service", 4.3, 4.8,
                        channel="Phone", department="Customer service",
                        doing="Calls; pays €35 and waits six days for a second truck.",
                        thinking="Paying extra to fix their mistake.",
                        feeling="Frustrated.",
                        difficulties="A second trip for the same address.",
                    ),
                ),
            ),
            PhaseSpec(
                "Living with it",
                steps=(
                    StepSpec(
                        "use", "First weeks of use", 7.6, 7.8, kind=NT,
                        channel="At home", department="Customer service",
                        doing="Fills it for the family; notices the ice maker rattles.",
                        thinking="Quiet and roomy. But what is that noise?",
                        feeling="Content, slightly worried.",
                    ),
                    StepSpec(
                        "service_call", "Service call about the rattling ice maker", 6.6, 7.4,
                        channel="Phone", department="Customer service",
                        doing="Calls; the agent walks her through levelling the ice tray.",
                        thinking="Solved in one call. Why isn't this in the manual?",
                        feeling="Relieved.",
                    ),
                ),
            ),
        ),
    ),
    PhaseSpec(
        "Recommend",
        template="Repurchase",
        description="Renamed by the team: a fridge lasts twelve years, so what counts now is "
                    "what Priya tells others.",
        steps=(
            StepSpec(
                "review", "Receive the review request", 5.6, 6.0,
                channel="E-mail", online=True, department="Marketing",
                doing="The day after delivery she is asked to rate her 'delivery experience'.",
                thinking="With the old fridge still in my hall? Really?",
                feeling="Sarcastic.",
                comments={"Nadia Haddad": "Fixed timing; we never thought about disposal."},
            ),
        ),
    ),
)

_HENK_PHASES = (
    PhaseSpec(
        "Consideration",
        template="Consideration",
        steps=(
            StepSpec(
                "henk_store", "Visit the store with his daughter", 7.4, 7.6,
                channel="Store", department="Store",
                doing="Looks at three models; his daughter asks about the stairs.",
                thinking="A nice young man. He took his time.",
                feeling="At ease.",
            ),
            StepSpec(
                "henk_brochure", "Ask for a printed price list", 5.8, 5.4,
                channel="Store", department="Store",
                doing="Wants to think it over at home on paper.",
                thinking="Everything is 'on the website' nowadays.",
                feeling="A little left out.",
            ),
        ),
    ),
    PhaseSpec(
        "Purchase",
        template="Purchase",
        steps=(
            StepSpec(
                "henk_order", "Order by phone", 7.6, 8.0,
                channel="Phone", department="Sales",
                doing="The salesperson ticks disposal and notes: third floor, no lift.",
                thinking="He asked all the right questions.",
                feeling="Taken care of.",
            ),
            StepSpec(
                "henk_wait", "Wait for a call about the delivery time", 5.0, 5.2, kind=NT,
                channel="At home (landline)", department="Delivery & installation",
                doing="Doesn't read texts; waits by the phone all morning.",
                thinking="They said they would call.",
                feeling="Anxious.",
            ),
        ),
    ),
    PhaseSpec(
        "After-sales",
        template="After-sales",
        steps=(
            StepSpec(
                "henk_install", "Delivery, installation and old fridge taken away", 8.6, 8.8,
                channel="At home", department="Delivery & installation",
                doing="Fitters carry both fridges up and down three flights of stairs.",
                thinking="That's how it should be.",
                feeling="Grateful.",
            ),
        ),
    ),
)

_FRIDGE = SampleSpec(
    title="Example: buying a new fridge",
    language="en",
    goal="Made-up example with synthetic data. An appliance retailer wants to find out why "
         "delivery complaints keep rising while its fitters get glowing reviews.",
    scope="Priya replaces her broken fridge-freezer: one purchase, from the first puddle to "
          "the first service call. A second persona, Henk, buys by phone.",
    lens="engagement",
    participants=_FRIDGE_PEOPLE,
    personas=(
        PersonaSpec(
            "Priya, 38, working parent",
            description="Works four days a week, two kids, a built-in fridge-freezer in a "
                        "rented flat. Researches online, buys where it is easiest.",
            goals="A quiet, efficient fridge that fits the niche, installed within a week.",
            needs="Certainty that it fits, a short delivery window, the old one taken away.",
            frustrations="Waiting at home for half a day; promises in the store that the "
                         "website doesn't know about.",
            quote="I don't want to become a fridge expert. I want cold milk on Friday.",
            journey="Priya replaces her fridge",
            phases=_FRIDGE_PHASES,
        ),
        PersonaSpec(
            "Henk, 74, retired",
            description="Lives alone on the third floor without a lift; shops with his "
                        "daughter, orders by phone.",
            goals="A simple fridge, delivered and connected, the old one gone.",
            needs="A person to talk to, paper information, a phone call before delivery.",
            frustrations="Being sent to the website for everything.",
            quote="Just tell me when you're coming and I'll put the kettle on.",
            journey="Henk orders by phone",
            phases=_HENK_PHASES,
        ),
    ),
    moments=(
        ("old_fridge", "negative", "confirmed",
         "Ten minutes after the best moment of the journey, the worst: this is what she "
         "tells her friends."),
        ("install", "positive", "confirmed",
         "The fitters are the face of the company; customers name them in reviews."),
        ("slot", "negative", "proposed",
         "The root cause of the left-behind fridge may be here; the team disagrees."),
    ),
    evidence=(
        ("assumption", "Customers start on comparison sites, not on our website.",
         "Marketing's belief; web analytics not yet checked.", "search"),
        ("interview", "Customers visit the store to hear and touch, not for the price.",
         "7 of 9 store visitors interviewed came to hear the noise level and try the doors.",
         "store"),
        ("analytics", "Online buyers rarely book disposal.",
         "22 % of online orders include disposal, against 71 % of store and phone orders.",
         "slot"),
        ("complaint", "The left-behind fridge is the top delivery complaint.",
         "31 % of delivery complaints in 2024 are about the old appliance.", "old_fridge"),
        ("survey", "Service calls about installation are solved at once.",
         "First-contact resolution for installation questions: 84 % (n = 410).",
         "service_call"),
        ("survey", "Disposal decides how delivery feels.",
         "Customer Effort Score after delivery: 5.9 of 7 with disposal booked, 3.1 without.",
         None),
        ("assumption", "Older customers prefer to order by phone.",
         "Store staff's impression; the order data has no age.", "henk_order"),
    ),
    ideas=(
        IdeaSpec("ask_disposal", "Ask about the old fridge at checkout, free by default",
                 ("slot", "old_fridge"),
                 "A clear question instead of a box among paid extras: 'Shall we take your old "
                 "fridge? (free)'.",
                 "Sales", 5, 2, 4, 3.0, "Share of online orders with disposal booked",
                 "selected", 6.0),
        IdeaSpec("on_the_spot", "Fitters may take the old fridge on the spot",
                 ("old_fridge", "disposal"),
                 "Fitters can add disposal on their handheld and take a card payment.",
                 "Delivery & installation", 4, 2, 4, 2.5,
                 "Disposal follow-up calls per 100 deliveries", "selected", 5.0),
        IdeaSpec("review_timing", "Ask for a review a week later, only after disposal",
                 ("review",),
                 "Trigger the review e-mail from the closed order, not from the delivery.",
                 "Marketing", 2, 1, 4, 1.0, "Review response rate and score", "selected", 3.0),
        IdeaSpec("niche_filter", "Niche-fit filter: enter your niche in centimetres",
                 ("search", "measure"),
                 "Show only models that fit, including the space needed behind them.",
                 "Marketing", 3, 3, 3, 1.0, "Returns because the fridge does not fit",
                 appeal=1.5),
        IdeaSpec("window", "Two-hour delivery window with live tracking", ("wait", "henk_wait"),
                 "A call instead of a text for customers who ask for it.",
                 "Delivery & installation", 3, 4, 3, 1.0, "Wasted trips (nobody home)",
                 appeal=2.5),
        IdeaSpec("quote", "Store staff write sizes and disposal on the quote",
                 ("store", "ask_delivery"),
                 "A printed quote with the niche sizes and 'disposal: yes/no' to take home.",
                 "Store", 2, 1, 3, 0.5, "Store quotes converted online", appeal=1.5),
        IdeaSpec("manual", "Put ice-maker levelling in the quick-start card",
                 ("use", "service_call"),
                 "One picture on the card inside the door.",
                 "Customer service", 1, 1, 4, 0.5, "Calls about a rattling ice maker",
                 appeal=1.0),
    ),
)

SPECS: dict[str, SampleSpec] = {"mountainbike": _MTB, "hotel": _HOTEL, "fridge": _FRIDGE}


# --------------------------------------------------------------------------- the builder


def build_sample(store: Store, key: str, seed: int = DEFAULT_SEED) -> Workshop:
    """Build one sample workshop (``mountainbike``, ``hotel`` or ``fridge``) in ``store``."""
    try:
        spec = SPECS[key]
    except KeyError:
        raise KeyError(f"Unknown sample {key!r}; choose one of {', '.join(SPECS)}.") from None
    workshop = _build(store, spec, random.Random(seed))
    _keep_customer_results(workshop, key)
    return workshop


def _keep_customer_results(workshop: Workshop, key: str) -> None:
    """Save the sample's synthetic survey as a source with its results on each journey it
    reaches, so the dashboard and the panels show the customers' view from the start."""
    from .mining import JourneyMap, SurveyData
    from .mining.samples import sample_settings

    settings = next(s for s in sample_settings(workshop, key).values() if s.kind == "survey")
    survey = SurveyData.load(settings)
    name = Path(settings.file).name
    portable = settings.with_changes(file=f"sample_data/mining/{name}")  # no local paths
    source_id = workshop.save_source(name, "survey", portable.to_dict())
    for journey_id in workshop.frame("journeys")["id"]:
        rows = survey.summary(JourneyMap.of_workshop(workshop, str(journey_id)))
        if rows:
            workshop.save_results(source_id, str(journey_id), rows)


def build_all(store: Store, seed: int = DEFAULT_SEED) -> list[Workshop]:
    """Build every sample workshop in ``store``, in the order of ``SAMPLES``."""
    return [build_sample(store, key, seed) for key in SPECS]


SAMPLES: dict[str, Callable[[Store], Workshop]] = {
    key: partial(build_sample, key=key) for key in SPECS
}


def _build(store: Store, spec: SampleSpec, rng: random.Random) -> Workshop:
    _check(spec)
    workshop = store.create_workshop(
        spec.title, language=spec.language, goal=spec.goal, scope_kind=spec.scope_kind,
        scope=spec.scope, lens=spec.lens, vote_budget=spec.vote_budget, synthetic=True,
    )
    people = [(workshop.add_participant(name, dept), name, dept)
              for name, dept in spec.participants]
    step_ids: dict[str, str] = {}
    for index, persona in enumerate(spec.personas):
        journey_id = _add_persona(workshop, spec, persona, reuse=index == 0)
        lens_phases = {row["name"]: row["id"] for row in workshop.rows("phases")
                       if row["journey_id"] == journey_id}
        _add_phases(workshop, journey_id, persona.phases, lens_phases, step_ids)
        for leftover in lens_phases.values():  # lens phases the team did not need
            workshop.delete_phase(leftover)

    _rate(workshop, spec, people, step_ids, rng)
    for key, polarity, status, reason in spec.moments:
        workshop.add_moment(step_ids[key], polarity, reason, status=status)
    for source, insight, note, key in spec.evidence:
        workshop.add_evidence(source, note, step_id=step_ids[key] if key else None,
                              insight=insight)
    idea_ids = {
        idea.key: workshop.add_idea(
            idea.title, [step_ids[k] for k in idea.steps], description=idea.description,
            department=idea.department, impact=idea.impact, effort=idea.effort,
            confidence=idea.confidence, expected_effect=idea.expected_effect,
            metric=idea.metric, status=idea.status,
        )
        for idea in spec.ideas
    }
    _vote(workshop, spec, people, idea_ids, rng)
    return workshop


def _add_persona(workshop: Workshop, spec: SampleSpec, persona: PersonaSpec, reuse: bool) -> str:
    """Fill in the persona the lens created (``reuse``) or add one; return its journey id."""
    fields = {name: getattr(persona, name) for name in _PERSONA_FIELDS}
    existing = workshop.rows("journeys") if reuse else []
    if existing:
        journey_id = existing[0]["id"]
        workshop.update_persona(existing[0]["persona_id"], name=persona.name, **fields)
        workshop.update_journey(journey_id, name=persona.journey)
        return journey_id
    persona_id = workshop.add_persona(persona.name, **fields)
    journey_id = workshop.add_journey(persona_id, persona.journey)
    workshop.apply_lens(journey_id, spec.lens)
    return journey_id


def _add_phases(
    workshop: Workshop,
    journey_id: str,
    phases: Sequence[PhaseSpec],
    lens_phases: dict[str, str],
    step_ids: dict[str, str],
    parent_id: str | None = None,
) -> None:
    """Adapt the lens phases and add the team's own phases, sub-phases and steps."""
    for position, phase in enumerate(phases):
        if phase.template is not None:
            phase_id = lens_phases.pop(phase.template)
            changes = {"name": phase.name}
            if phase.description:
                changes["description"] = phase.description
            workshop.update_phase(phase_id, **changes)
            workshop.move_phase(phase_id, position)
        else:
            phase_id = workshop.add_phase(journey_id, phase.name, parent_id=parent_id,
                                          position=position, description=phase.description)
        for step in phase.steps:
            fields = {name: getattr(step, name) for name in _STEP_FIELDS}
            step_ids[step.key] = workshop.add_step(phase_id, step.name, **fields)
        _add_phases(workshop, journey_id, phase.subphases, lens_phases, step_ids, phase_id)


def _rate(
    workshop: Workshop,
    spec: SampleSpec,
    people: Sequence[tuple[str, str, str]],
    step_ids: Mapping[str, str],
    rng: random.Random,
) -> None:
    """Every participant rates every step: true score + department view + personal noise."""
    leniency = {pid: rng.gauss(0.0, 0.4) for pid, _, _ in people}
    for step in _all_steps(spec):
        for pid, name, department in people:
            view = step.views.get(department, 0.0)
            emotional = step.emotional + leniency[pid] + view + rng.gauss(0.0, step.spread)
            functional = (step.functional + leniency[pid] / 2 + view / 2
                          + rng.gauss(0.0, step.spread))
            workshop.rate(pid, step_ids[step.key], _grade(functional), _grade(emotional),
                          step.comments.get(name, ""))


def _vote(
    workshop: Workshop,
    spec: SampleSpec,
    people: Sequence[tuple[str, str, str]],
    idea_ids: Mapping[str, str],
    rng: random.Random,
) -> None:
    """Dot voting: each participant ranks the ideas (appealing ones tend to come first) and
    spreads the dots over the top three, most on the favourite; some keep a dot back."""
    for pid, _, _ in people:
        ranked = sorted(spec.ideas, key=lambda idea: rng.random() ** (1 / idea.appeal**2),
                        reverse=True)
        dots = spec.vote_budget - (1 if rng.random() < 0.3 else 0)
        shares = [dots - 2 * (dots // 3), dots // 3, dots // 3]  # 5 -> 3, 1, 1; 4 -> 2, 1, 1
        for idea, share in zip(ranked, shares, strict=False):
            if share:
                workshop.vote(pid, idea_ids[idea.key], share)


def _grade(value: float) -> int:
    low, high = SCORE_RANGE
    return max(low, min(high, round(value)))


def _walk(phases: Sequence[PhaseSpec]) -> Iterator[StepSpec]:
    for phase in phases:
        yield from phase.steps
        yield from _walk(phase.subphases)


def _all_steps(spec: SampleSpec) -> Iterator[StepSpec]:
    for persona in spec.personas:
        yield from _walk(persona.phases)


def _check(spec: SampleSpec) -> None:
    """Catch typos in the sample data before anything is written."""
    keys = [step.key for step in _all_steps(spec)]
    names = {name for name, _ in spec.participants}
    departments = {dept for _, dept in spec.participants}
    problems = [f"duplicate step key {k!r}" for k in set(keys) if keys.count(k) > 1]
    for step in _all_steps(spec):
        problems += [f"{step.key}: unknown department {d!r}" for d in step.views
                     if d not in departments]
        problems += [f"{step.key}: unknown participant {n!r}" for n in step.comments
                     if n not in names]
    refs = [m[0] for m in spec.moments] + [e[3] for e in spec.evidence if e[3]]
    refs += [k for idea in spec.ideas for k in idea.steps]
    problems += [f"unknown step key {k!r}" for k in refs if k not in keys]
    if problems:
        raise ValueError(f"Sample {spec.title!r}: " + "; ".join(sorted(problems)))


# --------------------------------------------------------------------------- JSON files


def main(argv: Sequence[str] | None = None) -> int:
    """Write ``<key>.json`` for every sample into a directory (default ``sample_data``)."""
    from klantreis.exchange import export_json

    args = list(sys.argv[1:] if argv is None else argv)
    target = Path(args[0] if args else "sample_data")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "samples.db") as store:
        for key, build in SAMPLES.items():
            path = target / f"{key}.json"
            export_json(build(store), path)
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
