import type { ChopsApp } from '../chops-app.js';

/** What every route receives: chops itself (stores, use-case dependencies, the model) and a log. */
export interface ServerContext {
  app: ChopsApp;
  /** Where the server reports what the person running it should see (bugs, with their stack). */
  log: (text: string) => void;
  /** The environment, for the settings page's "which variables are set" (never their values). */
  env: NodeJS.ProcessEnv;
}
