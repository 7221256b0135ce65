import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../api/types';

export function roleOptions(t: TFunction, roles: readonly Role[] = ROLES) {
  return roles.map((role) => ({ value: role, label: t(`roles.${role}.name`) }));
}
