import type { Page } from 'playwright-core';

/** Types the words into the DAT page's form, scores them, and waits for the result. */
export async function scoreDatInPage(page: Page, words: readonly string[]): Promise<void> {
  for (const [i, word] of words.entries()) await page.getByLabel(`Word ${i + 1}`, { exact: true }).fill(word);
  await page.getByRole('button', { name: 'Score my words' }).click();
  await page.getByTestId('dat-result').waitFor({ timeout: 20_000 });
}
