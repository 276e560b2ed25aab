import type { Channel, Input, Output } from './contract';
import type { Result } from './result';

/** What the renderer can call: the preload's `window.api` and the HTTP client both satisfy it. */
export interface RecoupeApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** Electron only: the real path of a dropped file, so main reads it without copying bytes. */
  pathForFile?(file: File): string;
}
