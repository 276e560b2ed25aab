import { basename, dirname, resolve } from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { RecoupeError } from '../../../shared/result';
import type { Embedder } from './embedder';

/**
 * A sentence-embedding model in ONNX, loaded with transformers.js from a local folder (the
 * Hugging Face layout: config.json, tokenizer.json, onnx/model.onnx). Remote models are off:
 * Recoupe never downloads a model at run time. Vectors are mean-pooled and L2-normalised.
 */
export class NeuralEmbedder implements Embedder {
  private constructor(
    readonly id: string,
    readonly dimensions: number,
    private readonly extractor: FeatureExtractionPipeline,
  ) {}

  /** Loads the model in `folder`, or explains why it cannot. */
  static async load(folder: string): Promise<NeuralEmbedder> {
    const path = resolve(folder);
    // Imported on demand: the ONNX runtime is only loaded when a model is actually used.
    const { env, pipeline } = await import('@huggingface/transformers');
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${dirname(path)}/`;
    let extractor: FeatureExtractionPipeline;
    try {
      extractor = await pipeline('feature-extraction', basename(path), { dtype: 'fp32' });
    } catch (error) {
      throw new RecoupeError(
        'not-found',
        `No usable sentence-embedding model in ${path}: ${(error as Error).message}`,
      );
    }
    const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
    const dimensions = probe.dims.at(-1)!;
    return new NeuralEmbedder(`neural-${basename(path)}-${dimensions}`, dimensions, extractor);
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const output = await this.extractor([...texts], { pooling: 'mean', normalize: true });
    const data = output.data as Float32Array;
    return texts.map((_, index) =>
      Float32Array.from(data.subarray(index * this.dimensions, (index + 1) * this.dimensions)),
    );
  }
}
