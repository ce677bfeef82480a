import type { RootFieldRules } from '../../graphql/permissions.js';

export const generatorPermissions: RootFieldRules = {};
