import type { Platform } from './office-namespace';

/**
 * Host profiles: which Excel the in-memory host plays. A profile is a host (the web, Windows,
 * Mac) and the highest ExcelApi requirement set it implements; each behaviour that differs
 * between real hosts (documented or reported: docs/excel-sim.md, "Host profiles") follows from
 * those two unless a test overrides it.
 */

export type HostKind = 'web' | 'windows' | 'mac';

/**
 * What a group run (`Excel.run({ mergeUndoGroup: true })`, ExcelApi 1.20) does on this host:
 * - `groups`: every writing sync of the run is one undo entry (the documented behaviour);
 * - `rejects-run`: the first sync of the run fails, nothing applied (office-js #6711, the web);
 * - `formulas-block`: writing `formulas` to a block of 1,600 cells or more (#6491's 40×40)
 *   fails with `UndoNotSupported`, the actions before it applied;
 * - `internal-error`: adding a sheet inside a group fails with `GeneralException` (#6255).
 */
export type UndoGroupFault = 'groups' | 'rejects-run' | 'formulas-block' | 'internal-error';

/** How sheet ids behave when the document is closed and opened again (`sim.reopen()`). */
export type SheetIdsOnReopen = 'kept' | 'positional';

export interface HostProfile {
  readonly host: HostKind;
  readonly platform: Platform;
  readonly apiVersion: string;
  /** Bytes a request or response may carry; null where the host has no such limit. */
  readonly payloadLimitBytes: number | null;
  /** The code an oversized request fails with. */
  readonly oversizedRequestCode: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  readonly undoGroup: UndoGroupFault;
  /** `formulas-block`: the smallest block that fails (40×40 in #6491; smaller blocks are not reported). */
  readonly undoFormulaCells: number;
  /** Bytes of JSON the document settings may hold; `saveAsync` fails past it. */
  readonly settingsLimitBytes: number;
  readonly sheetIdsOnReopen: SheetIdsOnReopen;
  /**
   * Registering a handler on `worksheets.onActivated` fails at sync with `AccessDenied`
   * (office-js #1103: Excel 2019 desktop 16.0.10356; `onAdded` and `onDeactivated` worked).
   */
  readonly activatedEventRefused: boolean;
}

/** "Excel on the web has a payload size limit for requests and responses of 5MB." */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** `Office.Settings.set`: "a maximum of 2 MB" (office-js #621, a maintainer quoting the reference). */
export const DOCUMENTED_SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/** office-js #3957: saving about 1 MB of settings fails with InvalidArgument (Excel 2021 on Windows). */
export const REPORTED_SETTINGS_LIMIT_BYTES = 1024 * 1024;

const PLATFORMS: Readonly<Record<HostKind, Platform>> = { web: 'OfficeOnline', windows: 'PC', mac: 'Mac' };

function below(version: string, than: string): boolean {
  const a = version.split('.').map(Number);
  const b = than.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff < 0;
  }
  return false;
}

/**
 * The behaviours of `host` at `apiVersion`:
 * - the web: 5 MB payload limit; builds older than ExcelApi 1.12 answer an oversized request
 *   with `GeneralException` (#354 in 2019, #1314 in 2020); a group run fails (#6711);
 * - Windows: no payload limit; a large formulas block in a group is `UndoNotSupported` (#6491);
 *   settings fail at about 1 MB (#3957); Excel 2016/2019 (ExcelApi 1.8 and below) give sheets new,
 *   positional ids when the file is opened again (#297, #1390) and refuse a handler on
 *   `worksheets.onActivated` with AccessDenied (#1103: a fix was rolled out in 2020, but a
 *   volume-licensed Excel 2019 may not have it, and the add-in must work either way);
 * - Mac: no payload limit, the documented settings limit, groups work.
 */
export function hostProfile(host: HostKind = 'web', apiVersion = '1.20'): HostProfile {
  return {
    host,
    platform: PLATFORMS[host],
    apiVersion,
    payloadLimitBytes: host === 'web' ? WEB_PAYLOAD_LIMIT_BYTES : null,
    oversizedRequestCode: host === 'web' && below(apiVersion, '1.12') ? 'GeneralException' : 'RequestPayloadSizeLimitExceeded',
    undoGroup: host === 'web' ? 'rejects-run' : host === 'windows' ? 'formulas-block' : 'groups',
    undoFormulaCells: 1600,
    settingsLimitBytes: host === 'windows' ? REPORTED_SETTINGS_LIMIT_BYTES : DOCUMENTED_SETTINGS_LIMIT_BYTES,
    sheetIdsOnReopen: host === 'windows' && below(apiVersion, '1.9') ? 'positional' : 'kept',
    activatedEventRefused: host === 'windows' && below(apiVersion, '1.9'),
  };
}

/** The hosts the adapter's tests run under: each host at today's level, and the oldest Excel Cuadre supports. */
export const TEST_PROFILES: readonly HostProfile[] = [
  hostProfile('web', '1.20'),
  hostProfile('windows', '1.20'),
  hostProfile('mac', '1.20'),
  hostProfile('windows', '1.8'),
  hostProfile('web', '1.9'),
];

/**
 * The Excel the reference describes, used when no profile is asked for: the web's 5 MB limit
 * (none on desktop platforms), groups that work, the documented 2 MB of settings, ids kept.
 */
export function documentedProfile(platform: Platform = 'OfficeOnline', apiVersion = '1.20'): HostProfile {
  const host: HostKind = platform === 'OfficeOnline' ? 'web' : platform === 'PC' ? 'windows' : 'mac';
  return {
    host,
    platform,
    apiVersion,
    payloadLimitBytes: host === 'web' ? WEB_PAYLOAD_LIMIT_BYTES : null,
    oversizedRequestCode: 'RequestPayloadSizeLimitExceeded',
    undoGroup: 'groups',
    undoFormulaCells: 1600,
    settingsLimitBytes: DOCUMENTED_SETTINGS_LIMIT_BYTES,
    sheetIdsOnReopen: 'kept',
    activatedEventRefused: false,
  };
}

export function profileName(profile: HostProfile): string {
  return `${profile.host} ExcelApi ${profile.apiVersion}`;
}
