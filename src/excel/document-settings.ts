import type { StoredSettings } from '../workflow/settings';

/**
 * Cuadre's state kept in the workbook (Office document settings): the user's settings and
 * the highlights to take away later. Reads are in memory; writes are saved with saveAsync.
 */

const KEYS = {
  tolerance: 'cuadre.tolerance',
  catalog: 'cuadre.catalog',
  highlights: 'cuadre.highlights',
  reviews: 'cuadre.reviews',
  lastChecks: 'cuadre.lastChecks',
  paneOptions: 'cuadre.paneOptions',
  /** Where the first version with the audit log kept its switch, apart; now `auditLog` in paneOptions. */
  auditLogBefore: 'cuadre.auditLog',
} as const;

export class DocumentSettings {
  constructor(private readonly settings: Office.Settings) {}

  stored(): StoredSettings {
    const tolerance: unknown = this.settings.get(KEYS.tolerance);
    const catalog: unknown = this.settings.get(KEYS.catalog);
    return { ...(tolerance !== null && tolerance !== undefined ? { tolerance } : {}), ...(catalog !== null && catalog !== undefined ? { catalog } : {}) };
  }

  async store(values: { tolerance: string; catalog: unknown }): Promise<void> {
    this.settings.set(KEYS.tolerance, values.tolerance);
    this.settings.set(KEYS.catalog, values.catalog);
    await this.save();
  }

  /** The highlight record or its pointer, unchecked (highlight-store.ts reads it). */
  highlights(): unknown {
    return this.settings.get(KEYS.highlights);
  }

  async storeHighlights(value: unknown): Promise<void> {
    if (value === null) this.settings.remove(KEYS.highlights);
    else this.settings.set(KEYS.highlights, value);
    await this.save();
  }

  /** The «Revisado» marks, as stored (the workflow checks them). */
  reviews(): unknown {
    return this.settings.get(KEYS.reviews) ?? undefined;
  }

  async storeReviews(reviews: unknown): Promise<void> {
    this.settings.set(KEYS.reviews, reviews);
    await this.save();
  }

  /**
   * The pane's options, as stored (the workflow checks them). A workbook saved by the first version
   * with the audit log has its switch under a key of its own: read into the record, as `auditLog`,
   * when the record does not say.
   */
  paneOptions(): unknown {
    const record: unknown = this.settings.get(KEYS.paneOptions) ?? undefined;
    const before: unknown = this.settings.get(KEYS.auditLogBefore);
    if (before === null || before === undefined) return record;
    const fields = typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
    return 'auditLog' in fields ? record : { ...fields, auditLog: before };
  }

  /** Keeps the record whole; the old key of the audit log's switch goes, its value being in the record now. */
  async storePaneOptions(options: unknown): Promise<void> {
    this.settings.set(KEYS.paneOptions, options);
    this.settings.remove(KEYS.auditLogBefore);
    await this.save();
  }

  /** The last check of each sheet, by worksheet id, as stored (unchecked). */
  lastChecks(): Record<string, unknown> {
    const value: unknown = this.settings.get(KEYS.lastChecks);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }

  async storeLastChecks(records: Readonly<Record<string, unknown>>): Promise<void> {
    this.settings.set(KEYS.lastChecks, records);
    await this.save();
  }

  private save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Office.AsyncResultStatus.Succeeded is the string 'succeeded'; no global Office needed here.
        if (String(result.status) === 'succeeded') resolve();
        else reject(Object.assign(new Error(result.error?.message ?? 'saveAsync failed'), { code: result.error?.name ?? 'SettingsSaveFailed' }));
      });
    });
  }
}
