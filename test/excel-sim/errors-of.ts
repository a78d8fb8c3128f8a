import { RichApiError } from '../../src/excel-sim';

/** The RichApi error `read` throws; fails the test if it throws nothing or something else. */
export function thrownBy(read: () => unknown): RichApiError {
  try {
    read();
  } catch (error) {
    if (error instanceof RichApiError) return error;
    throw error;
  }
  throw new Error('expected a RichApi error');
}

/** The RichApi error `run` rejects with. */
export async function rejectionOf(run: Promise<unknown>): Promise<RichApiError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof RichApiError) return error;
    throw error;
  }
  throw new Error('expected a RichApi error');
}
