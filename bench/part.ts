/** One measurement of `npm run bench`: its keys go into the one JSON object the bench prints. */
export interface BenchPart {
  /** What it measures, for the readable summary. */
  readonly title: string;
  readonly run: () => Promise<Record<string, unknown>>;
}
