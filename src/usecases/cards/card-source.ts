import type { Card } from '../../domain/practice/card.js';
import type { CardDeps } from './card-deps.js';

/**
 * Where a card came from, so that it makes sense out of context ("In the head's bar 4…"): its trick with
 * the explanation and example, its ability, and the artifact, idea and goal the trick was learned from
 * (null when the trick was not learned from an artifact, or the artifact is gone).
 */
export interface CardSource {
  trick: { id: string; name: string; explanation: string; example: string; format: string };
  ability: { id: string; name: string; domain: string };
  artifact: { id: string; title: string; format: string } | null;
  idea: { id: string; title: string } | null;
  goal: { id: string; text: string } | null;
}

export function cardSource(
  card: Pick<Card, 'trickId' | 'abilityId'>,
  deps: Pick<CardDeps, 'practice' | 'repertoire' | 'artifacts' | 'ideas'>,
): CardSource {
  const trick = deps.practice.getTrick(card.trickId);
  const ability = deps.repertoire.getAbility(card.abilityId);
  const artifact = trick?.artifactId ? deps.artifacts.getArtifact(trick.artifactId) : undefined;
  const idea = artifact ? deps.ideas.getIdea(artifact.ideaId) : undefined;
  const goal = idea ? deps.ideas.getGoal(idea.goalId) : undefined;
  return {
    trick: {
      id: card.trickId,
      name: trick?.name ?? '',
      explanation: trick?.explanation ?? '',
      example: trick?.example ?? '',
      format: trick?.format ?? '',
    },
    ability: { id: card.abilityId, name: ability?.name ?? '', domain: ability?.domain ?? '' },
    artifact: artifact ? { id: artifact.id, title: artifact.title, format: artifact.format } : null,
    idea: idea ? { id: idea.id, title: idea.title } : null,
    goal: goal ? { id: goal.id, text: goal.text } : null,
  };
}

/** One line: "trick · artifact · idea · goal", for the terminal. */
export function sourceLine(source: CardSource): string {
  return [
    `trick "${source.trick.name}"`,
    source.artifact && `artifact "${source.artifact.title}" [${source.artifact.id}]`,
    source.idea && source.idea.title !== source.artifact?.title && `idea "${source.idea.title}"`,
    source.goal && `goal "${source.goal.text}"`,
  ]
    .filter(Boolean)
    .join(' · ');
}
