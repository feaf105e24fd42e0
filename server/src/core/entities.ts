import { Icb } from '../modules/organisations/icb.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { Region } from '../modules/organisations/region.entity.js';

/** Every entity, listed explicitly (no folder discovery, so builds and tests see the same set). */
export const entities = [Region, Icb, Organisation];
