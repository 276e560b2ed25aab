import { instantiate, singleFunctionModule, type WasmMemory } from './wasm-module';

/**
 * Weighted sums of int8 columns, in WebAssembly SIMD: for 8 rows at a time, the sum over the
 * (column, weight) pairs of weight × column[row], as i32. JavaScript took ~1 ns a row and
 * column; 128-bit SIMD does 8 rows in a few instructions. Hand-assembled (see wasm-module.ts);
 * the text form is beside each instruction, and column-kernel.test.ts checks it against a
 * plain JavaScript sum.
 *
 * scan(pairs, count, rows, scales, out): `count` pairs of i32 (byte offset of a column, weight
 * of at most ±32767) at `pairs`; for `rows` rows (a multiple of 8), each sum times the row's
 * f32 at `scales` (1 / its length, for cosine) written as f32 at `out`.
 */
// Parameters: 0 $pairs, 1 $count, 2 $rows, 3 $scales, 4 $out; locals: 5 $row, 6 $pair,
// 7 $end (i32), 8 $low, 9 $high, 10 $values, 11 $weight (v128).
// prettier-ignore
const SCAN = [
  0x20, 0x00, 0x20, 0x01, 0x41, 0x03, 0x74, 0x6a, 0x21, 0x07, // $end = $pairs + ($count << 3)
  0x02, 0x40, //                                  block $done
  0x03, 0x40, //                                    loop $rows
  0x20, 0x05, 0x20, 0x02, 0x4f, 0x0d, 0x01, //        (br_if $done (i32.ge_u $row $rows))
  0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x21, 0x08, // $low = v128.const 0
  0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x21, 0x09, // $high = v128.const 0
  0x20, 0x00, 0x21, 0x06, //                          $pair = $pairs
  0x02, 0x40, //                                      block $last
  0x03, 0x40, //                                        loop $columns
  0x20, 0x06, 0x20, 0x07, 0x4f, 0x0d, 0x01, //            (br_if $last (i32.ge_u $pair $end))
  0x20, 0x06, 0x28, 0x02, 0x00, 0x20, 0x05, 0x6a, //      (i32.load $pair) + $row
  0xfd, 0x01, 0x03, 0x00, 0x21, 0x0a, //                  $values = v128.load8x8_s (8 rows → i16x8)
  0x20, 0x06, 0x28, 0x02, 0x04, //                        (i32.load offset=4 $pair)
  0xfd, 0x10, 0x21, 0x0b, //                              $weight = i16x8.splat
  0x20, 0x08, 0x20, 0x0a, 0x20, 0x0b, 0xfd, 0xbc, 0x01, // i32x4.extmul_low_i16x8_s $values $weight
  0xfd, 0xae, 0x01, 0x21, 0x08, //                        $low = i32x4.add $low
  0x20, 0x09, 0x20, 0x0a, 0x20, 0x0b, 0xfd, 0xbd, 0x01, // i32x4.extmul_high_i16x8_s $values $weight
  0xfd, 0xae, 0x01, 0x21, 0x09, //                        $high = i32x4.add $high
  0x20, 0x06, 0x41, 0x08, 0x6a, 0x21, 0x06, //            $pair += 8
  0x0c, 0x00, //                                          br $columns
  0x0b, //                                              end
  0x0b, //                                            end
  0x20, 0x04, 0x20, 0x05, 0x41, 0x02, 0x74, 0x6a, //  $out + ($row << 2)
  0x20, 0x08, 0xfd, 0xfa, 0x01, //                    f32x4.convert_i32x4_s $low
  0x20, 0x03, 0x20, 0x05, 0x41, 0x02, 0x74, 0x6a, //  $scales + ($row << 2)
  0xfd, 0x00, 0x04, 0x00, 0xfd, 0xe6, 0x01, //        f32x4.mul (v128.load)
  0xfd, 0x0b, 0x04, 0x00, //                          v128.store
  0x20, 0x04, 0x20, 0x05, 0x41, 0x02, 0x74, 0x6a, //  $out + ($row << 2)
  0x20, 0x09, 0xfd, 0xfa, 0x01, //                    f32x4.convert_i32x4_s $high
  0x20, 0x03, 0x20, 0x05, 0x41, 0x02, 0x74, 0x6a, //  $scales + ($row << 2)
  0xfd, 0x00, 0x04, 0x10, 0xfd, 0xe6, 0x01, //        f32x4.mul (v128.load offset=16)
  0xfd, 0x0b, 0x04, 0x10, //                          v128.store offset=16
  0x20, 0x05, 0x41, 0x08, 0x6a, 0x21, 0x05, //        $row += 8
  0x0c, 0x00, //                                      br $rows
  0x0b, //                                          end
  0x0b, //                                        end
  0x0b, //                                      end of the function
];

/** Locals after the five parameters: three i32, four v128. */
const LOCALS = [0x02, 0x03, 0x7f, 0x04, 0x7b];

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
