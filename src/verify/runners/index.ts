import type { Language } from '../../clients/types.js';
import { pythonRunner } from './python.js';
import type { Runner } from './types.js';

export const RUNNERS: Partial<Record<Language, Runner>> = {
  python: pythonRunner,
};
