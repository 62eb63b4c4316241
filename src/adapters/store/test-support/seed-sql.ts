/** One goal ('g1') and one reach idea under it ('i1'), as SQL any schema from 003 on accepts. */
export const goalAndIdeaSql = `
  INSERT INTO goals (id, text, domain, model, notes, created_at) VALUES ('g1', 'a ballad', 'jazz', 'm', '[]', 0);
  INSERT INTO ideas (id, goal_id, idea_set, position, title, pitch, lens, needs, reach, novelty, created_at)
    VALUES ('i1', 'g1', 'reach', 0, 'Ballad', 'A ballad.', 'a singer', '[]', 0.5, 0.5, 0);
`;

/** A failed artifact of `format` under the idea of {@link goalAndIdeaSql}, as the artifact store takes it. */
export const artifactOfFormat = (format: string) => ({
  id: `x-${format}`,
  ideaId: 'i1',
  format,
  title: 'T',
  passed: false,
  abilities: [],
  model: 'm',
  createdAt: new Date(0),
});
