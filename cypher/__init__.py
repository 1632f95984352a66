"""Every Cypher statement Clinigraph runs, one statement per `.cypher` file.

`name.cypher` is shared by both engines; `name.<backend>.cypher` overrides it where the dialects
differ. Migrations live in `migrations/<backend>/NNNN_name.(cypher|constraint)`.
"""
