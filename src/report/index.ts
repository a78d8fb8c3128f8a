export { ADJUSTMENT_POLICIES, type AdjustmentPolicy, type CarriedAdjustment, type Carry, carryAdjustment } from './adjustments';
export { type BuiltReport, type ReportOptions, buildReport, buildReportLayout } from './build-report';
export { ReportError, type ReportErrorCode } from './errors';
export { type Claim, type ClaimKind, canonicalJson, sourceFingerprint } from './footnote';
export type * from './layout';
export { freeSheetName, reportSheetName } from './sheet-name';
