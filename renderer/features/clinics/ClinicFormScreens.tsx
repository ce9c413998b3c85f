/** Create a clinic, or change one; saving (re)generates its sessions for the coming weeks. */
import { useNavigate, useParams } from 'react-router';
import { blankClinicForm, clinicToForm } from '../../../shared/frontdesk/clinic-form';
import { createClinic, updateClinic, useClinic } from '../../data';
import { localToday } from '../../format/dates';
import { PageHeader } from '../../ui/PageHeader';
import { useStatus } from '../../ui/StatusProvider';
import { ClinicForm } from './ClinicForm';
import { plural } from '../../../shared/plural';

export function NewClinicScreen() {
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title="New clinic" lede="Sessions are added to the calendar for the next twelve weeks, and kept topped up." />
      <ClinicForm
        initial={blankClinicForm(localToday())}
        save={(input) => createClinic(input, localToday())}
        onSaved={(clinic, added) => {
          status.say(`${clinic.name} created with ${plural(added, 'session')}`);
          void navigate('/clinics');
        }}
        onCancel={() => void navigate('/clinics')}
      />
    </>
  );
}

export function EditClinicScreen() {
  const { clinicId } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const clinic = useClinic(clinicId);
  if (!clinic) return <PageHeader title="Edit clinic" lede="Loading…" />;
  return (
    <>
      <PageHeader title={`Edit ${clinic.name}`} lede="Future sessions nobody is booked into follow a changed schedule." />
      <ClinicForm
        key={clinic.id}
        initial={clinicToForm(clinic)}
        existing={clinic}
        save={(input) => updateClinic(clinic.id, input, localToday())}
        onSaved={() => {
          status.say('Saved');
          void navigate('/clinics');
        }}
        onCancel={() => void navigate('/clinics')}
      />
    </>
  );
}
