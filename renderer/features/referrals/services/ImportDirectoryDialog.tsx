/**
 * Import a services directory in the Open Referral (HSDS) standard: its JSON, or its
 * tabular package of CSV files. Shows what will be added, updated and skipped (row by
 * row, with the reason) before anything is written; re-importing updates, never duplicates.
 */
import { useState } from 'react';
import { HsdsImportError, importHsdsCsv, importHsdsJson, planImport, type HsdsImportResult, type ImportPlan } from '../../../../shared/services/hsds-import';
import { applyServicesImport, services, useSettings } from '../../../data';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { refusalMessage } from '../../../ui/form-errors';
import { useStatus } from '../../../ui/StatusProvider';

interface Prepared {
  result: HsdsImportResult;
  plan: ImportPlan;
}

async function readDirectory(files: readonly File[], categories: Parameters<typeof importHsdsJson>[1]): Promise<HsdsImportResult> {
  const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
  if (json) return importHsdsJson(await json.text(), categories);
  const texts: Record<string, string> = {};
  for (const file of files) texts[file.name.toLowerCase()] = await file.text();
  return importHsdsCsv(texts, categories);
}

export function ImportDirectoryDialog({ onClose }: { onClose: () => void }) {
  const status = useStatus();
  const settings = useSettings();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (list: FileList | null) => {
    setPrepared(null);
    setProblem(null);
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    try {
      const result = await readDirectory(files, { categories: settings?.issueCategories ?? [] });
      setPrepared({ result, plan: planImport(result, await services.list()) });
    } catch (error) {
      setProblem(error instanceof HsdsImportError ? error.message : 'The file could not be read.');
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

  return (
    <Dialog title="Import a services directory" onClose={onClose} wide>
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
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'import-problem' : undefined}
          onChange={(e) => void choose(e.target.files)}
        />
      </label>
      {problem ? (
        <p className="field__error" id="import-problem" role="alert">
          {problem}
        </p>
      ) : null}
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
                  <span className={line.level === 'skipped' ? 'badge badge--danger' : 'badge badge--warn'}>{line.level === 'skipped' ? 'Skipped' : 'Note'}</span> Row{' '}
                  {line.row}
                  {line.id ? ` (${line.id})` : ''}: {line.message}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" disabled={!prepared || prepared.plan.create.length + prepared.plan.update.length === 0} onClick={() => void apply()}>
          Import services
        </Button>
      </div>
    </Dialog>
  );
}
