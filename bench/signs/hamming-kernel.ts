import {
  instantiate,
  singleFunctionModule,
  type WasmMemory,
} from '../../src/main/services/search/wasm-module';

/**
 * Hamming distances of every row of packed sign bits to one query, in WebAssembly: JavaScript has
 * no popcount instruction, and a 16-bit lookup table scanned 1.3M rows of 256 bits in 11–21 ms
 * here, `i64.popcnt` in 4–5 ms. Hand-assembled (see wasm-module.ts); the text form is beside
 * each instruction. A measured candidate (bench/sign-scan.ts), not used by the app.
 *
 * hamming(signs, rows, words, query, distances, histogram): for each row, the bits differing
 * between its `words` 64-bit words at `signs` and the query's at `query`, written as a u16 at
 * `distances` (one a row) and counted in the u32 `histogram` (one slot a distance).
 */
// prettier-ignore
const HAMMING_FUNCTION = [
  0x02, 0x40, //                              block $done
  0x03, 0x40, //                                loop $rows
  0x20, 0x01, 0x45, 0x0d, 0x01, //                (br_if $done (i32.eqz (local.get $rows)))
  0x42, 0x00, 0x21, 0x07, //                      (local.set $sum (i64.const 0))
  0x41, 0x00, 0x21, 0x06, //                      (local.set $word (i32.const 0))
  0x03, 0x40, //                                  loop $words
  0x20, 0x07, //                                    local.get $sum
  0x20, 0x00, 0x20, 0x06, 0x41, 0x03, 0x74, 0x6a, //  $signs + ($word << 3)
  0x29, 0x03, 0x00, //                              i64.load
  0x20, 0x03, 0x20, 0x06, 0x41, 0x03, 0x74, 0x6a, //  $query + ($word << 3)
  0x29, 0x03, 0x00, //                              i64.load
  0x85, 0x7b, 0x7c, 0x21, 0x07, //                  $sum += i64.popcnt(xor)
  0x20, 0x06, 0x41, 0x01, 0x6a, 0x22, 0x06, //      (local.tee $word (i32.add $word 1))
  0x20, 0x02, 0x49, 0x0d, 0x00, //                  (br_if $words (i32.lt_u $word $words))
  0x0b, //                                        end
  0x20, 0x04, 0x20, 0x07, 0xa7, 0x22, 0x09, //    $distance = i32.wrap_i64 $sum
  0x3b, 0x01, 0x00, //                            i32.store16 at $distances
  0x20, 0x04, 0x41, 0x02, 0x6a, 0x21, 0x04, //    $distances += 2
  0x20, 0x05, 0x20, 0x09, 0x41, 0x02, 0x74, 0x6a, 0x22, 0x08, // $slot = $histogram + ($distance << 2)
  0x20, 0x08, 0x28, 0x02, 0x00, 0x41, 0x01, 0x6a, //          (i32.load $slot) + 1
  0x36, 0x02, 0x00, //                            i32.store at $slot
  0x20, 0x00, 0x20, 0x02, 0x41, 0x03, 0x74, 0x6a, 0x21, 0x00, // $signs += $words << 3
  0x20, 0x01, 0x41, 0x01, 0x6b, 0x21, 0x01, //    $rows -= 1
  0x0c, 0x00, //                                  br $rows
  0x0b, //                                      end
  0x0b, //                                    end
  0x0b, //                                  end of the function
];

/** Locals after the six i32 parameters: $word i32, $sum i64, $slot i32, $distance i32. */
const LOCALS = [0x03, 0x01, 0x7f, 0x01, 0x7e, 0x02, 0x7f];

const compiled = singleFunctionModule('hamming', 6, LOCALS, HAMMING_FUNCTION);

/** Byte offsets in the memory; `words` counts 64-bit words a row. */
export type Hamming = (
  signs: number,
  rows: number,
  words: number,
  query: number,
  distances: number,
  histogram: number,
) => void;

/** The kernel working on this memory. */
export function hammingKernel(memory: WasmMemory): Hamming {
  return instantiate<Hamming>(compiled, 'hamming', memory);
}
