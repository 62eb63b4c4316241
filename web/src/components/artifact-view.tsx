import type { AttemptJson, FormatJson } from '../types.js';
import { AbcScore } from './abc-score.js';
import { SvgImage } from './svg-image.js';

/**
 * One attempt at an artifact, shown as what its format's display says it is: a score, an image (a
 * chart), a document, or code and its output.
 */
export function ArtifactView({
  display,
  attempt,
  title,
}: {
  display: FormatJson['display'];
  attempt: AttemptJson;
  title: string;
}) {
  const source = (
    <details className="source" open={display === 'code'}>
      <summary>Source</summary>
      <pre>
        <code>{attempt.content}</code>
      </pre>
    </details>
  );
  if (display === 'score')
    return (
      <>
        <AbcScore abc={attempt.content} />
        {source}
      </>
    );
  if (display === 'image')
    return (
      <>
        {attempt.output ? (
          <SvgImage svg={attempt.output} alt={`Chart: ${title}`} />
        ) : (
          <p className="muted">This attempt could not be drawn.</p>
        )}
        {source}
      </>
    );
  if (display === 'document')
    return (
      <>
        {attempt.output !== null && (
          <div
            className="document"
            data-testid="document"
            // The Markdown checker's output: HTML already sanitised on the server (text, lists,
            // tables and plain links only), and the CSP forbids any script that slipped through.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the markdown checker
            dangerouslySetInnerHTML={{ __html: attempt.output }}
          />
        )}
        {source}
      </>
    );
  return (
    <>
      {source}
      <h3>Output</h3>
      <pre className="output" data-testid="output">
        {attempt.output || '(no output)'}
      </pre>
    </>
  );
}
