// Who acted on a measure and with what stance: one row per actor and kind of act, with its evidence count.
// @param measure null
MATCH (m:Measure)
WHERE m.id = $measure OR toLower(m.name) = toLower($measure)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($measure))
MATCH (a:Entity)-[r]->(m)
RETURN a.name AS actor, a.type AS actor_type, type(r) AS action, coalesce(r.stance, '') AS stance,
       size(r.evidence_quotes) AS quotes, coalesce(r.first_seen, '') AS first_seen
ORDER BY actor, action, first_seen
