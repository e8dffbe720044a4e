"""What the improvement page's sections share: their guide and CSS names."""

from __future__ import annotations

from ..section import Section


class ImprovementSection(Section):
    """A section of the improvement page: its guide is `guide.improvement_<key>`."""

    page = "improvement"

    @property
    def guide_area(self) -> str:  # type: ignore[override]
        return f"improvement_{self.key}"

    @property
    def title(self) -> str:
        return self.label("improvement.section", self.key)
