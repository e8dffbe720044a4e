"""`klantreis serve`: what the terminal says and the join box on the facilitator's page."""

MESSAGES: dict[str, dict[str, str]] = {
    "serve.no_notebooks": {
        "nl": "De notebooks van de kit staan niet in {path}. Geef de map met --notebooks "
        "(daar hoort start.ipynb in te staan).",
        "en": "The kit's notebooks are not in {path}. Name their folder with --notebooks "
        "(it should hold start.ipynb).",
    },
    "serve.no_workshops": {
        "nl": "Er staan nog geen workshops in deze opslag.",
        "en": "This store holds no workshops yet.",
    },
    "serve.ready": {
        "nl": "Workshop '{title}' wordt gedeeld. Stop met Ctrl+C.",
        "en": "Serving workshop '{title}'. Stop with Ctrl+C.",
    },
    "serve.dashboard_ready": {
        "nl": "Het dashboard van '{title}' (alleen lezen): {dashboard}\nStop met Ctrl+C.",
        "en": "The dashboard of '{title}' (read-only): {dashboard}\nStop with Ctrl+C.",
    },
    "serve.facilitator_link": {
        "nl": "Begeleider (geheim, alleen voor jou):  {url}",
        "en": "Facilitator (secret, for you only):    {url}",
    },
    "serve.join_link": {
        "nl": "Deelnemers doen mee via:               {url}",
        "en": "Participants join at:                  {url}",
    },
    "serve.dashboard_link": {
        "nl": "Dashboard (alleen lezen):              {url}",
        "en": "Dashboard (read-only):                 {url}",
    },
    "serve.scan": {
        "nl": "Of scan deze code met de telefoon:",
        "en": "Or scan this code with a phone:",
    },
    "serve.local_only": {
        "nl": "Let op: alleen deze computer kan deze links openen. Met --host 0.0.0.0 kunnen "
        "anderen in het netwerk meedoen.",
        "en": "Note: only this computer can open these links. With --host 0.0.0.0 others on "
        "the network can join.",
    },
    "serve.join_title": {"nl": "Doe mee", "en": "Join"},
    "serve.join_hint": {
        "nl": "Scan de QR-code of open de link, en typ je naam.",
        "en": "Scan the QR code or open the link, then type your name.",
    },
    "serve.join_code": {"nl": "Code: {code}", "en": "Code: {code}"},
    "serve.no_code": {
        "nl": "Deze workshop wordt niet gedeeld: start `klantreis serve` om een zaal mee te "
        "laten doen.",
        "en": "This workshop is not being served: start `klantreis serve` to let a room join.",
    },
}
