/**
 * Builds a small WebAssembly module from one hand-assembled function (see column-kernel.ts):
 * no WebAssembly toolchain is a dependency, and the functions are a few hundred bytes.
 */

/** The part of the WebAssembly API used here (the project's TypeScript libraries omit it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** WebAssembly memory grows by pages of 64 KB. */
export const PAGE_BYTES = 65_536;

/** A memory of `pages` pages, to grow. */
export function wasmMemory(pages = 1): WasmMemory {
  return new wasm.Memory({ initial: pages });
}

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

const name = (text: string) => [text.length, ...Buffer.from(text, 'ascii')];

const I32 = 0x7f;

/**
 * A compiled module importing its memory as js.memory and exporting one function `name` of
 * `parameters` i32 parameters and no result, with these local declarations and instructions.
 */
export function singleFunctionModule(
  exported: string,
  parameters: number,
  locals: number[],
  instructions: number[],
): object {
  const body = [...locals, ...instructions];
  const bytes = new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x01, 0x60, parameters, ...new Array<number>(parameters).fill(I32), 0x00]),
    ...section(2, [0x01, ...name('js'), ...name('memory'), 0x02, 0x00, 0x01]),
    ...section(3, [0x01, 0x00]),
    ...section(7, [0x01, ...name(exported), 0x00, 0x00]),
    ...section(10, [0x01, ...unsignedLeb(body.length), ...body]),
  ]);
  return new wasm.Module(bytes);
}

/** The module's function, working on this memory. */
export function instantiate<F>(module: object, exported: string, memory: WasmMemory): F {
  return new wasm.Instance(module, { js: { memory } }).exports[exported] as F;
}
