/**
 * What is wrong with given data, in a sentence per language: which field,
 * what was expected, what was found. Loaded with the validators
 * (src/core/check.ts), only when a page gives `data` or `src`.
 */
import type { DataProblem, FoundValue } from '../../data/problem.js';
import type { Catalogs } from './messages.js';

const num = (n: number | undefined, locale: string) => (n === undefined ? '?' : n.toLocaleString(locale));

const TYPE_EN: Record<string, string> = { number: 'a number', string: 'text', object: 'an object', array: 'a list', boolean: 'true or false' };
const TYPE_ZH: Record<string, string> = { number: '数字', string: '文本', object: '对象', array: '列表', boolean: '布尔值（true 或 false）' };

function foundEn(f: FoundValue | undefined): string {
  if (!f) return 'something else';
  switch (f.kind) {
    case 'nothing': return 'missing';
    case 'null': return 'null';
    case 'list': return 'a list';
    case 'object': return 'an object';
    case 'number': case 'count': return num(f.value, 'en');
    case 'text': return `the text “${f.value}”`;
    case 'boolean': return String(f.value);
    default: return 'something else';
  }
}

function foundZh(f: FoundValue | undefined): string {
  if (!f) return '其他值';
  switch (f.kind) {
    case 'nothing': return '缺失';
    case 'null': return '空值（null）';
    case 'list': return '列表';
    case 'object': return '对象';
    case 'number': case 'count': return num(f.value, 'zh-CN');
    case 'text': return `文本“${f.value}”`;
    case 'boolean': return f.value ? '布尔值 true' : '布尔值 false';
    default: return '其他值';
  }
}

/** Which field, what was expected, what was found: in English. */
function problemEn(p: DataProblem): string {
  const field = p.path ? `the field “${p.path}”` : 'the data';
  const items = (n: number | undefined, what = p.counted) =>
    `${num(n, 'en')} ${what === 'items' ? (n === 1 ? 'item' : 'items') : n === 1 ? 'character' : 'characters'}`;
  const found = p.found && 'value' in p.found && typeof p.found.value === 'number' ? p.found.value : undefined;
  switch (p.reason) {
    case 'unreadable': return 'it could not be read (a property throws an error when read); give plain data, such as parsed JSON';
    case 'missing': return `${field} is missing`;
    case 'unknown-key': return `“${p.path}” is not one of the keys ${(p.options ?? []).join(', ')}`;
    case 'no-keys': return `the data should have at least one of the keys ${(p.options ?? []).join(', ')} but has none`;
    case 'type': return `${field} should be ${TYPE_EN[p.expectedType ?? ''] ?? p.expectedType ?? 'of another type'} but is ${foundEn(p.found)}`;
    case 'one-of': return `${field} should be one of ${(p.options ?? []).join(', ')} but is ${foundEn(p.found)}`;
    case 'too-short':
      return p.limit === 1 && p.counted === 'characters' ? `${field} is empty` : `${field} should have at least ${items(p.limit)} but has ${num(found, 'en')}`;
    case 'too-long':
      return p.counted === 'items'
        ? `${field} has ${items(found)}; at most ${num(p.limit, 'en')} can be shown`
        : `${field} is ${items(found)} long; at most ${num(p.limit, 'en')} are accepted`;
    case 'negative': return `${field} cannot be negative but is ${foundEn(p.found)}`;
    case 'too-small': return `${field} should be at least ${num(p.limit, 'en')} but is ${foundEn(p.found)}`;
    case 'too-large': return `${field} should be at most ${num(p.limit, 'en')} but is ${foundEn(p.found)}`;
    case 'integer': return `${field} should be a whole number but is ${foundEn(p.found)}`;
    case 'finite': return `${field} should be a finite number but is ${foundEn(p.found)}`;
    case 'part-above-whole':
      return `${field} (${foundEn(p.found)}) is larger than ${p.whole ? `“${p.whole}”` : 'the total'} (${num(p.limit, 'en')}), which includes it`;
    default: return `${field} has a value that is not accepted (${foundEn(p.found)})`;
  }
}

/** Which field, what was expected, what was found: in Chinese. */
function problemZh(p: DataProblem): string {
  const field = p.path ? `字段“${p.path}”` : '数据';
  const unit = p.counted === 'items' ? '项' : '个字符';
  const found = p.found && 'value' in p.found && typeof p.found.value === 'number' ? p.found.value : undefined;
  switch (p.reason) {
    case 'unreadable': return '无法读取（读取某个属性时出错），请提供普通数据，例如解析后的 JSON';
    case 'missing': return `缺少${field}`;
    case 'unknown-key': return `“${p.path}”不是可用的键（可用的键：${(p.options ?? []).join('、')}）`;
    case 'no-keys': return `数据至少应包含以下键之一：${(p.options ?? []).join('、')}，实际一个也没有`;
    case 'type': return `${field}应为${TYPE_ZH[p.expectedType ?? ''] ?? '其他类型'}，实际为${foundZh(p.found)}`;
    case 'one-of': return `${field}应为以下之一：${(p.options ?? []).join('、')}，实际为${foundZh(p.found)}`;
    case 'too-short':
      return p.limit === 1 && p.counted === 'characters' ? `${field}为空` : `${field}至少应有 ${num(p.limit, 'zh-CN')} ${unit}，实际为 ${num(found, 'zh-CN')} ${unit}`;
    case 'too-long':
      return p.counted === 'items'
        ? `${field}有 ${num(found, 'zh-CN')} 项，最多可显示 ${num(p.limit, 'zh-CN')} 项`
        : `${field}长 ${num(found, 'zh-CN')} 个字符，最多接受 ${num(p.limit, 'zh-CN')} 个字符`;
    case 'negative': return `${field}不能为负数，实际为${foundZh(p.found)}`;
    case 'too-small': return `${field}应不小于 ${num(p.limit, 'zh-CN')}，实际为${foundZh(p.found)}`;
    case 'too-large': return `${field}应不大于 ${num(p.limit, 'zh-CN')}，实际为${foundZh(p.found)}`;
    case 'integer': return `${field}应为整数，实际为${foundZh(p.found)}`;
    case 'finite': return `${field}应为有限的数字，实际为${foundZh(p.found)}`;
    case 'part-above-whole': return `${field}（${foundZh(p.found)}）大于包含它的${p.whole ? `“${p.whole}”` : '总数'}（${num(p.limit, 'zh-CN')}）`;
    default: return `${field}的值不符合要求（${foundZh(p.found)}）`;
  }
}

/** The alert's sentence for a dataset that failed its check. */
export const invalidData: Catalogs<(p: DataProblem) => string> = {
  'zh-CN': (p) => `数据无效：${problemZh(p)}。`,
  en: (p) => `Invalid data: ${problemEn(p)}.`,
};
