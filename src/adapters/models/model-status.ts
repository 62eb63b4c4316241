/** Which model applies and where that was set, or how to get one. */
export type ModelStatus =
  | { configured: true; name: string; source: string }
  | { configured: false; advice: string };
