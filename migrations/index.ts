// The migrations, listed so the built server needs no TypeScript loader and no directory scan.
// `npm run migration:create` writes a new file here; add it to the list, in order.
import { Migration20261128011923 } from './Migration20261128011923.js';
import { Migration20261128014846 } from './Migration20261128014846.js';
import { Migration20261128020628 } from './Migration20261128020628.js';
import { Migration20261128041012 } from './Migration20261128041012.js';
import { Migration20261128042855 } from './Migration20261128042855.js';
import { Migration20261206211000 } from './Migration20261206211000.js';
import { Migration20261206212000 } from './Migration20261206212000.js';
import { Migration20261206212001 } from './Migration20261206212001.js';
import { Migration20261206212002 } from './Migration20261206212002.js';
import { Migration20261206212003 } from './Migration20261206212003.js';
import { Migration20261206213000 } from './Migration20261206213000.js';
import { Migration20261206215000 } from './Migration20261206215000.js';
import { Migration20261206215100 } from './Migration20261206215100.js';
import { Migration20261207001000 } from './Migration20261207001000.js';
import { Migration20261207110000 } from './Migration20261207110000.js';
import { Migration20261207110100 } from './Migration20261207110100.js';
import { Migration20261207130000 } from './Migration20261207130000.js';
import { Migration20261208000100 } from './Migration20261208000100.js';
import { Migration20261208010000 } from './Migration20261208010000.js';
import { Migration20261208000200 } from './Migration20261208000200.js';
import { Migration20261208000300 } from './Migration20261208000300.js';
import { Migration20261208010100 } from './Migration20261208010100.js';
import { Migration20261208010200 } from './Migration20261208010200.js';
import { Migration20261208020000 } from './Migration20261208020000.js';
import { Migration20261208000400 } from './Migration20261208000400.js';
import { Migration20261208000500 } from './Migration20261208000500.js';

export const migrationsList = [
  { name: 'Migration20261128011923', class: Migration20261128011923 },
  { name: 'Migration20261128014846', class: Migration20261128014846 },
  { name: 'Migration20261128020628', class: Migration20261128020628 },
  { name: 'Migration20261128041012', class: Migration20261128041012 },
  { name: 'Migration20261128042855', class: Migration20261128042855 },
  { name: 'Migration20261206211000', class: Migration20261206211000 },
  { name: 'Migration20261206212000', class: Migration20261206212000 },
  { name: 'Migration20261206212001', class: Migration20261206212001 },
  { name: 'Migration20261206212002', class: Migration20261206212002 },
  { name: 'Migration20261206212003', class: Migration20261206212003 },
  { name: 'Migration20261206213000', class: Migration20261206213000 },
  { name: 'Migration20261206215000', class: Migration20261206215000 },
  { name: 'Migration20261206215100', class: Migration20261206215100 },
  { name: 'Migration20261207001000', class: Migration20261207001000 },
  { name: 'Migration20261207110000', class: Migration20261207110000 },
  { name: 'Migration20261207110100', class: Migration20261207110100 },
  { name: 'Migration20261207130000', class: Migration20261207130000 },
  { name: 'Migration20261208000100', class: Migration20261208000100 },
  { name: 'Migration20261208010000', class: Migration20261208010000 },
  { name: 'Migration20261208000200', class: Migration20261208000200 },
  { name: 'Migration20261208000300', class: Migration20261208000300 },
  { name: 'Migration20261208010100', class: Migration20261208010100 },
  { name: 'Migration20261208010200', class: Migration20261208010200 },
  { name: 'Migration20261208020000', class: Migration20261208020000 },
  { name: 'Migration20261208000400', class: Migration20261208000400 },
  { name: 'Migration20261208000500', class: Migration20261208000500 },
];
