import { useEffect, useState } from 'react';

/**
 * Untrusted SVG (a chart the server drew from a model's spec) shown as an <img> of a blob: an image
 * never runs scripts or loads anything, whatever the SVG holds.
 */
export function SvgImage({ svg, alt }: { svg: string; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [svg]);
  return url ? <img className="chart" src={url} alt={alt} data-testid="chart" /> : null;
}
