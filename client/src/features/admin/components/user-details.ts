import { graphql } from '../../../gql';

/** What the user page shows of a user; mutations that change a user select it too. */
export const UserDetails_user = graphql(`
  fragment UserDetails_user on User {
    id
    name
    email
    active
    memberships {
      id
      role
      organisation {
        id
        name
        odsCode
      }
      supplier {
        id
        name
      }
    }
  }
`);
