import { apiNotFound } from './rich-api-error';

/** `1.10` > `1.9`: versions compare part by part as numbers. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The requirement sets the simulated host implements: ExcelApi up to a configurable version
 * (so tests can play an old Excel) and the common Settings set. Any other set is missing.
 */
export class ApiSupport {
  constructor(readonly excelApi: string) {}

  /** `Office.context.requirements.isSetSupported`; a number version is read as its text (1.1 → "1.1"). */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const wanted = minVersion === undefined ? '1.1' : String(minVersion);
    const available = this.versionOf(name);
    return available !== null && compareVersions(available, wanted) >= 0;
  }

  /**
   * Throws ApiNotFound when `member` needs a newer ExcelApi, synchronously at the call, as the
   * office.js runtime does (`throwIfApiNotSupported` in each gated getter and method).
   */
  assertSupported(member: string, version: string): void {
    if (!this.isSetSupported('ExcelApi', version)) throw apiNotFound(member, 'ExcelApi', version);
  }

  private versionOf(name: string): string | null {
    switch (name.toLowerCase()) {
      case 'excelapi':
        return this.excelApi;
      case 'settings':
        return '1.1';
      default:
        return null;
    }
  }
}
