import { DEMO, DEMO_PASSWORD, declareAgainAndReject } from '../api.js';
import { expect, test } from '../fixtures.js';
import { AccountArea } from '../pages/account-area.js';
import {
  ComplianceMatrixPage,
  DeclarationFormPage,
  DeclarationPage,
  OrganisationCompliancePage,
  VerifyQueuePage,
} from '../pages/compliance.js';
import { SignInPage } from '../pages/sign-in-page.js';

const ROYAL_FREE = 'Royal Free London NHS Foundation Trust';

// The demo data leaves the Royal Free's SNOMED CT undeclared for this test alone; its NHS number
// declaration is this test's too. Another worker may read the trust's pages meanwhile, never these.
test('a trust declares a standard, a central user verifies it, and it shows in the matrix; a rejection reaches the trust’s home page', async ({
  page,
  baseURL,
}) => {
  test.slow();
  // The Royal Free's compliance lead declares SNOMED CT, with a link to the evidence.
  const signIn = new SignInPage(page);
  await signIn.goto(OrganisationCompliancePage.path('RAL'));
  await signIn.signIn(DEMO.compliance, DEMO_PASSWORD);
  const trustPage = new OrganisationCompliancePage(page);
  await trustPage.heading.waitFor();
  await trustPage.declare('SNOMED_CT').click();

  const form = new DeclarationFormPage(page);
  await form.heading.waitFor();
  await form.status('Compliant').check();
  await form.statement().fill('Clinical coding audit 2026: every clinical system records SNOMED CT.');
  await form.link(1).fill('ftp://files.royalfree.example/snomed-audit.pdf');
  await form.submit.click();
  // Explained beside the field and in the summary, and nothing typed is lost.
  await expect(form.errorSummary).toContainText('Enter the link in full');
  await expect(form.linkError(1)).toContainText('Enter the link in full');
  await expect(form.statement()).toHaveValue(/Clinical coding audit 2026/);
  await form.link(1).fill('https://intranet.royalfree.example/snomed-audit.pdf');
  await form.submit.click();

  const declaration = new DeclarationPage(page);
  await expect(declaration.heading('SNOMED CT UK Edition (SNOMED_CT)')).toBeVisible();
  await expect(declaration.verification('Not yet verified')).toBeVisible();
  const declarationId = new URL(page.url()).pathname.split('/').pop()!;

  // A central commercial user finds it in the queue and verifies it.
  await new AccountArea(page).signOut.click();
  await signIn.goto(VerifyQueuePage.path('SNOMED_CT', 'trust'));
  await signIn.signIn(DEMO.commercial, DEMO_PASSWORD);
  await new VerifyQueuePage(page).check('SNOMED_CT', ROYAL_FREE).click();
  await declaration.comment.fill('Audit report read: coding is SNOMED CT throughout.');
  await declaration.verify.click();
  await expect(declaration.verification('Verified')).toBeVisible();

  // Everyone now sees it in the heatmap of London's trusts.
  const matrix = new ComplianceMatrixPage(page);
  await page.goto(ComplianceMatrixPage.path('Y56'));
  await matrix.heading.waitFor();
  await expect(matrix.cell(ROYAL_FREE, declarationId)).toHaveText(/^Compliant\s*\(verified\)$/);

  // The trust declares its NHS number compliance again; the central team rejects it: the trust's
  // home page says so, with the comment.
  const comment = 'The audit covers the emergency department only: resubmit for the whole trust.';
  await declareAgainAndReject(baseURL ?? '', { odsCode: 'RAL', standardCode: 'NHS_NUMBER', comment });
  await new AccountArea(page).signOut.click();
  await signIn.goto('/');
  await signIn.signIn(DEMO.compliance, DEMO_PASSWORD);
  const notice = page.getByRole('row', { name: /NHS Number as the primary identifier/ });
  await expect(notice).toContainText('Rejected');
  await expect(notice).toContainText(comment);
});
