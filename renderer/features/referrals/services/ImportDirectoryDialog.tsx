/**
 * Import a services directory in the Open Referral (HSDS) standard: its JSON, or its
 * tabular package of CSV files. The files are read off the page's thread with progress
 * and Cancel, within a size limit, with the text encoding detected and named. It shows
 * what will be added, updated and skipped (row by row, with the reason) before anything
 * is written; re-importing updates, never duplicates.
 */
import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { planImport, type HsdsImportResult, type ImportPlan } from '../../../../shared/services/hsds-import';
import { applyServicesImport, getSettings, services } from '../../../data';
import { encodingMessage } from '../../../imports/decode-text';
import type { EncodingNote } from '../../../imports/import-messages';
import { ImportCancelled, MAX_DIRECTORY_BYTES, readFiles, runImport, sizeProblem, type RunningImport } from '../../../imports/run-import';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ImportProgress } from '../../../ui/ImportProgress';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { wordMessage } from '../../../i18n';

interface Prepared {
  result: HsdsImportResult;
  plan: ImportPlan;
  encodings: EncodingNote[];
}

export function ImportDirectoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('referrals');
  const status = useStatus();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<RunningImport | null>(null);

  const choose = async (list: FileList | null) => {
    setPrepared(null);
    setProblem(null);
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const tooBig = sizeProblem(files, MAX_DIRECTORY_BYTES);
    if (tooBig) {
      setProblem(tooBig);
      return;
    }
    setProgress(0);
    try {
      // The forum's categories as stored now: the screen's live copy may not have arrived yet,
      // and matching against none would plan every earlier import's service as "updated".
      const { issueCategories } = await getSettings();
      running.current = runImport({ kind: 'hsds', files: await readFiles(files), categories: issueCategories }, setProgress);
      const answer = await running.current.result;
      if (answer.type === 'refused') setProblem(answer.message);
      else if (answer.type === 'hsds') setPrepared({ result: answer.result, plan: planImport(answer.result, await services.list()), encodings: answer.encodings });
    } catch (error) {
      if (error instanceof ImportCancelled) status.say(t('import.cancelled'));
      else setProblem(t('import.unreadable'));
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  const apply = async () => {
    if (!prepared) return;
    try {
      const { created, updated } = await applyServicesImport(prepared.plan, prepared.result.format);
      status.say(t('import.done', { created, updated }));
      onClose();
    } catch (error) {
      setProblem(refusalMessage(error));
    }
  };
  const skipped = prepared?.result.report.filter((line) => line.level === 'skipped') ?? [];
  const warnings = prepared?.result.report.filter((line) => line.level === 'warning') ?? [];
  const close = () => {
    running.current?.cancel();
    onClose();
  };

  return (
    <Dialog title={t('import.title')} onClose={close} wide>
      <p className="muted">{t('import.explain')}</p>
      <label>
        <span className="field__label">{t('import.files')}</span>
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          multiple
          disabled={progress !== null}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'import-problem' : undefined}
          onChange={(e) => void choose(e.target.files)}
        />
      </label>
      {progress !== null ? <ImportProgress label={t('import.reading')} fraction={progress} onCancel={() => running.current?.cancel()} /> : null}
      {problem ? (
        <p className="field__error" id="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {prepared?.encodings.map((note, index) => (
        <p key={index} className="muted" role="note" aria-label={t('import.encoding')}>
          {encodingMessage(note.encoding, note.fileName)}
        </p>
      ))}
      {prepared ? (
        <section className="import-summary" aria-label={t('import.summary')}>
          <p>
            <Trans
              t={t}
              i18nKey="import.plan"
              values={{ created: prepared.plan.create.length, updated: prepared.plan.update.length, unchanged: prepared.plan.unchanged, skipped: skipped.length }}
              components={{ b: <strong /> }}
            />
          </p>
          {skipped.length + warnings.length > 0 ? (
            <ul className="import-report" aria-label={t('import.report')}>
              {[...skipped, ...warnings].map((line, index) => (
                <li key={index}>
                  <span className={line.level === 'skipped' ? 'badge badge--danger' : 'badge badge--warn'}>
                    {line.level === 'skipped' ? t('import.skipped') : t('import.note')}
                  </span>{' '}
                  {typeof line.row === 'number' ? t('import.row', { row: line.row }) : <UserText>{line.row}</UserText>}
                  {line.id ? (
                    <>
                      {' ('}
                      <UserText>{line.id}</UserText>
                      {')'}
                    </>
                  ) : null}
                  {t('import.colon')}
                  {wordMessage(line.message)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={close}>{t('cancel')}</Button>
        <Button variant="primary" disabled={!prepared || prepared.plan.create.length + prepared.plan.update.length === 0} onClick={() => void apply()}>
          {t('import.action')}
        </Button>
      </div>
    </Dialog>
  );
}
