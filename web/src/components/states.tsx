import type { ReactNode } from 'react';
import { ApiError } from '../api.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="state loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error in words, with what to do about it when the kind of error says. */
export function ErrorNote({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const hint =
    error instanceof ApiError && error.status === 401
      ? 'Open the link that `chops serve` printed in your terminal to sign this browser in.'
      : error instanceof ApiError && error.code === 'no_model'
        ? 'Choose a model on the Settings page.'
        : undefined;
  return (
    <div className="state error" role="alert">
      <strong>Something went wrong.</strong> {error.message}
      {hint && <p className="hint">{hint}</p>}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What an empty list means and what to do next. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state empty">
      <strong>{title}</strong>
      {children && <div>{children}</div>}
    </div>
  );
}

/** Messages from a running operation, newest last. */
export function Progress({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ol className="progress" aria-live="polite">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: progress lines only ever grow at the end
        <li key={i} className={i === lines.length - 1 ? 'current' : 'done'}>
          {line}
        </li>
      ))}
    </ol>
  );
}
