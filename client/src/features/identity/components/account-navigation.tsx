import { Link, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { AccountNavigation_MeFragment } from '../../../gql/graphql';
import { membershipLabel } from '../../../shared/labels/roles';
import { Icon } from '../../../shared/ui/icons';
import { useSignOutMutation } from '../mutations/use-sign-out-mutation';
import { signInHref } from '../return-to';
import { MembershipSwitcher } from './membership-switcher';

export const AccountNavigation_me = graphql(`
  fragment AccountNavigation_me on Me {
    user {
      id
      name
    }
    activeMembership {
      id
      role
      organisation {
        id
        name
      }
      supplier {
        id
        name
      }
    }
    ...MembershipSwitcher_me
  }
`);

/**
 * The account area of the NHS header (v10): "Sign in" for visitors; for a signed-in user their
 * name, where and as what they act, a switcher when they hold several memberships, and "Sign out".
 */
export function AccountNavigation({ me }: { me: AccountNavigation_MeFragment | null }) {
  return (
    <nav className="nhsuk-header__account" aria-label="Account">
      <ul className="nhsuk-header__account-list">{me ? <SignedIn me={me} /> : <SignInItem />}</ul>
    </nav>
  );
}

function SignInItem() {
  const { pathname, search } = useLocation();
  const here = pathname === '/sign-in';
  return (
    <li className="nhsuk-header__account-item">
      <Link
        className="nhsuk-header__account-link"
        to={here ? { pathname, search } : signInHref(`${pathname}${search}`)}
        aria-current={here ? 'page' : undefined}
      >
        Sign in
      </Link>
    </li>
  );
}

function SignedIn({ me }: { me: AccountNavigation_MeFragment }) {
  const [signOut] = useSignOutMutation();
  return (
    <>
      <li className="nhsuk-header__account-item">
        <Icon name="user" />
        {me.user.name}
      </li>
      {me.activeMembership && (
        <li className="nhsuk-header__account-item">{membershipLabel(me.activeMembership)}</li>
      )}
      <MembershipSwitcher me={me} />
      <li className="nhsuk-header__account-item">
        <form
          className="nhsuk-header__account-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void signOut();
          }}
        >
          <button className="nhsuk-header__account-button" type="submit">
            Sign out
          </button>
        </form>
      </li>
    </>
  );
}
