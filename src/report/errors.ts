import type { Lang } from '../domain/lang';

/**
 * Why a report could not be written. These are the user's situation, not our bugs: the
 * CLI prints `messages[lang]` on one line, `no-table` exits 1 (the sheet has errors) and
 * the others exit 2 (the input or output could not be used).
 */
export type ReportErrorCode = 'no-table' | 'same-file' | 'unreadable-input' | 'unwritable-output';

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    readonly messages: Readonly<Record<Lang, string>>,
  ) {
    super(messages.en);
    this.name = 'ReportError';
  }
}
