// Configuration for the MikroORM CLI (`npm run migration:create`), against MIGRATIONS_DATABASE_URL.
import { ormConfig } from './orm.js';

export default ormConfig(process.env.MIGRATIONS_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/gongzhi_migrations', { cli: true });
