"""The resolve stage: duplicates, stories, entities, events and claims across the knowledge base."""

from newsgraph.resolve.metrics import pairwise_scores
from newsgraph.resolve.resolver import Resolver, ResolveReport

__all__ = ["ResolveReport", "Resolver", "pairwise_scores"]
