/** Add a volunteer, or edit one: the same form, different starting points. */
import { Link, useNavigate, useParams } from 'react-router';
import { volunteers } from '../../../data';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { useStatus } from '../../../ui/StatusProvider';
import { useVolunteerRecord } from '../page/use-volunteer-record';
import { blankVolunteerForm, volunteerToForm } from './volunteer-form';
import { VolunteerForm } from './VolunteerForm';

export function NewVolunteerScreen() {
  const navigate = useNavigate();
  const status = useStatus();
  return (
    <>
      <PageHeader title="Add a volunteer" lede="Only the name is needed now; the rest can be filled in later." />
      <VolunteerForm
        initial={blankVolunteerForm()}
        save={(input) => volunteers.create(input)}
        onSaved={(volunteer) => {
          status.say(`Added ${volunteer.name}`);
          void navigate(`/volunteers/${volunteer.id}`);
        }}
        onCancel={() => void navigate('/volunteers')}
      />
    </>
  );
}

export function EditVolunteerScreen() {
  const { volunteerId = '' } = useParams();
  const navigate = useNavigate();
  const status = useStatus();
  const volunteer = useVolunteerRecord(volunteerId);
  if (volunteer === undefined) return <PageHeader title="Edit volunteer" lede="Loading…" />;
  if (volunteer === null) {
    return (
      <>
        <PageHeader title="Edit volunteer" />
        <EmptyState title="This volunteer could not be found.">
          They may have been removed. <Link to="/volunteers">Back to volunteers</Link>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={`Edit ${volunteer.name}`} lede={volunteer.active ? 'Active volunteer' : 'Retired volunteer'} />
      <VolunteerForm
        key={volunteer.id}
        initial={volunteerToForm(volunteer)}
        existing={volunteer}
        save={(input) => volunteers.update(volunteer.id, input)}
        onSaved={() => {
          status.say('Saved');
          void navigate(`/volunteers/${volunteer.id}`);
        }}
        onCancel={() => void navigate(`/volunteers/${volunteer.id}`)}
      />
    </>
  );
}
