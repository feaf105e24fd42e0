import { usePageTitle } from '../../../shared/hooks/use-page-title';

/** `/about`: what Concord is, where its data comes from and under which licences. */
export function AboutPage() {
  usePageTitle('About Concord');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>About Concord</h1>
        <p className="nhsuk-lede-text">
          Concord is an open-source service that helps the NHS buy digital technology as one organisation
          instead of two hundred.
        </p>
        <p>
          Central commercial teams publish framework deals and set standards. Trusts record what they signed
          and paid, declare which standards they meet, and compare what they pay with their peers.
        </p>

        <h2>Where the data comes from</h2>
        <h3>NHS organisations</h3>
        <p>
          Trusts, integrated care boards (ICBs), NHS England regions and their codes come from the{' '}
          <a href="https://digital.nhs.uk/services/organisation-data-service">
            NHS Organisation Data Service (ODS)
          </a>
          . Names are shown in title case rather than the capitals ODS uses.
        </p>
        <p>
          ODS does not record what kind of care a trust provides, so a trust type is shown only where it is
          clear from the trust’s name or someone has set it. Otherwise it is shown as “Not established”.
        </p>
        <p>
          Some central commercial bodies have no confirmed ODS code. Concord gives them its own code, starting
          with CC-, until they do.
        </p>

        <h3>Frameworks, suppliers and prices</h3>
        <p>
          Frameworks, their lots, approved suppliers and ceiling prices are published in Concord by the
          central commercial teams that own them. The demo frameworks (references starting CDX-), their
          suppliers and products are fictional, and their prices synthetic.
        </p>
        <p>
          Products are classified with the information technology part of the{' '}
          <a href="https://simap.ted.europa.eu/cpv">Common Procurement Vocabulary (CPV 2008)</a>. Each
          published framework can be downloaded in the{' '}
          <a href="https://standard.open-contracting.org/1.1/">Open Contracting Data Standard (OCDS) 1.1</a>.
        </p>

        <h3>Standards</h3>
        <p>
          The standards catalogue started from a list of the standards NHS buyers ask for, with their real
          names and publishers. Central teams keep versions and dates up to date.
        </p>

        <h2>Licences</h2>
        <p>
          Organisation data contains public sector information licensed under the{' '}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
            Open Government Licence v3.0
          </a>
          .
        </p>
        <p>
          Concord’s source code is published under the MIT licence. Its pages are built with{' '}
          <a href="https://service-manual.nhs.uk/design-system">the NHS design system</a>, also under the MIT
          licence.
        </p>
      </div>
    </div>
  );
}
