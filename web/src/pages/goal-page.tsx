import { ChecklistChips } from '../components/checklist-chips.js';
import { ErrorNote, Loading } from '../components/states.js';
import type { GoalDetailJson } from '../types.js';
import { useApi } from '../use-api.js';
import { IdeaSets } from './idea-sets.js';

/** An earlier goal with its ideas, as imagine showed them. */
export function GoalPage({ id }: { id: string }) {
  const goal = useApi<GoalDetailJson>(`/goals/${encodeURIComponent(id)}`);
  if (goal.error) return <ErrorNote error={goal.error} onRetry={goal.reload} />;
  if (!goal.data) return <Loading />;
  const { goal: g, solo, reach } = goal.data;
  return (
    <section>
      <h1>{g.text}</h1>
      <p className="muted">
        {g.domain} · imagined {new Date(g.createdAt).toLocaleString()} with {g.model}
      </p>
      <ChecklistChips goalId={g.id} onAnswered={goal.reload} />
      <IdeaSets goal={g.text} gain={g.gain} spread={g.spread} notes={g.notes} solo={solo} reach={reach} />
    </section>
  );
}
