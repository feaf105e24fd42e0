import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ChooseContractImportMatchesDocument,
  CommitContractImportDocument,
  ContractImportPageDocument,
  type ChooseContractImportMatchesMutation,
  type ChooseContractImportMatchesMutationVariables,
  type CommitContractImportMutation,
  type ContractImportPageQuery,
} from '../../gql/graphql';
import { procurementAtRoyalFree, user } from '../../test/render-frame';

/** Test data and fakes for the import wizard's tests. */

export const priya = user('Priya Procurement', [procurementAtRoyalFree]);

/**
 * Chooses `file` in the file field labelled `label`, then presses `button`: the person who does it,
 * to go on. Checked by the page, not by the browser's file picker: the tests choose files the picker
 * would hide.
 */
export async function chooseAndSend(label: string, button: string, file: File) {
  const person = userEvent.setup({ applyAccept: false });
  await person.upload(screen.getByLabelText(label), file);
  await person.click(screen.getByRole('button', { name: button }));
  return person;
}

/** A file of the name and size given (the size without the bytes). */
export function fileOf(name: string, size = 120, type = 'text/csv'): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

/** Just enough of XMLHttpRequest for the upload; each test answers the request it sent. */
export class FakeRequest {
  static sent: FakeRequest[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: {
    onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeRequest.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
  fail() {
    this.onerror?.();
  }
}

export type Import = NonNullable<ContractImportPageQuery['contractImport']>;
type Review = Import['reviews'][number];

const counts = (create: number, update: number, unchanged: number) => ({
  __typename: 'ImportCounts' as const,
  create,
  update,
  unchanged,
});

/** An import whose dry run passed: 12 contracts to add, 3 to update, 40 unchanged. */
export function anImport(overrides: Partial<Import> = {}): Import {
  return {
    __typename: 'ContractImport',
    id: 'imp-1',
    status: 'READY',
    fileName: 'royal-free-register.csv',
    createdAt: '2026-11-23T14:05:00.000Z',
    rowCount: 103,
    problemCount: 0,
    problemReportUrl: null,
    error: null,
    importedAt: null,
    problems: [],
    reviews: [],
    summary: {
      __typename: 'ImportSummaryType',
      contracts: counts(12, 3, 40),
      lines: counts(48, 6, 49),
      linesRemoved: 2,
    },
    progress: null,
    ...overrides,
  };
}

export const problem = (row: number, column: string | null, message: string) => ({
  __typename: 'ImportProblem' as const,
  row,
  column,
  message,
});

export const supplierReview: Review = {
  __typename: 'ImportMatchReview',
  key: 'SUPPLIER||brightwatr clinical',
  kind: 'SUPPLIER',
  name: 'Brightwatr Clinical',
  context: null,
  rows: [2, 3, 5],
  rowCount: 3,
  chosenId: null,
  candidates: [
    {
      __typename: 'ImportMatchCandidate',
      id: 'sup-bright',
      name: 'Brightwater Clinical Informatics UK Ltd',
      detail: 'ZZ100006',
    },
    { __typename: 'ImportMatchCandidate', id: 'sup-clear', name: 'Clearwater Clinical Ltd', detail: null },
  ],
};

export const productReview: Review = {
  __typename: 'ImportMatchReview',
  key: 'PRODUCT|sup-bright|flow board',
  kind: 'PRODUCT',
  name: 'Flow Board',
  context: 'Brightwater Clinical Informatics UK Ltd',
  rows: [4],
  rowCount: 1,
  chosenId: null,
  candidates: [
    {
      __typename: 'ImportMatchCandidate',
      id: 'prod-flow',
      name: 'Brightwater Flow Board',
      detail: '3.1, 3.2',
    },
  ],
};

/**
 * The server's side of one import: the page's query answers with the import as it now is, and the
 * mutations change it as the server would (`onChoose`, `onCommit` say how). Each request is kept.
 */
export class FakeImports {
  chosen: ChooseContractImportMatchesMutationVariables[] = [];
  committed: string[] = [];
  queries = 0;

  constructor(
    public current: Import | null,
    private readonly answers: {
      onChoose?: (
        variables: ChooseContractImportMatchesMutationVariables,
        current: Import,
      ) => { contractImport: Import | null; userErrors?: { field: string[]; message: string }[] };
      /** The import after each poll once committed: the last one stays. */
      afterCommit?: Import[];
      commitRefusal?: string;
    } = {},
  ) {}

  mocks(): MockLink.MockedResponse[] {
    return [this.queryMock(), this.chooseMock(), this.commitMock()];
  }

  private queryMock(): MockLink.MockedResponse<ContractImportPageQuery> {
    return {
      request: { query: ContractImportPageDocument, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => {
        this.queries += 1;
        const next = this.current?.status === 'IMPORTING' ? this.answers.afterCommit?.shift() : undefined;
        if (next) this.current = next;
        return { data: { contractImport: this.current } };
      },
    };
  }

  private chooseMock(): MockLink.MockedResponse<ChooseContractImportMatchesMutation> {
    return {
      request: {
        query: ChooseContractImportMatchesDocument,
        variables: (variables: ChooseContractImportMatchesMutationVariables) => {
          this.chosen.push(variables);
          return true;
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables) => {
        const chosen = variables as ChooseContractImportMatchesMutationVariables;
        const answer = this.answers.onChoose?.(chosen, this.current!) ?? { contractImport: this.current };
        if (answer.contractImport) this.current = answer.contractImport;
        return {
          data: {
            chooseContractImportMatches: {
              __typename: 'ContractImportPayload',
              contractImport: answer.contractImport,
              userErrors: (answer.userErrors ?? []).map((error) => ({
                __typename: 'UserError' as const,
                code: 'INVALID' as const,
                ...error,
              })),
            },
          },
        };
      },
    };
  }

  private commitMock(): MockLink.MockedResponse<CommitContractImportMutation> {
    return {
      request: {
        query: CommitContractImportDocument,
        variables: (variables: { input: { id: string } }) => {
          this.committed.push(variables.input.id);
          return true;
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => {
        const refusal = this.answers.commitRefusal;
        if (!refusal) this.current = { ...this.current!, status: 'IMPORTING', progress: null };
        return {
          data: {
            commitContractImport: {
              __typename: 'ContractImportPayload',
              contractImport: refusal ? null : this.current,
              userErrors: refusal
                ? [
                    {
                      __typename: 'UserError' as const,
                      field: ['id'],
                      code: 'INVALID' as const,
                      message: refusal,
                    },
                  ]
                : [],
            },
          },
        };
      },
    };
  }
}
