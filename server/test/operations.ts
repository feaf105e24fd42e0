// Operations shared by tests: the same documents a client would send.

export const ORGANISATIONS = /* GraphQL */ `
  query Organisations(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrganisationFilter
    $orderBy: OrganisationOrder
  ) {
    organisations(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          odsCode
          name
          kind
          trustType
          isOpen
          closedOn
          region {
            code
            name
          }
          icb {
            code
            name
          }
        }
      }
    }
  }
`;

export type OrganisationNode = {
  id: string;
  odsCode: string;
  name: string;
  kind: string;
  trustType: string | null;
  isOpen: boolean;
  closedOn: string | null;
  region: { code: string; name: string } | null;
  icb: { code: string; name: string } | null;
};

export type OrganisationsData = {
  organisations: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { cursor: string; node: OrganisationNode }[];
  };
};

export const ORGANISATION = /* GraphQL */ `
  query Organisation($odsCode: String!) {
    organisation(odsCode: $odsCode) {
      odsCode
      name
      kind
      codeSource
      trustType
      trustTypeSource
      addressLines
      postcode
      openedOn
      closedOn
      isOpen
      region {
        name
      }
      icb {
        name
        validFrom
      }
    }
  }
`;
