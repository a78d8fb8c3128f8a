import type { DocumentSettings } from './document-settings';
import type { ExcelHost } from './host';

export type Platform = 'OfficeOnline' | 'PC' | 'Mac';

export interface OfficeNamespace {
  onReady(callback?: (info: { host: 'Excel'; platform: Platform }) => void): Promise<{ host: 'Excel'; platform: Platform }>;
  readonly context: {
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly host: 'Excel';
    readonly platform: Platform;
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: { readonly settings: DocumentSettings };
  };
  readonly HostType: { readonly Excel: 'Excel' };
  readonly PlatformType: { readonly OfficeOnline: 'OfficeOnline'; readonly PC: 'PC'; readonly Mac: 'Mac' };
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
}

/** The `Office` global as a task pane in Excel sees it. */
export function createOfficeNamespace(host: ExcelHost, settings: DocumentSettings, displayLanguage: string, platform: Platform): OfficeNamespace {
  const info = { host: 'Excel', platform } as const;
  return {
    // Office is ready at once, but like office.js the callback runs after the caller's turn.
    onReady: async (callback) => {
      await Promise.resolve();
      callback?.(info);
      return info;
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: 'Excel',
      platform,
      requirements: { isSetSupported: (name, minVersion) => host.api.isSetSupported(name, minVersion) },
      document: { settings },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}
