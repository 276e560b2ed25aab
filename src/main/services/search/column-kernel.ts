import { instantiate, singleFunctionModule, type WasmMemory } from './wasm-module';

/**
 * Weighted sums of int8 columns, in WebAssembly SIMD: for 8 rows at a time, the sum over the
 * (column, weight) pairs of weight × column[row], as i32. JavaScript took ~1 ns a row and
 * column; 128-bit SIMD does 8 rows in a few instructions. Hand-assembled (see wasm-module.ts);
 * the text form is beside each instruction, and column-kernel.test.ts checks it against a
 * plain JavaScript sum.
 *
 * scan(pairs, count, rows, out): `count` pairs of i32 (byte offset of a column, weight of at
 * most ±32767) at `pairs`; `rows` (a multiple of 8) i32 sums written at `out`.
 */
// prettier-ignore
const SCAN = [
  0x20, 0x00, 0x20, 0x01, 0x41, 0x03, 0x74, 0x6a, 0x21, 0x06, // $end = $pairs + ($count << 3)
  0x02, 0x40, //                                  block $done
  0x03, 0x40, //                                    loop $rows
  0x20, 0x04, 0x20, 0x02, 0x4f, 0x0d, 0x01, //        (br_if $done (i32.ge_u $row $rows))
  0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x21, 0x07, // $low = v128.const 0
  0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x21, 0x08, // $high = v128.const 0
  0x20, 0x00, 0x21, 0x05, //                          $pair = $pairs
  0x02, 0x40, //                                      block $last
  0x03, 0x40, //                                        loop $columns
  0x20, 0x05, 0x20, 0x06, 0x4f, 0x0d, 0x01, //            (br_if $last (i32.ge_u $pair $end))
  0x20, 0x05, 0x28, 0x02, 0x00, 0x20, 0x04, 0x6a, //      (i32.load $pair) + $row
  0xfd, 0x01, 0x03, 0x00, 0x21, 0x09, //                  $values = v128.load8x8_s (8 rows → i16x8)
  0x20, 0x05, 0x28, 0x02, 0x04, //                        (i32.load offset=4 $pair)
  0xfd, 0x10, 0x21, 0x0a, //                              $weight = i16x8.splat
  0x20, 0x07, 0x20, 0x09, 0x20, 0x0a, 0xfd, 0xbc, 0x01, // i32x4.extmul_low_i16x8_s $values $weight
  0xfd, 0xae, 0x01, 0x21, 0x07, //                        $low = i32x4.add $low
  0x20, 0x08, 0x20, 0x09, 0x20, 0x0a, 0xfd, 0xbd, 0x01, // i32x4.extmul_high_i16x8_s $values $weight
  0xfd, 0xae, 0x01, 0x21, 0x08, //                        $high = i32x4.add $high
  0x20, 0x05, 0x41, 0x08, 0x6a, 0x21, 0x05, //            $pair += 8
  0x0c, 0x00, //                                          br $columns
  0x0b, //                                              end
  0x0b, //                                            end
  0x20, 0x03, 0x20, 0x04, 0x41, 0x02, 0x74, 0x6a, //  $out + ($row << 2)
  0x20, 0x07, 0xfd, 0x0b, 0x04, 0x00, //              v128.store $low
  0x20, 0x03, 0x20, 0x04, 0x41, 0x02, 0x74, 0x6a, //  $out + ($row << 2)
  0x20, 0x08, 0xfd, 0x0b, 0x04, 0x10, //              v128.store offset=16 $high
  0x20, 0x04, 0x41, 0x08, 0x6a, 0x21, 0x04, //        $row += 8
  0x0c, 0x00, //                                      br $rows
  0x0b, //                                          end
  0x0b, //                                        end
  0x0b, //                                      end of the function
];

/** Locals after the four parameters: $row $pair $end i32, $low $high $values $weight v128. */
const LOCALS = [0x02, 0x03, 0x7f, 0x04, 0x7b];

const compiled = singleFunctionModule('scan', 4, LOCALS, SCAN);

/** Byte offsets in the memory. */
export type ColumnScan = (pairs: number, count: number, rows: number, out: number) => void;

/** The kernel working on this memory. */
export function columnScan(memory: WasmMemory): ColumnScan {
  return instantiate<ColumnScan>(compiled, 'scan', memory);
}
