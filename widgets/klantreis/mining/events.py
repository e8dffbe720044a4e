"""Behaviour data: event logs (CRM, web analytics, e-mail clicks, orders) combined by customer.

Each source is an event file with its own columns and its own event labels; all sources land
in one `events` table (source, customer, time, event), so a customer who clicked an e-mail
and later ordered in the shop is one customer. Events reach the map through each source's
label rules; what happens on the map is then measured per customer:

- reach: customers (and events) per step; steps nobody reached are reported;
- funnel: customers per top-level phase and the share of the previous phase's customers who
  reached this phase at or after they first reached the previous one;
- time between steps: the median time from a customer's first event at a step to their first
  event at the next step that appears in the data (non-touchpoints never log events);
- paths: the steps a customer reached, in the order they first reached them, most common
  first;
- drop-out: the step of a customer's latest mapped event (the last step is completion);
- events whose label matches no rule: touchpoints the map may be missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from .engine import Progress, connect
from .loading import LoadedFile, open_with
from .mapping import JourneyMap, resolve
from .report import ImportReport
from .settings import SourceSettings
from .surveys import _settings

PATH_SEPARATOR = " → "


@dataclass
class EventData:
    """Checked event files combined in one `events` table, with one problems report."""

    con: duckdb.DuckDBPyConnection
    sources: list[SourceSettings]
    names: list[str]
    report: ImportReport

    @classmethod
    def load(cls, sources: Sequence[SourceSettings | dict[str, Any]], *, language: str = "en",
             progress: Progress | None = None) -> EventData:
        """Read and check every event file (each read once), then combine them by customer
        id."""
        con = connect()
        settings = [_settings(s, language) for s in sources]
        loaded = [open_with(s, language=language, con=con, keep_text=False,
                            progress=_part(progress, i, len(settings)))
                  for i, s in enumerate(settings)]
        return cls.from_files(list(zip(loaded, settings, strict=True)), language=language,
                              progress=progress, keep_raw=False)

    @classmethod
    def from_files(cls, files: Sequence[tuple[LoadedFile, SourceSettings]], *,
                   language: str = "en", progress: Progress | None = None,
                   keep_raw: bool = True) -> EventData:
        """Check opened files (all in one engine) and combine them; any unreadable file or
        wrong mapping raises before anything is combined. Without `keep_raw` the files'
        text copies are dropped once checked, which halves the memory of a big import."""
        if not files:
            raise ValueError("no event files")
        con = files[0][0].con
        checks = [loaded.check(s, f"events{i}", language=language,
                               progress=_part(progress, i, len(files)))
                  for i, (loaded, s) in enumerate(files)]
        names = [loaded.raw.file for loaded, _ in files]
        if not keep_raw:
            for loaded, _ in files:
                con.execute(f"DROP TABLE IF EXISTS {loaded.raw.table}")
        selects = [f"SELECT {i} AS source, customer, time, event FROM events{i}_clean"
                   for i in range(len(files))]
        con.execute(f"CREATE OR REPLACE VIEW events AS {' UNION ALL '.join(selects)}")
        notes = [n for loaded, _ in files for n in loaded.raw.notes]
        notes += [n for c in checks for n in c.notes]
        report = ImportReport(sum(c.rows for c in checks), sum(c.kept for c in checks),
                              sum(c.problems for c in checks), notes, con,
                              [f"events{i}_problems" for i in range(len(files))])
        return cls(con, [s for _, s in files], names, report)

    # -- mapping --------------------------------------------------------------------------

    def labels(self) -> pd.DataFrame:
        """Distinct (source, event label) with events and customers, most events first."""
        return self.con.execute(
            "SELECT source, event, count(*) AS events, count(DISTINCT customer) AS customers "
            "FROM events GROUP BY ALL ORDER BY events DESC, event").df()

    def _map(self, journey: JourneyMap) -> None:
        """(Re)build `mapped`: each event with its step's journey order and phase order."""
        labels = self.labels()
        parts = []
        for index, settings in enumerate(self.sources):
            mine = labels[labels["source"] == index]
            resolved = resolve(list(mine["event"]), settings.labels, journey)
            parts.append(resolved.assign(source=index))
        table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        steps = journey.steps[["step_id", "order", "top_phase_id"]]
        phases = journey.phases[["phase_id", "phase_order"]]
        table = table.merge(steps, on="step_id", how="left").merge(
            phases, left_on="top_phase_id", right_on="phase_id", how="left",
            suffixes=("", "_top"))
        event_map = pd.DataFrame({
            "source": table["source"].astype("int64"),
            "event": table["label"].astype(object),
            "step_order": table["order"].astype("Int64"),
            "phase_order": table["phase_order"].astype("Int64"),
        })
        self.con.register("event_map_frame", event_map)
        self.con.execute("CREATE OR REPLACE TABLE event_map AS SELECT * FROM event_map_frame")
        self.con.unregister("event_map_frame")
        self.con.execute(
            "CREATE OR REPLACE TABLE mapped AS SELECT e.customer, e.time, m.step_order, "
            "m.phase_order FROM events e JOIN event_map m USING (source, event) "
            "WHERE m.step_order IS NOT NULL")
        self.con.execute(
            "CREATE OR REPLACE TABLE firsts AS SELECT customer, step_order, min(time) AS t "
            "FROM mapped GROUP BY ALL")

    # -- analysis -------------------------------------------------------------------------

    def behaviour(self, journey: JourneyMap, top_paths: int = 10) -> Behaviour:
        """Everything the behaviour section shows, for one journey."""
        self._map(journey)
        customers = int(self.con.execute(
            "SELECT count(DISTINCT customer) FROM events").fetchone()[0])
        reach = self._reach(journey)
        return Behaviour(
            customers=customers,
            reach=reach,
            funnel=self._funnel(journey),
            times=self._times(journey, reach),
            paths=self._paths(journey, top_paths),
            unmatched=self._unmatched(),
            unseen=reach[reach["customers"] == 0].reset_index(drop=True),
        )

    def _reach(self, journey: JourneyMap) -> pd.DataFrame:
        counts = self.con.execute(
            "SELECT step_order, count(DISTINCT customer) AS customers, count(*) AS events "
            "FROM mapped GROUP BY step_order").df()
        last = self.con.execute(
            "SELECT step_order, count(*) AS last_here FROM (SELECT customer, "
            "arg_max(step_order, t) AS step_order FROM firsts GROUP BY customer) "
            "GROUP BY step_order").df()
        steps = journey.steps[["step_id", "step_name", "top_phase_name", "kind", "order"]]
        frame = steps.rename(columns={"order": "step_order"}).astype({"step_order": "int64"})
        for extra in (counts, last):
            frame = frame.merge(extra.astype({"step_order": "int64"}), on="step_order",
                                how="left")
        frame = frame.fillna({"customers": 0, "events": 0, "last_here": 0})
        frame = frame.astype({"customers": "int64", "events": "int64", "last_here": "int64"})
        reached = frame["customers"].where(frame["customers"] > 0)
        frame["dropout"] = (frame["last_here"] / reached).astype("Float64")
        return frame.rename(columns={"step_order": "order"})

    def _funnel(self, journey: JourneyMap) -> pd.DataFrame:
        counts = self.con.execute(
            "WITH p AS (SELECT customer, phase_order, min(time) AS t FROM mapped GROUP BY ALL) "
            "SELECT a.phase_order, count(*) AS customers, count(b.customer) AS onward "
            "FROM p a LEFT JOIN p b ON a.customer = b.customer "
            "AND b.phase_order = a.phase_order + 1 AND b.t >= a.t GROUP BY a.phase_order"
        ).df()
        frame = journey.phases.astype({"phase_order": "int64"}).merge(
            counts.astype({"phase_order": "int64"}), on="phase_order", how="left")
        frame = frame.fillna({"customers": 0, "onward": 0}).astype(
            {"customers": "int64", "onward": "int64"})
        previous = frame["customers"].shift(1)
        came = frame["onward"].shift(1)
        frame["conversion"] = (came / previous.where(previous > 0)).astype("Float64")
        return frame.drop(columns="onward")

    def _times(self, journey: JourneyMap, reach: pd.DataFrame) -> pd.DataFrame:
        seen = [int(o) for o in reach.loc[reach["customers"] > 0, "order"]]
        pairs = pd.DataFrame({"a": seen[:-1], "b": seen[1:]}, dtype="int64")
        self.con.register("step_pairs", pairs)
        times = self.con.execute(
            "SELECT p.a, p.b, count(*) AS customers, "
            "median(epoch(y.t) - epoch(x.t)) / 3600.0 AS median_hours FROM step_pairs p "
            "JOIN firsts x ON x.step_order = p.a JOIN firsts y ON y.customer = x.customer "
            "AND y.step_order = p.b AND y.t >= x.t GROUP BY p.a, p.b").df()
        self.con.unregister("step_pairs")
        names = dict(zip(journey.steps["order"].astype(int), journey.steps["step_name"],
                         strict=True))
        frame = pairs.merge(times, on=["a", "b"], how="left").fillna({"customers": 0})
        return pd.DataFrame({
            "from_step": [names[a] for a in frame["a"]],
            "to_step": [names[b] for b in frame["b"]],
            "customers": frame["customers"].astype("int64"),
            "median_hours": frame["median_hours"].astype("Float64"),
        })

    def _paths(self, journey: JourneyMap, top: int) -> pd.DataFrame:
        paths = self.con.execute(
            "SELECT path, count(*) AS customers FROM (SELECT customer, "
            "list(step_order ORDER BY t, step_order) AS path FROM firsts GROUP BY customer) "
            f"GROUP BY path ORDER BY customers DESC, path LIMIT {int(top)}").df()
        total = int(self.con.execute(
            "SELECT count(DISTINCT customer) FROM firsts").fetchone()[0]) or 1
        names = dict(zip(journey.steps["order"].astype(int), journey.steps["step_name"],
                         strict=True))
        return pd.DataFrame({
            "path": [PATH_SEPARATOR.join(str(names[int(o)]) for o in p) for p in paths["path"]],
            "steps": [len(p) for p in paths["path"]],
            "customers": paths["customers"].astype("int64"),
            "share": (paths["customers"] / total).astype("Float64"),
        })

    def _unmatched(self) -> pd.DataFrame:
        frame = self.con.execute(
            "SELECT source, event, count(*) AS events, count(DISTINCT customer) AS customers "
            "FROM events e LEFT JOIN event_map m USING (source, event) "
            "WHERE m.step_order IS NULL GROUP BY ALL ORDER BY events DESC, event").df()
        frame["source"] = [self.names[int(i)] for i in frame["source"]]
        return frame


@dataclass
class Behaviour:
    """The behaviour views of one journey (see the module's description)."""

    customers: int
    reach: pd.DataFrame
    funnel: pd.DataFrame
    times: pd.DataFrame
    paths: pd.DataFrame
    unmatched: pd.DataFrame
    unseen: pd.DataFrame


def _part(progress: Progress | None, index: int, count: int) -> Progress | None:
    """A progress callback for file `index` of `count`, within the whole."""
    if progress is None:
        return None

    def report(done: float, stage: str) -> None:
        progress((index + done) / count, stage)

    return report
