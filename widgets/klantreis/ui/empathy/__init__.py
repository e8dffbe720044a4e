"""The empathy page: walk the journey as the persona, rate each step, watch the curve grow."""
