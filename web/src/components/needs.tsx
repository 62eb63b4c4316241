import type { IdeaJson } from '../types.js';

const label = { own: 'yours', lent: 'lent', new: 'new' } as const;

/** The abilities an idea needs, coloured by where they stand in the repertoire, and how each is used. */
export function Needs({ needs }: { needs: IdeaJson['needs'] }) {
  if (needs.length === 0) return <p className="muted">No abilities listed.</p>;
  return (
    <ul className="needs">
      {needs.map((need) => (
        <li key={need.name}>
          <span className={`need need-${need.status}`}>
            {need.name}
            <span className="need-status">{label[need.status as keyof typeof label] ?? need.status}</span>
          </span>
          {need.how && <span className="need-how small">{need.how}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Reach as a bar and a percentage: the share of needs that are not the person's own. */
export function Meter({ value, label: name }: { value: number; label: string }) {
  const percent = Math.round(value * 100);
  return (
    <span className="meter">
      <span className="meter-name">{name}</span>
      <meter min={0} max={1} value={value} aria-label={`${name} ${percent}%`} />
      <span className="meter-value">{percent}%</span>
    </span>
  );
}
