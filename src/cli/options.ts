import { InvalidArgumentError } from 'commander';
import { isRole, ROLES, type Role } from '../core/access/roles.ts';
import { LANGUAGES, type Language, SLUG_PATTERN, SLUG_RULE } from '../core/access/workspace-input.ts';

export function parseRoleOption(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`choose one of ${ROLES.join(', ')}`);
  return value;
}

export function parseSlugOption(value: string): string {
  if (!SLUG_PATTERN.test(value)) throw new InvalidArgumentError(SLUG_RULE);
  return value;
}

export function parseLanguageOption(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`choose one of ${LANGUAGES.join(', ')}`);
  }
  return value as Language;
}
