/** Compares a translation's catalogue with the English one, message by message, through the ICU parser. */
import { IntlMessageFormat } from 'intl-messageformat';

export type Catalogue = { [key: string]: string | Catalogue };

export function flatten(catalogue: Catalogue, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

// The parser's element types (icu-messageformat-parser TYPE).
const ARGUMENT_TYPES: Record<number, string> = { 1: 'text', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };
const SELECT = 5;
const PLURAL = 6;

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  pluralType?: 'cardinal' | 'ordinal';
  children?: Element[];
}

interface Shape {
  arguments: Map<string, string>;
  plurals: Map<string, Set<string>>;
  selects: Map<string, Set<string>>;
}

function shapeOf(elements: Element[], shape: Shape = { arguments: new Map(), plurals: new Map(), selects: new Map() }): Shape {
  for (const element of elements) {
    const kind = ARGUMENT_TYPES[element.type];
    // A plural's count may also appear as {count} inside it: the plural is what matters.
    const known = element.value !== undefined ? shape.arguments.get(element.value) : undefined;
    if (kind && element.value !== undefined && known !== 'plural' && known !== 'select') shape.arguments.set(element.value, kind);
    if (element.options && element.value !== undefined) {
      const keys = Object.keys(element.options);
      const target = element.type === PLURAL ? shape.plurals : element.type === SELECT ? shape.selects : undefined;
      target?.set(element.value, new Set([...(target.get(element.value) ?? []), ...keys]));
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    }
    if (element.children) shapeOf(element.children, shape);
  }
  return shape;
}

const parse = (text: string, language: string): Shape => shapeOf(new IntlMessageFormat(text, language).getAst() as unknown as Element[]);
const sorted = (values: Iterable<string>) => [...values].sort().join(' ');

/** What is wrong with `translation` against `source` ("key: problem"), sorted by key; [] when nothing. */
export function catalogueProblems(source: Catalogue, translation: Catalogue, language: string, sourceLanguage = 'en-GB'): string[] {
  const english = flatten(source);
  const other = flatten(translation);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const key of Object.keys(other)) if (!(key in english)) problems.push(`${key}: not in ${sourceLanguage}`);
  for (const [key, text] of Object.entries(english)) {
    const translated = other[key];
    if (translated === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    let theirs: Shape;
    try {
      theirs = parse(translated, language);
    } catch (error) {
      problems.push(`${key}: not a valid ICU message (${(error as Error).message})`);
      continue;
    }
    const ours = parse(text, sourceLanguage);
    const ourArguments = sorted([...ours.arguments].map(([name, kind]) => (kind === 'text' ? name : `${name}:${kind}`)));
    const theirArguments = sorted([...theirs.arguments].map(([name, kind]) => (kind === 'text' ? name : `${name}:${kind}`)));
    if (ourArguments !== theirArguments) problems.push(`${key}: arguments differ (${sourceLanguage}: ${ourArguments}; ${language}: ${theirArguments})`);
    for (const name of ours.plurals.keys()) {
      const forms = theirs.plurals.get(name);
      if (!forms) continue; // already reported as a changed argument
      const lacking = categories.filter((category) => !forms.has(category));
      if (lacking.length > 0) problems.push(`${key}: plural "${name}" lacks ${lacking.join(' ')}`);
    }
    for (const [name, options] of ours.selects) {
      const theirOptions = theirs.selects.get(name);
      if (theirOptions && sorted(options) !== sorted(theirOptions)) {
        problems.push(`${key}: select "${name}" options differ (${sourceLanguage}: ${sorted(options)}; ${language}: ${sorted(theirOptions)})`);
      }
    }
  }
  return problems.sort();
}
