"""Synthetic survey and event files for the three sample workshops, from a seeded generator.

Everything here is made up (the file names say `synthetic`, and sample_data/mining/README.md
says so too). Each sample tells a story against its map, so the mining views have something
to find:

- hotel: the team thinks checking in is fine (6.0), guests score it poorly; after the room
  checklist went live on 1 June 2024, scores on the website and confirmation rise;
- mountainbike: the team doubts the test ride (6.4), riders love it; the wait is as bad as
  the team thinks; the delivery tracker went live on 1 June 2024;
- fridge: the team rates choosing a delivery slot at 5.6, customers much lower (nobody asked
  about the old fridge); asking about disposal at checkout went live on 1 June 2024.

Each file also holds a few bad rows (a score off the scale, an empty customer id, an
impossible date, a repeated row), so the problems report has something to show.

    python -m klantreis.samples.mining sample_data/mining
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..mining.reading import header_names
from ..mining.settings import SourceSettings
from .shapes import DEFAULT_SEED, SAMPLE_KEYS, load_sample

START = dt.datetime(2024, 1, 8, 9, 0)
GO_LIVE = dt.date(2024, 6, 1)
DAYS = 266  # to the end of September 2024
SAMPLE_DIR = Path(__file__).resolve().parents[3] / "sample_data" / "mining"


@dataclass(frozen=True)
class Stage:
    """A label in the customers' data, the step it belongs to, the customers' true score
    (1–10) before the go-live and the change after it; `contact`: FCR is asked."""

    label: str
    step: str
    score: float
    after: float = 0.0
    contact: bool = False
    weight: float = 1.0


@dataclass(frozen=True)
class EventSource:
    """An event file: its name, how it writes times, and (event label, step key or None)."""

    file: str
    time_format: str
    events: tuple[tuple[str, str | None], ...]
    delimiter: str = ","


@dataclass(frozen=True)
class MiningSample:
    key: str
    survey_file: str
    header: tuple[tuple[str, ...], ...]  # header rows; the first row names the columns
    roles: dict[str, str]  # role -> column (its name in the first header row)
    date_format: str
    delimiter: str
    stages: tuple[Stage, ...]
    sources: tuple[EventSource, ...]
    flow: tuple[str, ...]  # event step keys in journey order, for the behaviour walk
    keep: float  # chance a customer goes on to the next step
    bom: bool = False
    yes_no: tuple[str, str] = ("Yes", "No")


_HOTEL = MiningSample(
    key="hotel",
    survey_file="hotel_survey_synthetic.csv",
    header=(("ResponseId", "GuestId", "EndDate", "Stage", "Q1", "Q2", "Q3", "Q4", "Q5"),
            ("Response ID", "Guest ID", "Completed", "Which part of your stay is this about?",
             "How likely are you to recommend us? (0-10)", "How satisfied were you? (1-5)",
             "It was easy to get what I needed (1-7)", "Was your question resolved at once?",
             "Anything else?")),
    roles={"customer": "GuestId", "date": "EndDate", "label": "Stage", "nps": "Q1",
           "csat": "Q2", "ces": "Q3", "fcr": "Q4", "text": "Q5"},
    date_format="%Y-%m-%d %H:%M",
    delimiter=",",
    stages=(
        Stage("Hotel website", "website", 5.2, after=1.8),
        Stage("Booking", "book", 7.3),
        Stage("Booking confirmation", "confirmation", 6.0, after=1.5),
        Stage("Questions before arrival", "ask", 4.6, contact=True),
        Stage("Check-in", "check_in", 3.4, weight=1.6),
        Stage("Room", "room", 6.8),
        Stage("Wi-Fi and desk", "work", 6.9),
        Stage("Breakfast", "breakfast", 8.7),
        Stage("Check-out", "check_out", 7.8),
        Stage("Invoice", "invoice", 5.4, contact=True),
    ),
    sources=(
        EventSource("hotel_web_events_synthetic.csv", "%Y-%m-%dT%H:%M:%S", (
            ("search_landing", "search"), ("page_view:/rooms", "website"),
            ("booking_completed", "book"), ("email_open:confirmation", "confirmation"),
            ("newsletter_signup", None), ("page_view:/spa", None))),
        EventSource("hotel_crm_events_synthetic.csv", "%d/%m/%Y %H:%M", (
            ("Guest e-mail received", "ask"), ("Check-in", "check_in"),
            ("Room key issued", "room"), ("Breakfast voucher used", "breakfast"),
            ("Check-out", "check_out"), ("Invoice sent", "invoice"),
            ("Parking ticket issued", None))),
    ),
    flow=("search", "website", "book", "confirmation", "ask", "check_in", "room",
          "breakfast", "check_out", "invoice"),
    keep=0.9,
)

_MTB = MiningSample(
    key="mountainbike",
    survey_file="mountainbike_enquete_synthetic.csv",
    header=(("Respondent", "Klantnummer", "Datum", "Contactmoment", "Aanbevelen (0-10)",
             "Tevredenheid (1-5)", "Gemak (1-7)", "Opgelost bij eerste contact",
             "Toelichting"),),
    roles={"customer": "Klantnummer", "date": "Datum", "label": "Contactmoment",
           "nps": "Aanbevelen (0-10)", "csat": "Tevredenheid (1-5)", "ces": "Gemak (1-7)",
           "fcr": "Opgelost bij eerste contact", "text": "Toelichting"},
    date_format="%d-%m-%Y",
    delimiter=";",
    stages=(
        Stage("Website", "browse", 5.8),
        Stage("Webchat", "chat", 5.4, contact=True),
        Stage("Proefrit plannen", "book_ride", 7.2),
        Stage("Proefrit", "test_ride", 8.6, weight=1.5),
        Stage("Bikefitting", "bike_fit", 8.0),
        Stage("Bestelling", "order", 7.4),
        Stage("Levertijd (telefoon)", "call", 3.2, after=2.6, contact=True, weight=1.4),
        Stage("Ophalen", "collect", 8.4),
        Stage("Onderhoudsbeurt", "service", 5.6),
    ),
    sources=(
        EventSource("mountainbike_web_events_synthetic.csv", "%Y-%m-%d %H:%M:%S", (
            ("bezoek_productpagina", "browse"), ("chat_gestart", "chat"),
            ("proefrit_geboekt", "book_ride"), ("nieuwsbrief_aanmelding", None),
            ("maatadvies_tool", None))),
        EventSource("mountainbike_winkel_events_synthetic.csv", "%d-%m-%Y %H:%M", (
            ("Proefrit gereden", "test_ride"), ("Bikefit", "bike_fit"),
            ("Aanbetaling", "order"), ("Telefoontje levertijd", "call"),
            ("Fiets opgehaald", "collect"), ("Onderhoud", "service")), delimiter=";"),
    ),
    flow=("browse", "chat", "book_ride", "test_ride", "bike_fit", "order", "call", "collect",
          "service"),
    keep=0.86,
    bom=True,
    yes_no=("Ja", "Nee"),
)

_FRIDGE = MiningSample(
    key="fridge",
    survey_file="fridge_survey_synthetic.csv",
    header=(("id", "customer", "date", "touchpoint", "nps", "csat", "ces", "resolved",
             "comment"),),
    roles={"customer": "customer", "date": "date", "label": "touchpoint", "nps": "nps",
           "csat": "csat", "ces": "ces", "fcr": "resolved", "text": "comment"},
    date_format="%m/%d/%Y",
    delimiter=",",
    stages=(
        Stage("Website search", "search", 6.2),
        Stage("Compare page", "compare", 6.6),
        Stage("Store visit", "store", 7.8),
        Stage("Online order", "order", 7.2),
        Stage("Checkout - delivery slot", "slot", 3.1, after=2.8, weight=1.5),
        Stage("Installation", "install", 8.8),
        Stage("Disposal call", "disposal", 4.0, contact=True),
        Stage("Service call", "service_call", 6.4, contact=True),
        Stage("Review request", "review", 5.8),
    ),
    sources=(
        EventSource("fridge_web_events_synthetic.csv", "%Y-%m-%dT%H:%M:%S", (
            ("search", "search"), ("compare_view", "compare"), ("order_placed", "order"),
            ("delivery_slot_chosen", "slot"), ("wishlist_add", None))),
        EventSource("fridge_service_events_synthetic.csv", "%m/%d/%Y %H:%M", (
            ("STORE_VISIT", "store"), ("DELIVERED", "install"), ("DISPOSAL_CALL", "disposal"),
            ("SERVICE_CALL", "service_call"), ("REVIEW_MAIL", "review"),
            ("EXTENDED_WARRANTY_SOLD", None))),
    ),
    flow=("search", "compare", "store", "order", "slot", "install", "disposal",
          "service_call", "review"),
    keep=0.88,
)

MINING_SAMPLES: dict[str, MiningSample] = {s.key: s for s in (_MTB, _HOTEL, _FRIDGE)}


# -- surveys ------------------------------------------------------------------------------


def _answers(score: float, rng: random.Random) -> tuple[int, int, int]:
    """NPS (0–10), CSAT (1–5) and CES (1–7) answers around one true 1–10 score."""
    share = (score - 1) / 9
    feel = min(max(share + rng.gauss(0, 0.16), 0.0), 1.0)
    nps = round(feel * 10)
    csat = round(1 + 4 * min(max(feel + rng.gauss(0, 0.08), 0.0), 1.0))
    ces = round(1 + 6 * min(max(feel + rng.gauss(0, 0.1), 0.0), 1.0))
    return nps, csat, ces


def survey_rows(sample: MiningSample, rng: random.Random, count: int = 1800
                ) -> list[list[str]]:
    """The survey's data rows, in time order, with a few bad ones mixed in."""
    weights = [s.weight for s in sample.stages]
    rows = []
    for index in range(count):
        moment = START + dt.timedelta(minutes=rng.randrange(DAYS * 24 * 60))
        stage = rng.choices(sample.stages, weights)[0]
        score = stage.score + (stage.after if moment.date() >= GO_LIVE else 0.0)
        nps, csat, ces = _answers(score, rng)
        fcr = ""
        if stage.contact:
            fcr = sample.yes_no[0] if rng.random() < (score - 1) / 9 + 0.1 else sample.yes_no[1]
        rows.append([f"R{index + 1:05d}", f"C{rng.randrange(1, 1400):05d}",
                     moment.strftime(sample.date_format), stage.label, str(nps), str(csat),
                     str(ces), fcr, ""])
    rows.sort(key=lambda r: r[0])
    return _spoil(rows, sample, rng)


def _spoil(rows: list[list[str]], sample: MiningSample, rng: random.Random
           ) -> list[list[str]]:
    """Real files are messy: a score off the scale, an empty id, an impossible date, a
    repeated row."""
    rows[rng.randrange(len(rows))][4] = "11"
    rows[rng.randrange(len(rows))][5] = "6"
    rows[rng.randrange(len(rows))][1] = ""
    rows[rng.randrange(len(rows))][2] = dt.date(2024, 2, 28).strftime(
        sample.date_format).replace("28", "31")
    copy = rng.randrange(len(rows))
    rows.insert(copy + 1, list(rows[copy]))
    return rows


# -- events -------------------------------------------------------------------------------


def event_rows(sample: MiningSample, rng: random.Random, customers: int = 700
               ) -> dict[str, list[list[str]]]:
    """Per event file, its rows: each customer walks the flow and may stop at each step;
    now and then an event the map does not know."""
    where = {step: (source, label) for source in sample.sources
             for label, step in source.events if step}
    extras = [(source, label) for source in sample.sources
              for label, step in source.events if step is None]
    files: dict[str, list[list[str]]] = {s.file: [] for s in sample.sources}
    for number in range(customers):
        customer = f"C{number + 1:05d}"
        moment = START + dt.timedelta(minutes=rng.randrange((DAYS - 30) * 24 * 60))
        for position, step in enumerate(sample.flow):
            if position and rng.random() > sample.keep:
                break
            moment += dt.timedelta(hours=rng.expovariate(1 / 20))
            source, label = where[step]
            files[source.file].append([customer, moment.strftime(source.time_format), label])
            if rng.random() < 0.12:
                source, label = rng.choice(extras)
                files[source.file].append([customer, moment.strftime(source.time_format),
                                           label])
    for rows in files.values():
        rows.sort(key=lambda r: (r[0], r[1]))
        rows[rng.randrange(len(rows))][0] = ""
        rows.insert(5, list(rows[4]))
    return files


# -- files and settings -------------------------------------------------------------------


def write(target: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write every sample's survey and event files into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in MINING_SAMPLES.values():
        rng = random.Random(f"{seed}-{sample.key}")
        written.append(_write_csv(target / sample.survey_file, list(sample.header),
                                  survey_rows(sample, rng), sample.delimiter, sample.bom))
        for source, rows in zip(sample.sources, event_rows(sample, rng).values(), strict=True):
            header = [("customer_id", "timestamp", "event")]
            written.append(_write_csv(target / source.file, header, rows, source.delimiter,
                                      False))
    return written


def _write_csv(path: Path, header: Sequence[Sequence[str]], rows: list[list[str]],
               delimiter: str, bom: bool) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerows([*header, *rows])
    return path


def sample_files(key: str, folder: Path | None = None) -> Path:
    """The folder with the sample files: `sample_data/mining` beside the package, or a cache
    folder written from the generator when the package is installed elsewhere."""
    folder = folder or SAMPLE_DIR
    sample = MINING_SAMPLES[key]
    if not (folder / sample.survey_file).exists():
        import tempfile

        folder = Path(tempfile.gettempdir()) / "klantreis-mining-samples"
        if not (folder / sample.survey_file).exists():
            write(folder)
    return folder


def step_ids(workshop: Any, key: str) -> dict[str, str]:
    """Sample step keys -> the workshop's step ids (by the steps' names)."""
    names = {step.key: step.name for step in load_sample(key).steps()}
    by_name = {str(n): str(i) for i, n in zip(workshop.frame("steps")["id"],
                                              workshop.frame("steps")["name"], strict=True)}
    return {k: by_name[n] for k, n in names.items() if n in by_name}


def sample_settings(workshop: Any, key: str, folder: Path | None = None
                    ) -> dict[str, SourceSettings]:
    """Ready-made settings (name -> settings) for a sample workshop's files."""
    sample = MINING_SAMPLES[key]
    folder = sample_files(key, folder)
    ids = step_ids(workshop, key)
    names = dict(zip(sample.header[0], header_names(sample.header), strict=True))
    survey = SourceSettings(
        kind="survey", file=str(folder / sample.survey_file), header_rows=len(sample.header),
        delimiter=sample.delimiter, date_order="auto",
        columns={role: names[column] for role, column in sample.roles.items()},
        labels=[(s.label, ids[s.step]) for s in sample.stages])
    found = {sample.survey_file: survey}
    for source in sample.sources:
        found[source.file] = SourceSettings(
            kind="events", file=str(folder / source.file), header_rows=1,
            delimiter=source.delimiter,
            columns={"customer": "customer_id", "time": "timestamp", "event": "event"},
            labels=[(label, ids[step]) for label, step in source.events if step])
    return found


def sample_key(workshop: Any) -> str | None:
    """Which sample a workshop is (a synthetic workshop with a sample's title), if any."""
    info = workshop.info()
    if not info.get("synthetic"):
        return None
    return next((k for k in SAMPLE_KEYS if load_sample(k).title == info["title"]), None)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for path in write(Path(args[0] if args else "sample_data/mining")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
