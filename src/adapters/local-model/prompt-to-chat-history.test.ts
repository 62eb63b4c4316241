import { describe, expect, it } from 'vitest';
import { promptToChatHistory } from './prompt-to-chat-history.js';

describe('promptToChatHistory', () => {
  it('maps system, user and assistant messages, keeping the last user turn apart', () => {
    const turn = promptToChatHistory([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Hello.' }] },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Name a ' },
          { type: 'text', text: 'colour.' },
        ],
      },
    ]);
    expect(turn.history).toEqual([
      { type: 'system', text: 'Be brief.' },
      { type: 'user', text: 'Hi' },
      { type: 'model', response: ['Hello.'] },
    ]);
    expect(turn.userMessage).toBe('Name a colour.');
    expect(turn.warnings).toEqual([]);
  });

  it('states the JSON schema in the system message, adding one when there is none', () => {
    const schema = { type: 'object' as const, properties: { mood: { enum: ['calm'] } } };
    const withSystem = promptToChatHistory(
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Go' }] },
      ],
      schema,
    );
    expect(withSystem.history[0]).toEqual({
      type: 'system',
      text: `Be brief.\n\nAnswer with JSON only, matching this JSON schema:\n${JSON.stringify(schema)}`,
    });
    const without = promptToChatHistory([{ role: 'user', content: [{ type: 'text', text: 'Go' }] }], schema);
    expect(without.history).toHaveLength(1);
    expect(String(without.history[0]?.type === 'system' && without.history[0].text)).toContain('"mood"');
  });

  it('drops non-text parts with a warning', () => {
    const turn = promptToChatHistory([
      {
        role: 'user',
        content: [
          { type: 'file', data: new Uint8Array([1]), mediaType: 'image/png' },
          { type: 'text', text: 'What is this?' },
        ],
      },
    ]);
    expect(turn.userMessage).toBe('What is this?');
    expect(turn.warnings).toEqual([
      expect.objectContaining({ type: 'unsupported', feature: 'file content' }),
    ]);
  });

  it('refuses a prompt that does not end with the user', () => {
    expect(() => promptToChatHistory([{ role: 'system', content: 'Alone.' }])).toThrow(
      /ends with a user message/,
    );
  });
});
