import { DEFAULT_PANE_OPTIONS, readPaneOptions } from '../../src/workflow/pane-options';

describe('the pane options a workbook keeps', () => {
  it.each<[string, unknown, object]>([
    ['nothing kept', undefined, DEFAULT_PANE_OPTIONS],
    ['both on', { checkOnEdit: true, auditLog: true }, { checkOnEdit: true, auditLog: true }],
    ['a record of the version before the audit log', { checkOnEdit: true }, { checkOnEdit: true, auditLog: false }],
    ['the audit log alone', { auditLog: true }, { checkOnEdit: false, auditLog: true }],
    ['values of the wrong type take their defaults', { checkOnEdit: 'yes', auditLog: 1 }, DEFAULT_PANE_OPTIONS],
    ['not a record', [true, true], DEFAULT_PANE_OPTIONS],
    ['a bare true', true, DEFAULT_PANE_OPTIONS],
    ['options of a later version are left out', { checkOnEdit: true, auditLog: false, dark: true }, { checkOnEdit: true, auditLog: false }],
  ])('%s', (_, stored, expected) => {
    expect(readPaneOptions(stored)).toEqual(expected);
  });
});
