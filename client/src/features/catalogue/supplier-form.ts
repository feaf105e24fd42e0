import { noErrors, topLevelFields, type FormErrors } from '../../shared/forms/form-errors';

export type SupplierValues = {
  name: string;
  companiesHouseNumber: string;
  /** Unanswered until the person chooses. */
  sme: 'yes' | 'no' | '';
  website: string;
};
export type SupplierField = keyof SupplierValues;

export const emptySupplier: SupplierValues = { name: '', companiesHouseNumber: '', sme: '', website: '' };

/** The fields in the order of the form, with the id of the element the error summary links to. */
export const supplierFields: readonly { field: SupplierField; id: string }[] = [
  { field: 'name', id: 'name' },
  { field: 'companiesHouseNumber', id: 'companies-house-number' },
  { field: 'sme', id: 'sme' },
  { field: 'website', id: 'website' },
];

export const NAME_MAX_LENGTH = 200;
/** Whether a typed web address looks like one the server accepts (full, with http or https). */
const looksLikeWebAddress = (value: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value);
const WEBSITE_MAX_LENGTH = 300;
const COMPANIES_HOUSE_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;

/** As Companies House writes it: no spaces, capital letters (`sc 123456` → `SC123456`). */
export const normaliseCompaniesHouseNumber = (value: string) => value.replace(/\s+/g, '').toUpperCase();

/** The checks made before asking the server (the same rules it applies), in the order of the form. */
export function validateSupplier(values: SupplierValues): FormErrors<SupplierField> {
  const errors = noErrors<SupplierField>();
  const name = values.name.trim();
  if (!name) errors.fields.name = 'Enter the supplier’s name';
  else if (name.length > NAME_MAX_LENGTH)
    errors.fields.name = `The name must be ${NAME_MAX_LENGTH} characters or fewer`;

  const number = normaliseCompaniesHouseNumber(values.companiesHouseNumber);
  if (!number) errors.fields.companiesHouseNumber = 'Enter the Companies House number';
  else if (!COMPANIES_HOUSE_NUMBER.test(number))
    errors.fields.companiesHouseNumber =
      'Enter a Companies House number of 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456';

  if (values.sme === '')
    errors.fields.sme = 'Select yes if the supplier is a small or medium-sized enterprise';

  const website = values.website.trim();
  if (website && (!looksLikeWebAddress(website) || website.length > WEBSITE_MAX_LENGTH))
    errors.fields.website = 'Enter the website as a full address, like https://www.example.com';
  return errors;
}

/** The fields of `createSupplier` and `updateSupplier`, from answers that passed `validateSupplier`. */
export function supplierInput(values: SupplierValues) {
  return {
    name: values.name.trim(),
    companiesHouseNumber: normaliseCompaniesHouseNumber(values.companiesHouseNumber),
    sme: values.sme === 'yes',
    website: values.website.trim() || null,
  };
}

/** A saved supplier as the form shows it. */
export function supplierValues(supplier: {
  name: string;
  companiesHouseNumber: string;
  sme: boolean;
  website: string | null;
}): SupplierValues {
  return {
    name: supplier.name,
    companiesHouseNumber: supplier.companiesHouseNumber,
    sme: supplier.sme ? 'yes' : 'no',
    website: supplier.website ?? '',
  };
}

/** The server names the field at fault by its input path: `["companiesHouseNumber"]`. */
export const supplierFieldOf = topLevelFields<SupplierField>(supplierFields.map(({ field }) => field));
