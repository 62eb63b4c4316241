/** Where the page keeps its session: this origin's storage, which no other port's pages can read. */
export const sessionKey = 'chops-session';

/** The session this browser signed in with, if it did. */
export function currentSession(): string | null {
  try {
    return localStorage.getItem(sessionKey);
  } catch {
    return null;
  }
}

/**
 * Signs this browser in from the printed link `/#code=…`: the one-time code is traded for the session
 * and removed from the address at once (the fragment never reaches a server; the spent code in the
 * history signs nobody in). A browser already signed in keeps its session.
 */
export async function signInFromLink(): Promise<void> {
  const code = new URLSearchParams(location.hash.slice(1)).get('code');
  if (!code) return;
  history.replaceState(history.state, '', location.pathname + location.search);
  try {
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    if (!response.ok) return;
    const { session } = (await response.json()) as { session: string };
    localStorage.setItem(sessionKey, session);
  } catch {
    // Offline or storage refused: the pages say how to sign in when the API answers 401.
  }
}
