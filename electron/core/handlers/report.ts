import { exportSessionReport } from '../../../shared/report/exportFile.ts';
import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const reportHandlers = ({ store }: CoreServices): HandlersOf<'report'> => ({
  'report.export': async ({ cohortId, sessionId, format }) => {
    const result = exportSessionReport(await store.read(cohortId), sessionId, format);
    if (!result.ok) throw new RequestError(result.code, result.message);
    const { fileName, mimeType, text } = result;
    return { fileName, mimeType, text };
  },
});
