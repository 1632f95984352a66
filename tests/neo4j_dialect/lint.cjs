// Reads [{name, text}] as JSON on stdin; prints [{name, errors}] with Neo4j 5's syntax and semantic
// errors for each statement (undefined-parameter notices excluded: parameters come from the driver).
const { lintCypherQuery, isNotParamError } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ name, text }) => {
    const { diagnostics } = lintCypherQuery(text, {});
    const errors = diagnostics.filter((d) => d.severity === 1 && isNotParamError(d)).map((d) => d.message);
    return { name, errors };
  });
  process.stdout.write(JSON.stringify(results));
});
