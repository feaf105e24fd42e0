import { usePageTitle } from '../../../shared/hooks/use-page-title';

/** Shown when a page fails to render: the NHS "problem with the service" page. */
export function ErrorPage() {
  usePageTitle('Sorry, there is a problem with the service', { error: true });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later.</p>
        <p>
          <a href="/">Go to the Concord homepage</a>
        </p>
      </div>
    </div>
  );
}
