import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

/** Any address the router does not know. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Page not found</h1>
        <p>If you entered a web address, check it was correct.</p>
        <p>If you pasted the web address, check you copied the entire address.</p>
        <p>
          You can <Link to="/organisations">search the directory of organisations</Link> or go to the{' '}
          <Link to="/">Concord homepage</Link>.
        </p>
      </div>
    </div>
  );
}
