import { instantiate, singleFunctionModule, type WasmMemory } from './wasm-module';

/**
 * Weighted sums of int8 columns, in WebAssembly SIMD: for 16 rows at a time, the sum over the
 * (column, weight) pairs of weight × column[row], as i32. JavaScript took ~1 ns a row and
 * column; 128-bit SIMD does 16 rows in a dozen instructions. Hand-assembled (see wasm-module.ts);
 * the text form is beside each instruction, and column-kernel.test.ts checks it against a
 * plain JavaScript sum.
 *
 * scan(pairs, count, rows, scales, out): `count` pairs of i32 (byte offset of a column, weight
 * of at most ±32767) at `pairs`; for `rows` rows (a multiple of 16), each sum times the row's
 * f32 at `scales` (1 / its length, for cosine) written as f32 at `out`.
 */
// Parameters: 0 $pairs, 1 $count, 2 $rows, 3 $scales, 4 $out; locals: 5 $row, 6 $pair,
// 7 $end (i32), 8–11 $sum0–$sum3 (rows 0–3, 4–7, 8–11, 12–15), 12 $low, 13 $high, 14 $weight
// (v128). 16 rows a step: one 16-byte load per column, widened to two i16x8 halves.
const ZERO = [0xfd, 0x0c, ...new Array<number>(16).fill(0)]; // v128.const 0
/** $sum += i32x4.extmul_(low|high)_i16x8_s($half, $weight), for one accumulator. */
const accumulate = (sum: number, half: number, high: boolean) => [
  0x20,
  sum,
  0x20,
  half,
  0x20,
  0x0e,
  0xfd,
  high ? 0xbd : 0xbc,
  0x01,
  0xfd,
  0xae,
  0x01,
  0x21,
  sum,
];
/** Stores f32x4.convert_i32x4_s($sum) × the scales at byte `offset` of this row's. */
const store = (sum: number, offset: number) => [
  0x20,
  0x04,
  0x20,
  0x05,
  0x41,
  0x02,
  0x74,
  0x6a, //  $out + ($row << 2)
  0x20,
  sum,
  0xfd,
  0xfa,
  0x01, //                     f32x4.convert_i32x4_s $sum
  0x20,
  0x03,
  0x20,
  0x05,
  0x41,
  0x02,
  0x74,
  0x6a, //  $scales + ($row << 2)
  0xfd,
  0x00,
  0x04,
  offset,
  0xfd,
  0xe6,
  0x01, //      f32x4.mul (v128.load offset)
  0xfd,
  0x0b,
  0x04,
  offset, //                        v128.store offset
];
// prettier-ignore
const SCAN = [
  0x20, 0x00, 0x20, 0x01, 0x41, 0x03, 0x74, 0x6a, 0x21, 0x07, // $end = $pairs + ($count << 3)
  0x02, 0x40, //                                  block $done
  0x03, 0x40, //                                    loop $rows
  0x20, 0x05, 0x20, 0x02, 0x4f, 0x0d, 0x01, //        (br_if $done (i32.ge_u $row $rows))
  ...ZERO, 0x21, 0x08, ...ZERO, 0x21, 0x09, ...ZERO, 0x21, 0x0a, ...ZERO, 0x21, 0x0b, // sums = 0
  0x20, 0x00, 0x21, 0x06, //                          $pair = $pairs
  0x02, 0x40, //                                      block $last
  0x03, 0x40, //                                        loop $columns
  0x20, 0x06, 0x20, 0x07, 0x4f, 0x0d, 0x01, //            (br_if $last (i32.ge_u $pair $end))
  0x20, 0x06, 0x28, 0x02, 0x00, 0x20, 0x05, 0x6a, //      (i32.load $pair) + $row
  0xfd, 0x00, 0x00, 0x00, 0x22, 0x0c, //                  $low = v128.load (16 rows' int8)
  0xfd, 0x87, 0x01, 0x20, 0x0c, 0xfd, 0x88, 0x01, 0x21, 0x0d, // i16x8.extend_low …, $high = extend_high
  0x21, 0x0c, //                                          $low = the low half
  0x20, 0x06, 0x28, 0x02, 0x04, //                        (i32.load offset=4 $pair)
  0xfd, 0x10, 0x21, 0x0e, //                              $weight = i16x8.splat
  ...accumulate(0x08, 0x0c, false), ...accumulate(0x09, 0x0c, true),
  ...accumulate(0x0a, 0x0d, false), ...accumulate(0x0b, 0x0d, true),
  0x20, 0x06, 0x41, 0x08, 0x6a, 0x21, 0x06, //            $pair += 8
  0x0c, 0x00, //                                          br $columns
  0x0b, //                                              end
  0x0b, //                                            end
  ...store(0x08, 0x00), ...store(0x09, 0x10), ...store(0x0a, 0x20), ...store(0x0b, 0x30),
  0x20, 0x05, 0x41, 0x10, 0x6a, 0x21, 0x05, //        $row += 16
  0x0c, 0x00, //                                      br $rows
  0x0b, //                                          end
  0x0b, //                                        end
  0x0b, //                                      end of the function
];

/** Locals after the five parameters: three i32, seven v128. */
const LOCALS = [0x02, 0x03, 0x7f, 0x07, 0x7b];

const compiled = singleFunctionModule('scan', 5, LOCALS, SCAN);

/** Byte offsets in the memory. */
export type ColumnScan = (
  pairs: number,
  count: number,
  rows: number,
  scales: number,
  out: number,
) => void;

/** The kernel working on this memory. */
export function columnScan(memory: WasmMemory): ColumnScan {
  return instantiate<ColumnScan>(compiled, 'scan', memory);
}
