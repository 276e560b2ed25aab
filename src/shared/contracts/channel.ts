import type { z } from 'zod';

/** Declares one channel: its input schema, with the output carried as a phantom type. */
export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({
    input,
    output: undefined as unknown as Output,
  });
}
