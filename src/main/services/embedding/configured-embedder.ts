import type { Embedder } from './embedder';
import { LexicalHashEmbedder } from './lexical-hash-embedder';
import { NeuralEmbedder } from './neural-embedder';

/**
 * The corpus's embedder as its settings say: the built-in lexical one, or a neural model from
 * a folder, loaded on first use (opening a corpus stays synchronous and fast). Re-embedding
 * switches it once the new vectors are in place, so queries and stored vectors always match.
 */
export class ConfiguredEmbedder implements Embedder {
  private current: Promise<Embedder>;
  private currentId: string;
  private currentDimensions: number;
  /** Bumped by every switch, so a model still loading from before cannot take over. */
  private generation = 0;

  constructor(private folder: string | null) {
    const lexical = new LexicalHashEmbedder();
    this.currentId = folder ? `neural:${folder}` : lexical.id;
    this.currentDimensions = lexical.dimensions;
    this.current = folder ? this.loadNeural(folder) : Promise.resolve(lexical);
  }

  get id(): string {
    return this.currentId;
  }

  get dimensions(): number {
    return this.currentDimensions;
  }

  /** The model folder in use, or null for the lexical embedder. */
  get modelFolder(): string | null {
    return this.folder;
  }

  /** Resolves once the configured model has loaded (or failed to: embed then says why). */
  async ready(): Promise<void> {
    await this.current.catch(() => undefined);
  }

  async embed(texts: readonly string[], language?: string | null): Promise<Float32Array[]> {
    return (await this.current).embed(texts, language);
  }

  /** Uses another embedder from now on (its vectors must already be stored). */
  switchTo(embedder: Embedder, folder: string | null): void {
    this.generation++;
    this.folder = folder;
    this.currentId = embedder.id;
    this.currentDimensions = embedder.dimensions;
    this.current = Promise.resolve(embedder);
  }

  private async loadNeural(folder: string): Promise<Embedder> {
    const generation = this.generation;
    const neural = await NeuralEmbedder.load(folder);
    if (generation === this.generation) {
      this.currentId = neural.id;
      this.currentDimensions = neural.dimensions;
    }
    return neural;
  }
}
