import type { ProductCategory } from '../../gql/graphql';
import { readDate, type DateParts } from '../../shared/forms/dates';
import { noErrors, type FormErrors } from '../../shared/forms/form-errors';

/** A product's answers. Versions only when it is created: later ones are added one at a time. */
export type ProductValues = {
  supplierId: string;
  name: string;
  category: ProductCategory | '';
  cpvCode: string;
  /** What the chosen code covers, to show beside it; not sent. */
  cpvLabel: string;
  description: string;
  versions: string[];
};

/** A product's fields; `versions.0`, `versions.1`… for each version box. */
export type ProductField =
  'supplierId' | 'name' | 'category' | 'cpvCode' | 'description' | `versions.${number}`;

export const emptyProduct = (supplierId = ''): ProductValues => ({
  supplierId,
  name: '',
  category: '',
  cpvCode: '',
  cpvLabel: '',
  description: '',
  versions: [''],
});

export const PRODUCT_NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const VERSION_MAX_LENGTH = 40;
const VERSION = /^[\w.+\- ]{1,40}$/;

export const versionId = (index: number) => `version-${index}`;

/** The fields in the order of the form, with the id of the element the error summary links to. */
export function productFields(
  values: ProductValues,
  creating: boolean,
): { field: ProductField; id: string }[] {
  return [
    { field: 'supplierId', id: 'supplier' },
    { field: 'name', id: 'name' },
    { field: 'category', id: 'category' },
    { field: 'cpvCode', id: 'cpv-search' },
    { field: 'description', id: 'description' },
    ...(creating
      ? values.versions.map((_, index) => ({ field: `versions.${index}` as const, id: versionId(index) }))
      : []),
  ];
}

/** Why a version label cannot be used, or null. */
export function versionProblem(version: string): string | null {
  const text = version.trim();
  if (!text) return 'Enter the version, like 4.2';
  if (text.length > VERSION_MAX_LENGTH) return `A version must be ${VERSION_MAX_LENGTH} characters or fewer`;
  if (!VERSION.test(text))
    return 'A version can only have letters, digits, spaces, dots, hyphens and plus signs';
  return null;
}

/** The checks made before asking the server, in the order of the form. */
export function validateProduct(values: ProductValues, creating: boolean): FormErrors<ProductField> {
  const errors = noErrors<ProductField>();
  if (creating && !values.supplierId) errors.fields.supplierId = 'Select the supplier that sells it';
  const name = values.name.trim();
  if (!name) errors.fields.name = 'Enter the product’s name';
  else if (name.length > PRODUCT_NAME_MAX_LENGTH)
    errors.fields.name = `The name must be ${PRODUCT_NAME_MAX_LENGTH} characters or fewer`;
  if (!values.category) errors.fields.category = 'Select the kind of product';
  if (!values.cpvCode) errors.fields.cpvCode = 'Search for a CPV code and choose one from the list';
  if (values.description.trim().length > DESCRIPTION_MAX_LENGTH)
    errors.fields.description = `The description must be ${DESCRIPTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`;
  if (creating) {
    const seen = new Set<string>();
    values.versions.forEach((version, index) => {
      const problem = versionProblem(version);
      const text = version.trim();
      if (problem) errors.fields[`versions.${index}`] = problem;
      else if (seen.has(text)) errors.fields[`versions.${index}`] = `Version ${text} is given twice`;
      seen.add(text);
    });
  }
  return errors;
}

/** The fields `createProduct` and `updateProduct` share. */
export function productInput(values: ProductValues & { category: ProductCategory }) {
  return {
    name: values.name.trim(),
    category: values.category,
    cpvCode: values.cpvCode,
    description: values.description.trim(),
  };
}

/** The server's paths: `["cpvCode"]`, `["versions"]` (none given) and `["versions", "1"]`. */
export function productFieldOf(path: readonly string[]): ProductField | undefined {
  const [head, index] = path;
  if (head === 'versions') return `versions.${/^\d+$/.test(index ?? '') ? Number(index) : 0}`;
  if (path.length !== 1) return undefined;
  return head === 'supplierId' ||
    head === 'name' ||
    head === 'category' ||
    head === 'cpvCode' ||
    head === 'description'
    ? head
    : undefined;
}

/** A new version's answers. */
export type VersionValues = { version: string; releasedOn: DateParts };
export type VersionField = 'version' | 'releasedOn';

export const versionFields: readonly { field: VersionField; id: string }[] = [
  { field: 'version', id: 'new-version' },
  { field: 'releasedOn', id: 'released-on' },
];

export function validateVersion(
  values: VersionValues,
  existing: readonly string[],
): { errors: FormErrors<VersionField>; releasedOn: string | null } {
  const errors = noErrors<VersionField>();
  const problem = versionProblem(values.version);
  const text = values.version.trim();
  if (problem) errors.fields.version = problem;
  else if (existing.includes(text)) errors.fields.version = `The product already has version ${text}`;
  const date = readDate(values.releasedOn, 'Release date');
  if (date.kind === 'invalid') errors.fields.releasedOn = date.message;
  return { errors, releasedOn: date.kind === 'date' ? date.iso : null };
}

export function versionFieldOf(path: readonly string[]): VersionField | undefined {
  const [head] = path;
  return path.length === 1 && (head === 'version' || head === 'releasedOn') ? head : undefined;
}
