import { describe, expect, it } from 'vitest';
import { scriptedThinker } from '../../../test/support/scripted-model.js';
import { ModelError } from '../../domain/errors/index.js';
import { gradeAnswer } from './grade-answer.js';

const card = {
  kind: 'recall' as const,
  prompt: 'Which note starts a walking bass bar?',
  answer: 'The root.',
};

describe('gradeAnswer', () => {
  it('sends the card, its answer and the learner answer; returns the validated rating and a one-line reason', async () => {
    const { thinker, model } = scriptedThinker(() => ({ rating: 'good', reason: 'Right:\nthe root.' }));
    const grade = await gradeAnswer({ card, answer: 'the tonic of the chord' }, { thinker });
    expect(grade).toEqual({ rating: 'good', reason: 'Right: the root.' });
    const prompt = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(prompt).toContain('the tonic of the chord');
    expect(prompt).toContain('The root.');
  });

  it('repairs a rating outside the four', async () => {
    const { thinker, model } = scriptedThinker((_prompt, call) =>
      call === 0 ? { rating: 'perfect', reason: 'wow' } : { rating: 'easy', reason: 'complete' },
    );
    expect((await gradeAnswer({ card, answer: 'root' }, { thinker })).rating).toBe('easy');
    expect(model.doGenerateCalls.length).toBe(2);
  });

  it('fails with a model error (exit code 3) when the rating never becomes valid', async () => {
    const { thinker } = scriptedThinker(() => ({ rating: 5, reason: '' }));
    const failure = await gradeAnswer({ card, answer: 'root' }, { thinker }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelError);
    expect((failure as ModelError).exitCode).toBe(3);
  });
});
