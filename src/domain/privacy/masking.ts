/**
 * Masking of personal data (DOMAIN.md §2) for roles that do not need it: enough stays visible
 * to recognise a record, not enough to contact or identify the person.
 */
export function maskPersonName(name: string): string {
  const trimmed = name.trim();
  if (/[\u4e00-\u9fff]/u.test(trimmed)) return [...trimmed].map((char, index) => (index === 0 ? char : '*')).join('');
  return trimmed
    .split(/\s+/)
    .map((part) => (part ? `${part[0]}${'*'.repeat(Math.max(part.length - 1, 1))}` : part))
    .join(' ');
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '*'.repeat(digits.length) : `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** Resident identity numbers and passports: the first three and last two characters stay. */
export function maskIdNumber(id: string): string {
  const compact = id.replace(/\s/g, '');
  return compact.length <= 5 ? '*'.repeat(compact.length) : `${compact.slice(0, 3)}${'*'.repeat(compact.length - 5)}${compact.slice(-2)}`;
}

/** E-mail addresses: the first letter of the mailbox and the domain stay. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(email.length);
  return `${email[0]}${'*'.repeat(Math.max(at - 1, 1))}${email.slice(at)}`;
}
