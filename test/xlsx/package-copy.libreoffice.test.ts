import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cuadre } from '../support/cli';
import { describeWithLibreOffice, convertWithLibreOffice } from '../support/libreoffice';
import { memoFods } from '../support/libreoffice-fods';
import { rawEntries } from '../support/zip-entries';

/**
 * The copy keeps everything (RECONCILIATION.md §5b) in a workbook LibreOffice saved: the memo's
 * table with a chart, an image, a comment, named ranges, a conditional format and custom
 * properties (test/support/libreoffice-fods.ts), converted by `soffice` to .xlsx and copied by
 * `cuadre report`. Every part but the few the new sheet must touch is in the output with the
 * same uncompressed bytes.
 */

/** What the new sheet may touch besides the workbook part and its relationships. */
const MAY_CHANGE = new Set(['[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml']);

describeWithLibreOffice('the copy of a workbook LibreOffice saved', (soffice) => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cuadre-lo-copy-'));
    const fods = join(dir, 'memo-lo.fods');
    writeFileSync(fods, memoFods());
    const [xlsx] = await convertWithLibreOffice(soffice, [fods], 'xlsx');
    input = join(dir, 'in.xlsx');
    writeFileSync(input, readFileSync(xlsx!));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the parts of each feature, as LibreOffice writes them', () => {
    const names = [...rawEntries(readFileSync(input)).keys()];
    for (const part of [
      /^xl\/charts\/chart\d+\.xml$/,
      /^xl\/drawings\/drawing\d+\.xml$/,
      /^xl\/media\/image\d+\.png$/,
      /^xl\/comments\d*\.xml$/,
      /^xl\/drawings\/vmlDrawing\d+\.vml$/,
      /^docProps\/custom\.xml$/,
    ]) {
      expect(names.filter((n) => part.test(n))).toHaveLength(1);
    }
    const sheet = rawEntries(readFileSync(input)).get('xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect(sheet).toContain('<conditionalFormatting sqref="B6:H17">');
  });

  it('keeps every other part byte for byte, the names and the features, and adds the report sheet', async () => {
    const output = join(dir, 'out.xlsx');
    const r = await cuadre('report', input, '--out', output);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const [was, is] = [rawEntries(readFileSync(input)), rawEntries(readFileSync(output))];
    const mayChange = new Set([...MAY_CHANGE, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
    const kept = [...was.keys()].filter((name) => !mayChange.has(name));
    // Sheet, its rels, shared strings, chart, drawing and its rels, image, comments, VML, custom and core properties.
    expect(kept.length).toBeGreaterThanOrEqual(11);
    expect(kept.filter((name) => !is.get(name)?.data.equals(was.get(name)!.data))).toEqual([]);
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'docProps/custom.xml']) {
      expect(is.has(part)).toBe(true);
    }
    const added = [...is.keys()].filter((name) => !was.has(name));
    expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);

    // The named ranges live in the workbook part, which the copy rewrites: they must survive it.
    const workbook = is.get('xl/workbook.xml')!.data.toString('utf8');
    expect(workbook).toMatch(/<definedName[^>]* name="Meses"[^>]*>&apos;Recaudación 2024&apos;!\$A\$6:\$H\$17</);
    expect(workbook).toMatch(/<definedName[^>]* name="Totales"[^>]*>&apos;Recaudación 2024&apos;!\$B\$19:\$H\$19</);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'memo-lo.fods', 'out.xlsx']);
  });
});
