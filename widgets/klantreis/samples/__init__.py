"""Sample workshops a newcomer can open at once: a mountain bike, a hotel stay and a fridge,
each with participants' ratings, ideas and votes, and synthetic customer data to mine.

All content is made up: every workshop is stored with ``synthetic=True`` and says so in its
goal, and the customer files say so in their names. The content of each sample is a data file
in this folder (`shapes` reads it); `builder` puts it into a store; `mining` writes the
customer files.

    from klantreis.samples import build_all
    build_all(store)            # or: klantreis samples
"""

from .builder import DEFAULT_SEED, SAMPLES, build_all, build_sample
from .shapes import SAMPLE_KEYS, load_sample

__all__ = ["DEFAULT_SEED", "SAMPLES", "SAMPLE_KEYS", "build_all", "build_sample", "load_sample"]
