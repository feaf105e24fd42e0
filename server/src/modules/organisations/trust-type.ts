import { TrustType } from './organisation.enums.js';

/**
 * The trust type that a trust's name proves, or NOT_ESTABLISHED. ODS has no trust-type field;
 * only these words are safe hints. Anything else (acute, specialist) is set by a person.
 */
export function trustTypeFromName(name: string): TrustType {
  const n = name.toUpperCase();
  if (n.includes('AMBULANCE')) return TrustType.AMBULANCE;
  if (n.includes('MENTAL HEALTH')) return TrustType.MENTAL_HEALTH;
  if (n.includes('COMMUNITY') && !n.includes('HOSPITAL')) return TrustType.COMMUNITY;
  return TrustType.NOT_ESTABLISHED;
}
