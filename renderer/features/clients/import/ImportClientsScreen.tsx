/**
 * Import a forum's existing client list from a spreadsheet (CSV or .xlsx): read off the
 * page's thread with progress and Cancel, map columns to fields, confirm consent, check a
 * row-by-row report (imported, duplicate of an existing client, refused and why), then
 * import every accepted row in one transaction, or none.
 */
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TextTable } from '../../../../shared/imports/csv-table';
import { guessMapping, planClientImport, type ColumnMapping } from '../../../../shared/imports/client-import';
import { pluralWord } from '../../../../shared/plural';
import { formatIsoDate } from '../../../../shared/schedule/dates';
import { importClients, useClients } from '../../../data';
import { format } from '../../../i18n/format';
import { encodingMessage } from '../../../imports/decode-text';
import type { EncodingNote } from '../../../imports/import-messages';
import { ImportCancelled, MAX_CLIENT_FILE_BYTES, readFiles, runImport, sizeProblem, type RunningImport } from '../../../imports/run-import';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { ImportProgress } from '../../../ui/ImportProgress';
import { refusalMessage } from '../../../ui/form-errors';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { useStatus } from '../../../ui/StatusProvider';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportReport } from './ImportReport';

interface ReadFile {
  table: TextTable;
  format: 'csv' | 'xlsx';
  encodings: EncodingNote[];
}

export function ImportClientsScreen() {
  const status = useStatus();
  const navigate = useNavigate();
  const existing = useClients();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<RunningImport | null>(null);
  const [read, setRead] = useState<ReadFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [agreed, setAgreed] = useState(false);
  const [recordedBy, setRecordedBy] = useState('');
  const [consentDate, setConsentDate] = useState(formatIsoDate(new Date()));
  const [importing, setImporting] = useState(false);
  const [consentProblem, setConsentProblem] = useState<string | undefined>(undefined);

  const choose = async (list: FileList | null) => {
    setRead(null);
    setProblem(undefined);
    const [file] = [...(list ?? [])];
    if (!file) return;
    if (!/\.(csv|xlsx|txt)$/i.test(file.name)) {
      setProblem('Choose a CSV file (.csv) or an Excel workbook (.xlsx).');
      return;
    }
    const tooBig = sizeProblem([file], MAX_CLIENT_FILE_BYTES);
    if (tooBig) {
      setProblem(tooBig);
      return;
    }
    setProgress(0);
    try {
      const [bytes] = await readFiles([file]);
      running.current = runImport({ kind: 'table', file: bytes! }, setProgress);
      const answer = await running.current.result;
      if (answer.type === 'refused') setProblem(answer.message);
      else if (answer.type === 'table') {
        if (answer.table.columns.length === 0) setProblem('The file has no header row, so its columns cannot be matched to fields.');
        else {
          setRead({ table: answer.table, format: answer.format, encodings: answer.encodings });
          setMapping(guessMapping(answer.table.columns));
        }
      }
    } catch (error) {
      if (error instanceof ImportCancelled) status.say('Import cancelled. Nothing was imported.');
      else setProblem('The file could not be read. Try again.');
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const consent = { date: consentDate, recordedBy: recordedBy.trim() || 'import' };
  const plan = useMemo(
    () => (read && existing ? planClientImport(read.table, mapping, existing, consent) : undefined),
    // consent is rebuilt each render from these two values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [read, mapping, existing, consentDate, recordedBy],
  );
  const nameMapped = mapping.includes('name');

  const runImportNow = async () => {
    if (!plan || !read) return;
    if (!agreed || recordedBy.trim() === '') {
      setConsentProblem('Confirm that everyone on the list agreed, and say who recorded it.');
      return;
    }
    setConsentProblem(undefined);
    setImporting(true);
    try {
      const count = await importClients(plan.clients, {
        format: read.format,
        ...(read.encodings[0] ? { encoding: read.encodings[0].encoding } : {}),
        duplicates: plan.lines.filter((l) => l.outcome === 'duplicate').length,
        refused: plan.lines.filter((l) => l.outcome === 'refused').length,
      });
      status.say(`Imported ${format().number(count)} ${pluralWord(count, 'client')}`);
      void navigate('/clients');
    } catch (error) {
      status.error(`Nothing was imported: ${refusalMessage(error)}`);
    } finally {
      setImporting(false);
    }
  };

  const toImport = plan?.clients.length ?? 0;
  return (
    <>
      <PageHeader
        title="Import clients from a spreadsheet"
        lede="Bring in the list your forum kept before Signpost. Nothing is saved until you have checked every row."
        actions={
          <Link className="button button--secondary" to="/clients">
            Back to clients
          </Link>
        }
      />
      <Panel title="1. Choose the file">
        <Field label="Spreadsheet file (CSV or .xlsx)" hint="The first row must name the columns." error={problem}>
          <input type="file" accept=".csv,.xlsx,.txt,text/csv" disabled={progress !== null || importing} onChange={(e) => void choose(e.target.files)} />
        </Field>
        {progress !== null ? <ImportProgress label="Reading the file" fraction={progress} onCancel={() => running.current?.cancel()} /> : null}
        {read?.encodings.map((note) => (
          <p key={note.fileName} className="muted" role="note" aria-label="Text encoding">
            {encodingMessage(note.encoding, note.fileName)}
          </p>
        ))}
      </Panel>
      {read ? (
        <>
          <Panel title="2. Match the columns">
            <ColumnMappingTable table={read.table} mapping={mapping} onChange={setMapping} />
            {nameMapped ? null : (
              <p className="field__error" role="alert">
                Choose the column that holds the person’s name.
              </p>
            )}
          </Panel>
          <Panel title="3. Consent">
            <p className="muted">Signpost keeps a person’s details only with their consent to storage.</p>
            <label className="checkbox">
              <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} /> Everyone on this list agreed to
              the forum keeping their details
            </label>
            <div className="grid-2">
              <Field label="Consent recorded by" error={consentProblem}>
                <input className="input" value={recordedBy} onChange={(e) => setRecordedBy(e.target.value)} />
              </Field>
              <Field label="Date consent was given">
                <input className="input" type="date" value={consentDate} onChange={(e) => setConsentDate(e.target.value)} />
              </Field>
            </div>
          </Panel>
          {plan && nameMapped ? (
            <Panel title="4. Check every row">
              <ImportReport lines={plan.lines} />
              <div className="form__actions">
                {importing ? <span role="status">Importing…</span> : null}
                <Button variant="primary" disabled={importing || toImport === 0} onClick={() => void runImportNow()}>
                  {`Import ${format().number(toImport)} ${toImport === 1 ? 'client' : 'clients'}`}
                </Button>
              </div>
            </Panel>
          ) : null}
        </>
      ) : null}
    </>
  );
}
