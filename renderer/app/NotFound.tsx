import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <div className="panel">
        <p>There is no page at this address.</p>
        <Link to="/">Go to Today</Link>
      </div>
    </>
  );
}
