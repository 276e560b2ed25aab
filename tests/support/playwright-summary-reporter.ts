import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends Playwright's output with the `N passed, N failed, N skipped` line CI reads. */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    // A retried test counts once, by its last outcome.
    this.outcomes.set(
      test.id,
      result.status === 'timedOut' || result.status === 'interrupted' ? 'failed' : result.status,
    );
  }

  onEnd(_result: FullResult): void {
    const count = (status: string) =>
      [...this.outcomes.values()].filter((value) => value === status).length;
    process.stdout.write(
      `\ne2e: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped\n`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
