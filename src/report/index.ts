export { ADJUSTMENT_POLICIES, type AdjustmentPolicy, type CarriedAdjustment, type Carry, carryAdjustment } from './adjustments';
export { type ReportOptions, buildReportLayout } from './build-report';
export { ReportError, type ReportErrorCode } from './errors';
export type * from './layout';
export { freeSheetName, reportSheetName } from './sheet-name';
