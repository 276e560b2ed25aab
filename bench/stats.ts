import { readFileSync } from 'node:fs';
/** Timing helpers for the benchmarks: medians and 95th percentiles over repeated runs. */

/** Median and 95th percentile (nearest rank) of a sample, in the sample's unit. */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
}

/** Summarises a sample of timings. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? NaN;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95) };
}

/** Runs `work` once per input (after one untimed warm-up) and summarises milliseconds. */
export async function timeEach<T>(
  inputs: readonly T[],
  work: (input: T) => unknown,
): Promise<Summary> {
  if (inputs.length > 0) await work(inputs[0]!);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

/** Formats milliseconds with sensible precision. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** Bytes as megabytes. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * Resident memory of a process from /proc (Linux): all of it, the anonymous part (heap, native
 * allocations) and the file-backed part (mapped files such as the vector index, which the
 * system can drop and read again). Zeros elsewhere.
 */
export function residentMemory(pid: number | 'self' = 'self'): {
  rss: number;
  anonymous: number;
  file: number;
} {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) =>
      Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: field('VmRSS'), anonymous: field('RssAnon'), file: field('RssFile') };
  } catch {
    return { rss: 0, anonymous: 0, file: 0 };
  }
}
