CALL db.idx.fulltext.createNodeIndex('Chunk', 'text')
