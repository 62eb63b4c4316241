/** Time and identity are passed in, so that tests and `CHOPS_NOW` can fix them. */
export interface Clock {
  now(): Date;
}

export type GenerateId = () => string;
