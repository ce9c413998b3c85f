/**
 * Settings → Records that need attention: stored records that no longer fit their schema,
 * kept exactly as stored, with what is wrong. Each can be opened in its own form, have its
 * stored fields corrected, or be saved as a JSON file.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import {
  correctStoredRecord,
  recordRecordExport,
  storedRecordJson,
  useRecordsNeedingAttention,
  ValidationError,
  type RecordNeedingAttention,
} from '../../data';
import { getPlatform } from '../../platform/get-platform';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';

const TABLE_LABELS: Record<RecordNeedingAttention['table'], string> = {
  clients: 'Client',
  clinics: 'Clinic',
  sessions: 'Session',
  appointments: 'Appointment',
  adviceEntries: 'Advice log entry',
  services: 'Service',
  referrals: 'Referral',
  volunteers: 'Volunteer',
  shifts: 'Shift',
  settings: 'Settings',
  auditLog: 'Activity log entry',
  users: 'User',
  dataKeys: 'Data key',
  vault: 'Recovery key record',
};

export function RecordsNeedingAttentionPanel() {
  const records = useRecordsNeedingAttention();
  const status = useStatus();
  const [correcting, setCorrecting] = useState<{ record: RecordNeedingAttention; json: string } | null>(null);

  const saveAsFile = async (record: RecordNeedingAttention) => {
    try {
      const content = await storedRecordJson(record.table, record.id);
      const result = await getPlatform().saveFile({
        suggestedName: `signpost-${record.table}-${record.id}.json`.replace(/[^\w.-]/g, '_'),
        content,
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (result.saved) {
        await recordRecordExport(record.table);
        status.say(`Saved ${result.fileName}`);
      } else if (result.reason === 'cancelled') status.say(result.message ?? 'Not saved');
      else status.error(result.message ?? 'The file could not be saved.');
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  const startCorrecting = async (record: RecordNeedingAttention) => {
    try {
      setCorrecting({ record, json: await storedRecordJson(record.table, record.id) });
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };

  return (
    <Panel title="Records that need attention">
      <p className="muted">
        Records that no longer fit what Signpost expects (damaged on disk, edited by hand, or written by another version). They
        are kept exactly as stored and still shown, marked, in their lists. Correct them here or in their own form.
      </p>
      {records === undefined ? (
        <p className="muted">Checking every record…</p>
      ) : records.length === 0 ? (
        <p>Every stored record reads cleanly.</p>
      ) : (
        <ul className="attention-list" aria-label="Records that need attention">
          {records.map((record) => (
            <li key={`${record.table}/${record.id}`} className="attention-list__item">
              <p>
                <strong>{TABLE_LABELS[record.table]}</strong> <bdi>{record.label}</bdi>
              </p>
              <ul aria-label="What is wrong">
                {record.problems.map((problem, index) => (
                  <li key={index}>
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
              <div className="form__actions">
                {record.formPath ? (
                  <Link className="button button--secondary" to={record.formPath}>
                    Open
                  </Link>
                ) : null}
                <Button onClick={() => void startCorrecting(record)}>Correct fields</Button>
                <Button onClick={() => void saveAsFile(record)}>Save as JSON</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {correcting ? (
        <CorrectRecordDialog
          record={correcting.record}
          initial={correcting.json}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            status.say('Record corrected');
          }}
        />
      ) : null}
    </Panel>
  );
}

function CorrectRecordDialog({
  record,
  initial,
  onClose,
  onSaved,
}: {
  record: RecordNeedingAttention;
  initial: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [json, setJson] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const save = async () => {
    try {
      await correctStoredRecord(record.table, record.id, json);
      onSaved();
    } catch (error) {
      setProblem(
        error instanceof ValidationError
          ? error.problems.map((p) => (p.path && p.path !== '(record)' ? `${p.path}: ${p.message}` : p.message)).join('. ')
          : refusalMessage(error),
      );
    }
  };
  return (
    <Dialog title={`Correct this ${TABLE_LABELS[record.table].toLowerCase()}`} onClose={onClose} wide>
      <p className="muted">
        The record as stored. Change the fields listed as wrong; it is saved only when the whole record is right.
      </p>
      <Field label="Stored fields (JSON)" error={problem}>
        <textarea className="attention-json" rows={16} spellCheck={false} value={json} onChange={(e) => setJson(e.target.value)} />
      </Field>
      <div className="dialog__actions">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="primary" onClick={() => void save()}>
          Save corrected record
        </Button>
      </div>
    </Dialog>
  );
}
