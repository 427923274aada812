// An actor's neighbourhood: every relationship in or out of the actor, with the other end and a quote.
// @param actor null
MATCH (a:Entity)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($actor))
MATCH (a)-[r]-(b:Entity)
RETURN CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction, type(r) AS relation,
       coalesce(r.stance, '') AS stance, b.name AS other, b.type AS other_type,
       coalesce(r.first_seen, '') AS date, r.evidence_quotes[0] AS quote
ORDER BY other, relation, direction, date
