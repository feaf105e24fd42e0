import { useId } from 'react';
import { graphql } from '../../../gql';
import type { MembershipSwitcher_MeFragment } from '../../../gql/graphql';
import { membershipLabel } from '../../../shared/labels/roles';
import { useSwitchMembershipMutation } from '../mutations/use-switch-membership-mutation';
import './membership-switcher.css';

export const MembershipSwitcher_me = graphql(`
  fragment MembershipSwitcher_me on Me {
    activeMembership {
      id
    }
    memberships {
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
  }
`);

/**
 * For someone with more than one membership: a small form in the header account area to act in
 * another. A native select and button, so it works with a keyboard and every screen reader.
 */
export function MembershipSwitcher({ me }: { me: MembershipSwitcher_MeFragment }) {
  const id = useId();
  const [switchMembership, { loading }] = useSwitchMembershipMutation();
  const others = me.memberships.filter((membership) => membership.id !== me.activeMembership?.id);
  if (others.length === 0) return null;

  return (
    <li className="nhsuk-header__account-item concord-membership-switcher-item">
      <form
        className="nhsuk-header__account-form concord-membership-switcher"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = new FormData(event.currentTarget).get('membershipId');
          if (typeof chosen === 'string' && !loading) void switchMembership(chosen);
        }}
      >
        <label className="concord-membership-switcher__label" htmlFor={id}>
          Switch to
        </label>
        <select className="nhsuk-select concord-membership-switcher__select" id={id} name="membershipId">
          {others.map((membership) => (
            <option key={membership.id} value={membership.id}>
              {membershipLabel(membership)}
            </option>
          ))}
        </select>
        <button className="nhsuk-header__account-button" type="submit">
          Switch
        </button>
      </form>
    </li>
  );
}
