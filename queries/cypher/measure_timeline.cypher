// A measure's timeline: every act on the measure (status changes, lobbying, sponsorship), oldest first.
// @param measure null
MATCH (m:Measure)
WHERE m.id = $measure OR toLower(m.name) = toLower($measure)
   OR any(alias IN m.aliases WHERE toLower(alias) = toLower($measure))
MATCH (a:Entity)-[r]->(m)
RETURN coalesce(r.first_seen, '') AS date, type(r) AS event, coalesce(r.status, '') AS status,
       a.name AS actor, m.name AS measure, r.evidence_quotes[0] AS quote, r.evidence_documents[0] AS document
ORDER BY date, event, actor
