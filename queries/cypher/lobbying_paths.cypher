// Lobbying paths to shelved measures: an influence act reaching the measure directly, or through one more actor.
// @param statuses ["shelved"]
// @param influence vocabulary:influence
MATCH p = (a:Entity)-[*1..2]->(m:Measure)
WHERE m.status IN $statuses AND type(relationships(p)[0]) IN $influence
WITH a, m, relationships(p) AS rs, nodes(p) AS ns
RETURN a.name AS actor, a.type AS actor_type, type(rs[0]) AS first_step,
       coalesce(rs[0].stance, '') AS stance,
       CASE WHEN size(rs) = 2 THEN ns[1].name ELSE '' END AS via,
       CASE WHEN size(rs) = 2 THEN type(rs[1]) ELSE '' END AS then_step,
       m.name AS measure, m.status AS status,
       coalesce(rs[0].first_seen, '') AS date, rs[0].evidence_quotes[0] AS quote
ORDER BY measure, actor, via, first_step, then_step, date
