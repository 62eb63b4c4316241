/**
 * Part of the trusted code that runs in each isolate (pasted into sandbox-runtime.ts): the standard
 * globals code reaches for out of habit, made from the language itself or from two host callbacks (a
 * clock and random bytes), and the removal of what the memory limit cannot bound. Relies on the
 * runtime's `g`, `host`, `write`, `format`, `safe`, `toText`, `isArray`, `getPrototypeOf`, `ErrorBase`,
 * `then` and `apply`.
 *
 * Removed: WebAssembly (its memory grows outside the isolate's heap limit), ArrayBuffer's `resize` and
 * SharedArrayBuffer's `grow` (resizable buffers reserve and commit memory outside it too). A resizable
 * buffer can still be made, but never grow past the length it is made with, which the limit counts.
 */
export const sandboxGlobalsSource = String.raw`
  const define = Object.defineProperty;
  const fill = (target, name, value) => {
    if (!(name in target)) define(target, name, { value, writable: true, configurable: true, enumerable: false });
  };
  delete g.WebAssembly;
  for (const [base, method] of [[g.ArrayBuffer, 'resize'], [g.SharedArrayBuffer, 'grow']])
    if (base) delete base.prototype[method];

  // console beyond log/info/warn/error/debug, as Node prints them (groups indent, timers in ms).
  const timers = new Map(), counts = new Map();
  const label = (value) => value === undefined ? 'default' : toText(value);
  console.group = (...values) => { if (values.length) write('log', values); indent += '  '; };
  console.groupCollapsed = console.group;
  console.groupEnd = () => { indent = indent.slice(0, -2); };
  console.dir = (value) => write('log', [format(value)]);
  console.trace = (...values) => write('error', ['Trace:', ...values]);
  console.assert = (condition, ...values) => {
    if (!condition) write('error', values.length ? ['Assertion failed:', ...values] : ['Assertion failed']);
  };
  console.count = (name) => { const key = label(name); counts.set(key, (counts.get(key) ?? 0) + 1); write('log', [key + ': ' + counts.get(key)]); };
  console.countReset = (name) => { counts.delete(label(name)); };
  console.time = (name) => { timers.set(label(name), host.now()); };
  const elapsed = (name, end, values) => {
    const key = label(name);
    if (!timers.has(key)) return write('warn', ['Timer "' + key + '" does not exist']);
    write('log', [key + ': ' + (host.now() - timers.get(key)).toFixed(3) + ' ms', ...values]);
    if (end) timers.delete(key);
  };
  console.timeLog = (name, ...values) => elapsed(name, false, values);
  console.timeEnd = (name) => elapsed(name, true, []);
  console.table = (data, columns) => {
    if (data === null || typeof data !== 'object') return write('log', [data]);
    const rows = [...(isArray(data) ? data.entries() : Object.entries(data))].slice(0, 1000);
    const keys = columns ?? [...new Set(rows.flatMap(([, row]) => row !== null && typeof row === 'object' ? Object.keys(row) : []))];
    const hasValues = rows.some(([, row]) => row === null || typeof row !== 'object');
    const header = ['(index)', ...keys, ...(hasValues ? ['Values'] : [])];
    const cell = (value) => value === undefined ? '' : typeof value === 'string' ? "'" + value + "'" : format(value);
    const body = rows.map(([index, row]) => [toText(index),
      ...keys.map((key) => row !== null && typeof row === 'object' && key in row ? cell(row[key]) : ''),
      ...(hasValues ? [row !== null && typeof row === 'object' ? '' : cell(row)] : [])]);
    const widths = header.map((title, i) => Math.max(title.length, ...body.map((line) => line[i].length)) + 2);
    const line = (left, mid, right) => left + widths.map((w) => '─'.repeat(w)).join(mid) + right;
    const row = (cells) => '│' + cells.map((text, i) => ' ' + text.padEnd(widths[i] - 1)).join('│') + '│';
    write('log', [[line('┌', '┬', '┐'), row(header), line('├', '┼', '┤'), ...body.map(row), line('└', '┴', '┘')].join('\n')]);
  };

  fill(g, 'queueMicrotask', (callback) => {
    if (typeof callback !== 'function') throw new TypeError('queueMicrotask needs a function');
    apply(then, Promise.resolve(), [() => callback()]);
  });
  const startedAt = host.now();
  fill(g, 'performance', { now: () => host.now() - startedAt, timeOrigin: Date.now() });

  const randomBytes = (view) => {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    bytes.set(host.random(bytes.length));
    return view;
  };
  fill(g, 'crypto', {
    getRandomValues(view) {
      if (!ArrayBuffer.isView(view) || view instanceof Float32Array || view instanceof Float64Array || view instanceof DataView)
        throw new TypeError('getRandomValues needs an integer typed array');
      if (view.byteLength > 65536) throw new RangeError('getRandomValues fills at most 65536 bytes');
      return randomBytes(view);
    },
    randomUUID() {
      const b = randomBytes(new Uint8Array(16));
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const hex = [...b].map((n) => n.toString(16).padStart(2, '0')).join('');
      return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
    },
  });

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') {
      const out = [];
      for (const char of toText(input)) {
        let c = char.codePointAt(0);
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      return new Uint8Array(out);
    }
  }
  class TextDecoder {
    constructor(encoding = 'utf-8') {
      if (!/^utf-?8$/i.test(toText(encoding))) throw new RangeError('only utf-8 can be decoded here');
    }
    get encoding() { return 'utf-8'; }
    decode(input) {
      const b = input === undefined ? new Uint8Array(0) : input instanceof ArrayBuffer ? new Uint8Array(input)
        : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : null;
      if (b === null) throw new TypeError('decode needs an ArrayBuffer or a typed array');
      let text = '';
      for (let i = 0; i < b.length; ) {
        const first = b[i];
        const size = first < 0x80 ? 1 : first >= 0xf0 && first < 0xf8 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
        let code = size === 1 ? first : size === 0 ? -1 : first & (0xff >> (size + 1));
        for (let k = 1; k < size; k++) code = (b[i + k] & 0xc0) === 0x80 ? (code << 6) | (b[i + k] & 63) : -1;
        const valid = code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && i + size <= b.length;
        text += valid ? String.fromCodePoint(code) : '\ufffd';
        i += valid ? size : 1;
      }
      return text;
    }
  }
  fill(g, 'TextEncoder', TextEncoder);
  fill(g, 'TextDecoder', TextDecoder);

  class DataCloneError extends ErrorBase {}
  DataCloneError.prototype.name = 'DataCloneError';
  const clone = (value, seen) => {
    if (typeof value === 'function' || typeof value === 'symbol')
      throw new DataCloneError(format(value) + ' could not be cloned');
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    let copy;
    if (value instanceof Date) copy = new Date(value.getTime());
    else if (value instanceof RegExp) copy = new RegExp(value.source, value.flags);
    else if (value instanceof ArrayBuffer) copy = value.slice(0);
    else if (value instanceof DataView) copy = new DataView(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
    else if (ArrayBuffer.isView(value)) copy = new (getPrototypeOf(value).constructor)(value);
    else if (value instanceof ErrorBase) { copy = new ErrorBase(value.message); copy.name = value.name; }
    if (copy !== undefined) { seen.set(value, copy); return copy; }
    if (value instanceof Map) {
      copy = new Map(); seen.set(value, copy);
      for (const [key, item] of value) copy.set(clone(key, seen), clone(item, seen));
    } else if (value instanceof Set) {
      copy = new Set(); seen.set(value, copy);
      for (const item of value) copy.add(clone(item, seen));
    } else {
      copy = isArray(value) ? [] : {}; seen.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = clone(value[key], seen);
    }
    return copy;
  };
  fill(g, 'structuredClone', (value) => clone(value, new Map()));

  const groupBy = (items, key, make, add) => {
    const groups = make();
    let index = 0;
    for (const item of items) add(groups, key(item, index++), item);
    return groups;
  };
  fill(Object, 'groupBy', (items, key) => groupBy(items, key, () => Object.create(null),
    (groups, name, item) => { const k = typeof name === 'symbol' ? name : toText(name); (groups[k] ??= []).push(item); }));
  fill(Map, 'groupBy', (items, key) => groupBy(items, key, () => new Map(),
    (groups, name, item) => { if (!groups.has(name)) groups.set(name, []); groups.get(name).push(item); }));
`;
