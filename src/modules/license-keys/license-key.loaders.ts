import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { byIds, groupBy } from '../../db/batch.js';
import { Activation } from './activation.entity.js';
import { LicenseKeyMeta } from './license-key-meta.entity.js';
import { LicenseKey } from './license-key.entity.js';

export function createLicenseKeyLoaders(em: EntityManager) {
  return {
    licenseKeyById: new DataLoader<number, LicenseKey | null>(async (ids) => byIds(ids, await em.find(LicenseKey, { id: { $in: [...ids] } }))),
    activationsByLicenseKeyId: new DataLoader<number, Activation[]>(async (ids) => {
      const rows = await em.find(Activation, { licenseKey: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return groupBy(ids, rows, (row) => row.licenseKey.id);
    }),
    licenseKeyMetaByLicenseKeyId: new DataLoader<number, LicenseKeyMeta[]>(async (ids) => {
      const rows = await em.find(LicenseKeyMeta, { licenseKey: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return groupBy(ids, rows, (row) => row.licenseKey.id);
    }),
  };
}
