/**
 * Import a services directory in the Open Referral (HSDS) standard: its JSON, or its
 * tabular package of CSV files. The files are read off the page's thread with progress
 * and Cancel, within a size limit, with the text encoding detected and named. It shows
 * what will be added, updated and skipped (row by row, with the reason) before anything
 * is written; re-importing updates, never duplicates.
 */
import { useRef, useState } from 'react';
import { planImport, type HsdsImportResult, type ImportPlan } from '../../../../shared/services/hsds-import';
import { applyServicesImport, services, useSettings } from '../../../data';
import { encodingMessage } from '../../../imports/decode-text';
import type { EncodingNote } from '../../../imports/import-messages';
import { ImportCancelled, MAX_DIRECTORY_BYTES, readFiles, runImport, sizeProblem, type RunningImport } from '../../../imports/run-import';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { ImportProgress } from '../../../ui/ImportProgress';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

interface Prepared {
  result: HsdsImportResult;
  plan: ImportPlan;
  encodings: EncodingNote[];
}

export function ImportDirectoryDialog({ onClose }: { onClose: () => void }) {
  const status = useStatus();
  const settings = useSettings();
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
      running.current = runImport({ kind: 'hsds', files: await readFiles(files), categories: settings?.issueCategories ?? [] }, setProgress);
      const answer = await running.current.result;
      if (answer.type === 'refused') setProblem(answer.message);
      else if (answer.type === 'hsds') setPrepared({ result: answer.result, plan: planImport(answer.result, await services.list()), encodings: answer.encodings });
    } catch (error) {
      if (error instanceof ImportCancelled) status.say('Import cancelled. Nothing was imported.');
      else setProblem('The file could not be read.');
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  const apply = async () => {
    if (!prepared) return;
    try {
      const { created, updated } = await applyServicesImport(prepared.plan, prepared.result.format);
      status.say(`Directory imported: ${created} added, ${updated} updated`);
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
    <Dialog title="Import a services directory" onClose={close} wide>
      <p className="muted">
        Choose an Open Referral (HSDS) file: the directory’s JSON, or the CSV files of its tabular package (services.csv and the
        files that go with it, chosen together).
      </p>
      <label>
        <span className="field__label">Directory file or files</span>
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
      {progress !== null ? <ImportProgress label="Reading the directory" fraction={progress} onCancel={() => running.current?.cancel()} /> : null}
      {problem ? (
        <p className="field__error" id="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {prepared?.encodings.map((note, index) => (
        <p key={index} className="muted" role="note" aria-label="Text encoding">
          {encodingMessage(note.encoding, note.fileName)}
        </p>
      ))}
      {prepared ? (
        <section className="import-summary" aria-label="What the import will do">
          <p>
            <strong>{prepared.plan.create.length}</strong> new, <strong>{prepared.plan.update.length}</strong> updated,{' '}
            <strong>{prepared.plan.unchanged}</strong> unchanged, <strong>{skipped.length}</strong> skipped.
          </p>
          {skipped.length + warnings.length > 0 ? (
            <ul className="import-report" aria-label="Import report">
              {[...skipped, ...warnings].map((line, index) => (
                <li key={index}>
                  <span className={line.level === 'skipped' ? 'badge badge--danger' : 'badge badge--warn'}>{line.level === 'skipped' ? 'Skipped' : 'Note'}</span>{' '}
                  {typeof line.row === 'number' ? `Row ${line.row}` : line.row}
                  {line.id ? ` (${line.id})` : ''}: {line.message}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={close}>Cancel</Button>
        <Button variant="primary" disabled={!prepared || prepared.plan.create.length + prepared.plan.update.length === 0} onClick={() => void apply()}>
          Import services
        </Button>
      </div>
    </Dialog>
  );
}
