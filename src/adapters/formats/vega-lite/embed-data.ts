type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The spec with the person's data files put in as inline values: every `"data": {"name": …}` that names
 * a file (by its name, or its name without the extension) gets that file's rows, and a spec with no data
 * of its own at all gets the only file's rows. The artifact then carries its data, so it draws the same
 * wherever it is opened. Content that is not a JSON object is returned as it is, for the check to fail.
 */
export function embedData(
  content: string,
  files: readonly { name: string; values: readonly object[] }[],
): string {
  let spec: unknown;
  try {
    spec = JSON.parse(content);
  } catch {
    return content;
  }
  if (!isObject(spec) || files.length === 0) return content;
  const byName = new Map<string, readonly object[]>();
  for (const file of files) {
    byName.set(file.name, file.values);
    byName.set(file.name.replace(/\.[^.]+$/, ''), file.values);
  }
  let named = false;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'data' && isObject(child) && typeof child.name === 'string' && byName.has(child.name)) {
        const { name: _name, ...rest } = child;
        value[key] = { ...rest, values: byName.get(child.name) };
        named = true;
      } else visit(child);
    }
  };
  visit(spec);
  if (!named && !JSON.stringify(spec).includes('"data"') && files.length === 1)
    spec = { ...spec, data: { values: files[0]!.values } };
  return JSON.stringify(spec, null, 2);
}
