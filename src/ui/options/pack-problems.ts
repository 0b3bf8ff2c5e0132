import type { PackProblem } from '../../packs/read-pack';
import type { StoreProblem } from '../../packs/pack-store';
import type { Translate } from '../../shared/i18n';
import { formatBytes } from './format-bytes';

/** The sentence that says why `file` was not installed, in the reader's language. */
export function describePackProblem(problem: PackProblem | StoreProblem, file: string, t: Translate, language: string): string {
  switch (problem.code) {
    case 'too-big':
      return t('optionsPackTooBig', file, formatBytes(problem.bytes, language), formatBytes(problem.limit, language));
    case 'truncated':
      return t('optionsPackTruncated', file);
    case 'not-json':
      return t('optionsPackNotJson', file);
    case 'not-a-pack':
      return t('optionsPackNotAPack', file);
    case 'other-version':
      return t('optionsPackOtherVersion', file, String(problem.version), String(problem.supported));
    case 'invalid':
      return problem.entity === undefined ? t('optionsPackInvalid', file, problem.path, problem.detail) : t('optionsPackInvalidEntity', file, problem.entity, problem.path, problem.detail);
    case 'duplicate-entity':
      return t('optionsPackDuplicate', file, problem.entity);
    case 'bad-reference':
      return t('optionsPackBadReference', file, problem.entity, problem.detail);
    case 'reserved-id':
    case 'built-in':
      return t('optionsPackReserved', file);
    case 'quota':
      return t('optionsPackQuota', file);
    case 'unknown-pack':
      return t('optionsPackStorage', file, problem.id);
    case 'storage':
      return t('optionsPackStorage', file, problem.detail);
  }
}
