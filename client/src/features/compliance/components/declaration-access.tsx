import { Link } from 'react-router';
import { PageMessage } from '../../identity/components/access';

/** A declaration nobody may see here: there is none at this address, or the viewer may not read it. */
export function DeclarationNotFound() {
  return (
    <PageMessage title="Declaration not found">
      <p>There is no declaration at this address that you can see.</p>
      <p>
        Declarations that a central team has not verified yet are seen only by those who made them and by
        central commercial teams. If you were sent a link, you may need to sign in.
      </p>
      <p>
        <Link to="/standards">Go to the standards catalogue</Link>
      </p>
    </PageMessage>
  );
}
