CALL db.indexes() YIELD label, status
RETURN label AS name, status
