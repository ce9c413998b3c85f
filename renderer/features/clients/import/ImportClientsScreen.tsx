/**
 * Import a forum's existing client list from a spreadsheet (CSV or .xlsx): read off the
 * page's thread with progress and Cancel, map columns to fields, confirm consent, check a
 * row-by-row report (imported, duplicate of an existing client, refused and why), then
 * import every accepted row in one transaction, or none.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TextTable } from '../../../../shared/imports/csv-table';
import { guessMapping, planClientImport, type ColumnMapping } from '../../../../shared/imports/client-import';
import { importClients, useClients } from '../../../data';
import { localToday } from '../../../format/dates';
import type { EncodingNote } from '../../../imports/import-messages';
import { ImportCancelled, MAX_CLIENT_FILE_BYTES, readFiles, runImport, sizeProblem, type RunningImport } from '../../../imports/run-import';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { ImportProgress } from '../../../ui/ImportProgress';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { useStatus } from '../../../ui/StatusProvider';
import { ColumnMappingTable } from './ColumnMappingTable';
import { EncodingNotice } from './EncodingNotice';
import { ImportConsentFields, importConsentSchema, type ImportConsent, type ImportConsentInput } from './ImportConsentFields';
import { ImportReport } from './ImportReport';

interface ReadFile {
  table: TextTable;
  format: 'csv' | 'xlsx';
  encodings: EncodingNote[];
}

export function ImportClientsScreen() {
  const { t } = useTranslation('clients');
  const status = useStatus();
  const navigate = useNavigate();
  const existing = useClients();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | null>(null);
  const running = useRef<RunningImport | null>(null);
  const [read, setRead] = useState<ReadFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [importing, setImporting] = useState(false);
  const agreeMissing = t('import.agreeMissing');
  const recordedByMissing = t('import.recordedByMissing');
  const consentSchema = useMemo(() => importConsentSchema({ agreeMissing, recordedByMissing }), [agreeMissing, recordedByMissing]);
  const consentForm = useForm<ImportConsentInput, unknown, ImportConsent>({
    resolver: zodResolver(consentSchema),
    defaultValues: { agreed: false, recordedBy: '', consentDate: localToday() },
    ...VALIDATE_ON_SUBMIT,
  });
  // The report below is planned with the consent as typed so far, so it follows each change.
  const [recordedBy, consentDate] = useWatch({ control: consentForm.control, name: ['recordedBy', 'consentDate'] });

  const choose = async (list: FileList | null) => {
    setRead(null);
    setProblem(undefined);
    const [file] = [...(list ?? [])];
    if (!file) return;
    if (!/\.(csv|xlsx|txt)$/i.test(file.name)) {
      setProblem(t('import.wrongKind'));
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
        if (answer.table.columns.length === 0) setProblem(t('import.noHeader'));
        else {
          setRead({ table: answer.table, format: answer.format, encodings: answer.encodings });
          setMapping(guessMapping(answer.table.columns));
        }
      }
    } catch (error) {
      if (error instanceof ImportCancelled) status.say(t('import.cancelled'));
      else setProblem(t('import.failed'));
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const consent = { date: consentDate, recordedBy: recordedBy.trim() || 'import' };
  const plan = useMemo(
    () => (read && existing && /^\d{4}-\d{2}-\d{2}$/.test(consentDate) ? planClientImport(read.table, mapping, existing, consent) : undefined),
    // consent is rebuilt each render from these two values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [read, mapping, existing, consentDate, recordedBy],
  );
  const nameMapped = mapping.includes('name');

  const runImportNow = consentForm.handleSubmit(async () => {
    if (!plan || !read) return;
    setImporting(true);
    try {
      const count = await importClients(plan.clients, {
        format: read.format,
        ...(read.encodings[0] ? { encoding: read.encodings[0].encoding } : {}),
        duplicates: plan.lines.filter((l) => l.outcome === 'duplicate').length,
        refused: plan.lines.filter((l) => l.outcome === 'refused').length,
      });
      status.say(t('import.imported', { count }));
      void navigate('/clients');
    } catch (error) {
      status.error(t('import.nothingImported', { reason: refusalMessage(error) }));
    } finally {
      setImporting(false);
    }
  });

  const toImport = plan?.clients.length ?? 0;
  return (
    <>
      <PageHeader
        title={t('import.title')}
        lede={t('import.lede')}
        actions={
          <Link className="button button--secondary" to="/clients">
            {t('import.back')}
          </Link>
        }
      />
      <Panel title={t('import.chooseStep')}>
        <Field label={t('import.file')} hint={t('import.fileHint')} error={problem}>
          <input type="file" accept=".csv,.xlsx,.txt,text/csv" disabled={progress !== null || importing} onChange={(e) => void choose(e.target.files)} />
        </Field>
        {progress !== null ? <ImportProgress label={t('import.reading')} fraction={progress} onCancel={() => running.current?.cancel()} /> : null}
        {read?.encodings.map((note) => <EncodingNotice key={note.fileName} note={note} />)}
      </Panel>
      {read ? (
        <form noValidate autoComplete="off" onSubmit={(event) => void runImportNow(event)}>
          <Panel title={t('import.matchStep')}>
            <ColumnMappingTable table={read.table} mapping={mapping} onChange={setMapping} />
            {nameMapped ? null : (
              <p className="field__error" role="alert">
                {t('import.chooseNameColumn')}
              </p>
            )}
          </Panel>
          <Panel title={t('import.consentStep')}>
            <ImportConsentFields control={consentForm.control} register={consentForm.register} errors={consentForm.formState.errors} />
          </Panel>
          {plan && nameMapped ? (
            <Panel title={t('import.checkStep')}>
              <ImportReport lines={plan.lines} />
              <div className="form__actions">
                {importing ? <span role="status">{t('import.importing')}</span> : null}
                <Button type="submit" variant="primary" disabled={importing || toImport === 0}>
                  {t('import.importButton', { count: toImport })}
                </Button>
              </div>
            </Panel>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
