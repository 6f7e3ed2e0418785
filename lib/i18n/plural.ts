/**
 * A message that depends on a number: one text per ICU plural category (CLDR's one, few, many …)
 * that the locale uses, `other` always. `by` names the parameter that selects (default `count`).
 */
export type PluralMessage = { readonly by?: string; readonly other: string } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** Every catalogue value: a plain text, or texts chosen by a number. */
export type Message = string | PluralMessage;

const rulesByLocale = new Map<string, Intl.PluralRules>();

function rulesOf(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** A parameter as a number: numbers as they are, numerals with grouping commas or spaces read. */
function asNumber(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  if (value === undefined) return Number.NaN;
  return Number(value.replace(/[,\s\u00a0\u202f]/g, ''));
}

/**
 * The text of `message` for `params` under the plural rules of `locale`: the form of the
 * selecting parameter's category, else `other` (also when the parameter is missing or not a number).
 */
export function selectForm(message: Message, locale: string, params?: Record<string, string | number>): string {
  if (typeof message === 'string') return message;
  const value = asNumber(params?.[message.by ?? 'count']);
  if (!Number.isFinite(value)) return message.other;
  const category = rulesOf(locale).select(value);
  return (category === 'other' ? undefined : message[category]) ?? message.other;
}

/** Every text a message can show (for checks over a catalogue). */
export function formsOf(message: Message): string[] {
  if (typeof message === 'string') return [message];
  return Object.entries(message)
    .filter(([name]) => name !== 'by')
    .map(([, text]) => text as string);
}

/** The plural categories a message provides (`other` included); none for a plain text. */
export function categoriesOf(message: Message): string[] {
  if (typeof message === 'string') return [];
  return Object.keys(message).filter((name) => name !== 'by');
}
