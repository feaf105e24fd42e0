import { describe, expect, it } from 'vitest';
import type { UserErrorLike } from '../../shared/graphql/mutation';
import {
  declarationProblems,
  declarationReducer,
  declareInput,
  draftFromDeclaration,
  emptyDeclaration,
  fieldContext,
  sentRows,
  serverErrors,
  serverFieldKey,
  statusForLevel,
  supersedeInput,
  type DeclarationDraft,
  type DeclarationStandard,
  type LoadedDeclaration,
} from './declaration-form';

const TODAY = '2026-12-02';

const snomed: DeclarationStandard = {
  code: 'SNOMED_CT',
  name: 'SNOMED CT UK Edition',
  assessment: 'PASS_FAIL',
  levels: [],
  compliantLevels: [],
  certificateMonths: null,
};
const dspt: DeclarationStandard = {
  code: 'DSPT',
  name: 'Data Security and Protection Toolkit',
  assessment: 'LEVELS',
  levels: ['APPROACHING_STANDARDS', 'STANDARDS_MET', 'STANDARDS_EXCEEDED', 'STANDARDS_NOT_MET'],
  compliantLevels: ['STANDARDS_MET', 'STANDARDS_EXCEEDED'],
  certificateMonths: null,
};
const cePlus: DeclarationStandard = {
  code: 'CE_PLUS',
  name: 'Cyber Essentials Plus',
  assessment: 'PASS_FAIL',
  levels: [],
  compliantLevels: [],
  certificateMonths: 12,
};

const date = (iso: string) => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

const draft = (patch: Partial<DeclarationDraft> = {}): DeclarationDraft => ({
  ...emptyDeclaration('SNOMED_CT'),
  status: 'COMPLIANT',
  ...patch,
});

const messages = (state: DeclarationDraft, standard: DeclarationStandard | null = snomed) =>
  Object.fromEntries(
    Object.entries(declarationProblems(state, standard, TODAY)).map(([key, problem]) => [
      key,
      problem.message,
    ]),
  );

describe('statusForLevel', () => {
  it('is compliant exactly at a level that counts, partly compliant on the way there, not compliant otherwise', () => {
    expect(statusForLevel(dspt, 'STANDARDS_MET')).toBe('COMPLIANT');
    expect(statusForLevel(dspt, 'STANDARDS_EXCEEDED')).toBe('COMPLIANT');
    expect(statusForLevel(dspt, 'APPROACHING_STANDARDS')).toBe('PARTIAL');
    expect(statusForLevel(dspt, 'STANDARDS_NOT_MET')).toBe('NON_COMPLIANT');
  });

  it('sets the status when a level is chosen, and N/A without a level', () => {
    const state = emptyDeclaration('DSPT');
    expect(
      declarationReducer(state, { type: 'level', level: 'APPROACHING_STANDARDS', standard: dspt }),
    ).toMatchObject({
      level: 'APPROACHING_STANDARDS',
      status: 'PARTIAL',
    });
    expect(declarationReducer(state, { type: 'level', level: '', standard: dspt })).toMatchObject({
      level: '',
      status: 'NOT_APPLICABLE',
    });
  });

  it('forgets the level and status, not the evidence, when another standard is chosen', () => {
    const state = {
      ...draft({ level: 'STANDARDS_MET', evidenceStatement: 'Toolkit published' }),
      standardCode: 'DSPT',
    };
    expect(declarationReducer(state, { type: 'standard', code: 'SNOMED_CT' })).toMatchObject({
      standardCode: 'SNOMED_CT',
      level: '',
      status: '',
      evidenceStatement: 'Toolkit published',
    });
  });
});

describe('declarationProblems', () => {
  it('asks for the standard, then for what is declared', () => {
    expect(messages(emptyDeclaration(), null)).toEqual({
      standardCode: 'Choose the standard you are declaring against',
    });
    expect(messages(draft({ status: '' }))).toEqual({ status: 'Choose whether SNOMED CT UK Edition is met' });
    expect(messages({ ...emptyDeclaration('DSPT') }, dspt)).toEqual({
      level: 'Choose the level assessed for Data Security and Protection Toolkit',
    });
  });

  it('needs a reason when the standard does not apply', () => {
    expect(messages(draft({ status: 'NOT_APPLICABLE', notApplicableReason: '  ' }))).toEqual({
      notApplicableReason: 'Say why the standard does not apply',
    });
    expect(messages(draft({ status: 'NOT_APPLICABLE', notApplicableReason: 'x'.repeat(2001) }))).toEqual({
      notApplicableReason: 'The reason must be 2,000 characters or fewer',
    });
    expect(messages(draft({ status: 'NOT_APPLICABLE', notApplicableReason: 'No such service' }))).toEqual({});
  });

  it('takes only whole http(s) links, ignoring empty rows', () => {
    const links = [
      { key: 'l1', text: 'https://www.dsptoolkit.nhs.uk/' },
      { key: 'l2', text: '' },
      { key: 'l3', text: 'ftp://files.example/report.pdf' },
      { key: 'l4', text: 'www.example.org' },
      { key: 'l5', text: `https://example.org/${'a'.repeat(500)}` },
    ];
    expect(messages(draft({ links }))).toEqual({
      'evidence.links.l3': expect.stringMatching(/^Enter the link in full, starting with https:\/\//),
      'evidence.links.l4': expect.stringMatching(/^Enter the link in full/),
      'evidence.links.l5': 'Each link must be 500 characters or fewer',
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ key: `l${i}`, text: `https://example.org/${i}` }));
    expect(messages(draft({ links: many }))).toEqual({ 'evidence.links': 'Give at most 20 evidence links' });
  });

  it('needs a plan, due today or later with an action, for partial, non-compliant and planned', () => {
    for (const status of ['PARTIAL', 'NON_COMPLIANT', 'PLANNED'] as const) {
      expect(messages(draft({ status }))).toEqual({
        'remediation.dueOn': 'Enter the date the plan will be complete',
        'remediation.actions': 'List at least one thing that will be done',
      });
    }
    expect(
      messages(
        draft({
          status: 'PLANNED',
          remediationDueOn: date('2026-12-01'),
          actions: [{ key: 'a1', text: 'Train the coders' }],
        }),
      ),
    ).toEqual({ 'remediation.dueOn': 'The plan must be due today (2 Dec 2026) or later' });
    expect(
      messages(
        draft({
          status: 'PLANNED',
          remediationDueOn: date(TODAY),
          actions: [{ key: 'a1', text: 'x'.repeat(501) }],
        }),
      ),
    ).toEqual({ 'remediation.actions.a1': 'Each action must be 500 characters or fewer' });
    // A compliant declaration needs no plan, whatever was typed in one.
    expect(messages(draft({ status: 'COMPLIANT', remediationDueOn: date('2020-01-01') }))).toEqual({});
  });

  it('says a non-compliant level cannot be declared compliant', () => {
    expect(
      messages({ ...emptyDeclaration('DSPT'), level: 'STANDARDS_NOT_MET', status: 'COMPLIANT' }, dspt),
    ).toEqual({
      status:
        'Standards not met does not meet Data Security and Protection Toolkit: choose partly compliant, not compliant or planned',
    });
  });

  it('needs a certificate within its months to declare a certifying standard compliant', () => {
    const compliant = { ...draft(), standardCode: 'CE_PLUS' };
    expect(messages(compliant, cePlus)).toEqual({
      'certificate.number': 'Enter the certificate number',
      'certificate.issuedOn': 'Enter the date it was issued',
      'certificate.expiresOn': 'Enter the date it expires',
    });
    const certificate = {
      certificateNumber: 'IASME-CEP-001',
      certificateIssuedOn: date('2026-12-01'),
      certificateExpiresOn: date('2027-12-02'),
    };
    expect(messages({ ...compliant, ...certificate }, cePlus)).toEqual({
      'certificate.expiresOn':
        'Cyber Essentials Plus certificates last 12 months: the expiry must be on or before 1 Dec 2027',
    });
    expect(
      messages({ ...compliant, ...certificate, certificateIssuedOn: date('2026-12-03') }, cePlus),
    ).toEqual({
      'certificate.issuedOn': 'The certificate cannot be issued after today (2 Dec 2026)',
    });
    expect(
      messages({ ...compliant, ...certificate, certificateExpiresOn: date('2026-11-30') }, cePlus),
    ).toEqual({ 'certificate.expiresOn': 'The certificate must expire after it was issued (1 Dec 2026)' });
    // Short of compliant, the certificate is optional.
    expect(
      messages(
        {
          ...compliant,
          status: 'PLANNED',
          remediationDueOn: date('2027-03-31'),
          actions: [{ key: 'a1', text: 'Book the assessment' }],
        },
        cePlus,
      ),
    ).toEqual({});
  });
});

describe('the mutation inputs', () => {
  it('sends only what the form shows, trimmed, with empty rows left out', () => {
    const state = draft({
      status: 'NOT_APPLICABLE',
      notApplicableReason: ' No clinical coding here ',
      evidenceStatement: ' Board paper ',
      links: [
        { key: 'l1', text: ' https://example.org/a ' },
        { key: 'l2', text: '' },
      ],
      reviewOn: date('2027-03-31'),
      remediationDueOn: date('2027-01-01'),
      actions: [{ key: 'a1', text: 'Ignored: no plan for N/A' }],
    });
    expect(declareInput(state, snomed, { kind: 'organisation', odsCode: 'RAL' })).toEqual({
      subject: { organisationOdsCode: 'RAL' },
      standardCode: 'SNOMED_CT',
      status: 'NOT_APPLICABLE',
      notApplicableReason: 'No clinical coding here',
      evidence: { statement: 'Board paper', links: ['https://example.org/a'] },
      expiresOn: '2027-03-31',
    });
  });

  it('sends the level, the plan and the certificate where they apply', () => {
    const levels = {
      ...emptyDeclaration('DSPT'),
      level: 'APPROACHING_STANDARDS',
      status: 'PARTIAL' as const,
      remediationDueOn: date('2027-06-30'),
      actions: [
        { key: 'a1', text: 'Finish training' },
        { key: 'a2', text: '' },
      ],
    };
    expect(supersedeInput(levels, dspt, { id: 'd-1', rowVersion: 3 })).toEqual({
      id: 'd-1',
      expectedRowVersion: 3,
      status: 'PARTIAL',
      level: 'APPROACHING_STANDARDS',
      remediation: { dueOn: '2027-06-30', actions: ['Finish training'] },
    });
    const certified = {
      ...draft(),
      certificateNumber: ' CEP-1 ',
      certificateIssuedOn: date('2026-11-01'),
      certificateExpiresOn: date('2027-10-31'),
      reviewOn: date('2027-01-01'),
    };
    expect(declareInput(certified, cePlus, { kind: 'product', versionId: 'pv-1' })).toEqual({
      subject: { productVersionId: 'pv-1' },
      standardCode: 'CE_PLUS',
      status: 'COMPLIANT',
      certificate: { number: 'CEP-1', issuedOn: '2026-11-01', expiresOn: '2027-10-31' },
    });
  });

  it('loads a declaration to supersede, with its certificate expiry apart from a review date', () => {
    const loaded: LoadedDeclaration = {
      status: 'LAPSED',
      declaredStatus: 'COMPLIANT',
      level: null,
      notApplicableReason: null,
      evidenceStatement: 'Assessed by IASME',
      evidenceLinks: ['https://example.org/cert'],
      certificateNumber: 'CEP-1',
      certificateIssuedOn: '2025-11-01',
      expiresOn: '2026-10-31',
      remediationDueOn: null,
      remediationActions: [],
      standard: { code: 'CE_PLUS', certificateMonths: 12 },
    };
    expect(draftFromDeclaration(loaded)).toMatchObject({
      standardCode: 'CE_PLUS',
      status: 'COMPLIANT',
      links: [{ key: 'l1', text: 'https://example.org/cert' }],
      certificateExpiresOn: { day: '31', month: '10', year: '2026' },
      reviewOn: { day: '', month: '', year: '' },
      actions: [{ key: 'a1', text: '' }],
    });
  });
});

describe('the server’s messages', () => {
  const state = draft({
    links: [
      { key: 'l1', text: 'https://example.org/a' },
      { key: 'l2', text: '' },
      { key: 'n7', text: 'https://example.org/b' },
    ],
    actions: [
      { key: 'a1', text: '' },
      { key: 'n9', text: 'Second' },
    ],
  });
  const sent = sentRows(state);

  it('land on the row the server counted, among the rows that were sent', () => {
    expect(sent).toEqual({ links: ['l1', 'n7'], actions: ['n9'] });
    expect(serverFieldKey(['evidence', 'links', '1'], sent)).toBe('evidence.links.n7');
    expect(serverFieldKey(['evidence', 'links', '5'], sent)).toBe('evidence.links');
    expect(serverFieldKey(['remediation', 'actions', '0'], sent)).toBe('remediation.actions.n9');
    expect(fieldContext('evidence.links.n7', state)).toBe('Evidence link 3');
    expect(fieldContext('remediation.actions.n9', state)).toBe('Action 2');
  });

  it.each([
    [['remediation', 'dueOn'], 'remediation.dueOn'],
    [['remediation'], 'remediation'],
    [['certificate', 'expiresOn'], 'certificate.expiresOn'],
    [['certificate'], 'certificate'],
    [['subject', 'organisationOdsCode'], 'subject'],
    [['subject', 'productVersionId'], 'subject'],
    [['standardCode'], 'standardCode'],
    [['notApplicableReason'], 'notApplicableReason'],
    [['level'], 'level'],
    [['status'], 'status'],
    [['expiresOn'], 'expiresOn'],
    [['evidence', 'statement'], 'evidence.statement'],
    [['id'], undefined],
  ])('%j goes to %s', (path, key) => {
    expect(serverFieldKey(path, sent)).toBe(key);
  });

  it('keep a stale version apart and put what belongs to no field in the summary', () => {
    const userErrors: UserErrorLike[] = [
      { code: 'INVALID', field: ['evidence', 'links', '1'], message: 'Enter each link in full.' },
      { code: 'NOT_FOUND', field: ['id'], message: 'There is no such declaration of yours to supersede.' },
      { code: 'STALE_VERSION', field: null, message: 'Someone else changed it.' },
    ];
    expect(serverErrors(userErrors, sent)).toEqual({
      fields: { 'evidence.links.n7': 'Enter each link in full.' },
      form: ['There is no such declaration of yours to supersede.'],
      stale: 'Someone else changed it.',
    });
  });
});
