/** Who the repertoire belongs to, from `chops init`. */
export interface Person {
  name: string;
  about: string;
  /** The person's domains; the first is the default for new abilities. */
  domains: string[];
  createdAt: Date;
}
