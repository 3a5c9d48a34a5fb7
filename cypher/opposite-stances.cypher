// opposite-stances: Who takes opposite sides on one topic?
// Pairs of holders with a supporting and an opposing stance on the same topic (topic words or
// target entity), with both topics as stated.
// @param topic string  words of the topic (e.g. "Ukraine"), or the key or name of the target entity
MATCH (pro:Stance {polarity: 'support'})-[:HELD_BY]->(supporter),
      (con:Stance {polarity: 'oppose'})-[:HELD_BY]->(opponent)
WHERE supporter <> opponent
OPTIONAL MATCH (pro)-[:TOWARD]->(proTarget)
OPTIONAL MATCH (con)-[:TOWARD]->(conTarget)
WITH pro, con, supporter, opponent, proTarget, conTarget
WHERE (toLower(pro.topic) CONTAINS toLower($topic) OR proTarget.key = $topic OR toLower(proTarget.name) = toLower($topic))
  AND (toLower(con.topic) CONTAINS toLower($topic) OR conTarget.key = $topic OR toLower(conTarget.name) = toLower($topic))
RETURN supporter.name AS supporter, pro.topic AS supports,
       opponent.name AS opponent, con.topic AS opposes,
       CASE WHEN proTarget = conTarget THEN proTarget.name ELSE null END AS sharedTarget
ORDER BY supporter, opponent, supports, opposes
