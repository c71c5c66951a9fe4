import { nothere } from './fixtures/m.mjs';
