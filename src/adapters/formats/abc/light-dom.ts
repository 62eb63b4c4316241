/**
 * Just enough of a DOM for abcjs' renderAbc to draw a score in Node: elements with attributes, styles
 * and children, text nodes, and serialising back to markup. There is no layout engine: getBBox of text
 * estimates its size from its font size and length (an average glyph is about 0.55 em wide), which is
 * all abcjs measures; notes, staves and symbols are paths abcjs computes itself, so they come out as in a
 * browser, and only the spacing of words (titles, chord symbols, lyrics) can differ a little.
 */
class LightText {
  parentNode: LightElement | undefined;
  constructor(public textContent: string) {}
  get outerHTML(): string {
    return escapeText(this.textContent);
  }
}

type LightNode = LightElement | LightText;

export class LightElement {
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, string> = {};
  childNodes: LightNode[] = [];
  parentNode: LightElement | undefined;
  constructor(readonly tagName: string) {}

  get children(): LightElement[] {
    return this.childNodes.filter((node): node is LightElement => node instanceof LightElement);
  }
  get firstChild(): LightNode | undefined {
    return this.childNodes[0];
  }
  get lastChild(): LightNode | undefined {
    return this.childNodes.at(-1);
  }
  get nodeName(): string {
    return this.tagName.toUpperCase();
  }
  get textContent(): string {
    return this.childNodes.map((node) => node.textContent).join('');
  }
  set textContent(text: string) {
    this.childNodes = [];
    if (text) this.appendChild(new LightText(text));
  }
  set innerHTML(html: string) {
    // abcjs only ever clears an element this way.
    if (html === '') this.childNodes = [];
    else this.textContent = html;
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  setAttributeNS(_namespace: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild<T extends LightNode>(node: T): T {
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    this.childNodes.push(node);
    return node;
  }
  insertBefore<T extends LightNode>(node: T, before: LightNode | null | undefined): T {
    const index = before ? this.childNodes.indexOf(before) : -1;
    if (index < 0) return this.appendChild(node);
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    this.childNodes.splice(index, 0, node);
    return node;
  }
  removeChild<T extends LightNode>(node: T): T {
    this.childNodes = this.childNodes.filter((child) => child !== node);
    node.parentNode = undefined;
    return node;
  }
  querySelector(): null {
    return null;
  }
  querySelectorAll(): LightElement[] {
    return [];
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  getBBox(): { x: number; y: number; width: number; height: number } {
    const fontSize = Number.parseFloat(this.inherited('font-size') ?? '16') || 16;
    const lines = this.textContent.split('\n');
    const longest = Math.max(...lines.map((line) => line.length));
    return { x: 0, y: 0, width: longest * fontSize * 0.55, height: lines.length * fontSize * 1.2 };
  }
  private inherited(name: string): string | undefined {
    return this.attributes.get(name) ?? this.style[name] ?? this.parentNode?.inherited(name);
  }
  get outerHTML(): string {
    const style = Object.entries(this.style)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
    const attributes = [...this.attributes, ...(style ? [['style', style] as const] : [])]
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    return `<${this.tagName}${attributes}>${this.childNodes.map((node) => node.outerHTML).join('')}</${this.tagName}>`;
  }
}

/** The `document` abcjs reaches for while it draws. */
export function lightDocument() {
  const create = (tag: string) => new LightElement(tag);
  const body = create('body');
  return {
    createElement: create,
    createElementNS: (_namespace: string, tag: string) => create(tag),
    createTextNode: (text: string) => new LightText(text),
    getElementById: () => null,
    querySelector: (selector: string) => (selector === 'body' ? body : null),
    querySelectorAll: () => [],
    body,
  };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
