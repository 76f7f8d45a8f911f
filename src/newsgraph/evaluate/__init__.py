"""Evaluation against gold data: extraction, cleaning, coreference, stories."""
