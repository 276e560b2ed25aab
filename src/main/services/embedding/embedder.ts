/** Turns passages into vectors; the built-in one is lexical, a neural one can plug in later. */
export interface Embedder {
  /** A name that changes whenever vectors from this embedder stop being comparable. */
  readonly id: string;
  readonly dimensions: number;
  /** One L2-normalised vector per text; `language` is a hint ("fr", "en") when known. */
  embed(texts: readonly string[], language?: string | null): Promise<Float32Array[]>;
}
