import { BackLink } from '../../../shared/ui/back-link';
import { useViewer } from '../../identity/viewer';
import { RequireImporter } from '../components/access';
import { RegisterGuide } from '../components/register-guide';
import { StepHeading } from '../components/step-heading';
import { UploadForm } from '../components/upload-form';
import { registerPath, templateUrl } from '../paths';
import { actsCentrally } from '../../contracts/rights';

const TITLE = 'Upload your contract register';

/** `/contracts/import`: step 1 of the import, choosing and sending the file. */
export function UploadRegisterPage() {
  return (
    <RequireImporter>
      <UploadRegister />
    </RequireImporter>
  );
}

function UploadRegister() {
  const viewer = useViewer();
  const organisation = viewer?.activeMembership?.organisation?.name ?? 'your organisation';
  const central = actsCentrally(viewer);
  const buyer = central ? (
    <>
      You act for {organisation}, so give the ODS code of the trust that holds each contract in{' '}
      <code>buyer_ods_code</code>, on every row.
    </>
  ) : (
    <>
      Leave <code>buyer_ods_code</code> blank: the contracts are {organisation}’s. You can import only your
      own trust’s contracts.
    </>
  );

  return (
    <>
      <BackLink to={registerPath}>Back to contracts</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <UploadForm title={`${TITLE} – Import contracts`}>
            <StepHeading step={1}>{TITLE}</StepHeading>
            <p>
              Fill in the template with one row for each line of each contract, or copy your register into it.
              Concord checks the whole file first and shows you what importing it would do, without saving
              anything: you fix any problems and confirm before a single contract is imported.
            </p>
            <p>
              <a href={templateUrl} download>
                Download the template (CSV)
              </a>{' '}
              and read <a href="#guide">how to fill it in</a>.
            </p>
            <RegisterGuide buyer={buyer} />
          </UploadForm>
        </div>
      </div>
    </>
  );
}
