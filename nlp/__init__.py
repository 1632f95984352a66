"""Text → clinical facts (sections, entities with assertion, lab results, codes, embeddings)."""
