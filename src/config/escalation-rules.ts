/**
 * Checks of `topics:` and `escalation:` that need the whole config: phrases for languages the
 * bot does not speak, attributes no conversation has, and rules that notify where no channel
 * listens for `escalated`. Warnings: the rules still load, and do what they can.
 */
import type { RuleReporter } from './rules.js';
import type { Config } from './schema.js';

/** The `when.attribute` keys a conversation has (src/chat/escalation.ts attributesOf). */
const knownAttributes = new Set([
  'lang',
  'channel',
  'country',
  'city',
  'page',
  'email',
  'phone',
  'name',
]);

function knownAttribute(key: string): boolean {
  const lower = key.toLowerCase();
  return knownAttributes.has(lower) || lower.startsWith('utm_');
}

function listensForEscalated(notify: Config['notify']): boolean {
  const lists = [
    notify.telegram?.events,
    notify.slack?.events,
    notify.email?.events,
    ...notify.webhooks.map((hook) => hook.events),
  ];
  return lists.some((events) => events?.includes('escalated'));
}

export function checkEscalationRules(
  config: Config,
  supported: readonly string[],
  report: RuleReporter,
): void {
  const unusedLanguage = (path: (string | number)[], lang: string, where: string) =>
    report(
      'warning',
      'CONFIG_UNUSED_LANGUAGE',
      path,
      `${where} has "${lang}", which is not a supported language`,
      { atKey: true },
    );
  for (const [topic, phrases] of Object.entries(config.topics))
    for (const lang of Object.keys(phrases))
      if (!supported.includes(lang))
        unusedLanguage(['topics', topic, lang], lang, `topics.${topic}`);
  const notifies = listensForEscalated(config.notify);
  config.escalation.forEach((rule, index) => {
    for (const lang of Object.keys(rule.when.keywords ?? {}))
      if (!supported.includes(lang))
        unusedLanguage(['escalation', index, 'when', 'keywords', lang], lang, 'when.keywords');
    // With identity.secret set, any key may be a customer attribute the site signs.
    for (const key of Object.keys(rule.when.attribute ?? {}))
      if (!config.identity.secret && !knownAttribute(key))
        report(
          'warning',
          'CONFIG_ESCALATION',
          ['escalation', index, 'when', 'attribute', key],
          `No conversation has the attribute "${key}": the rule never fires (known: ${[...knownAttributes].join(', ')}, utm_*; customer attributes need identity.secret)`,
          { atKey: true },
        );
    if (rule.then.notify && !notifies)
      report(
        'warning',
        'CONFIG_ESCALATION',
        ['escalation', index, 'then', 'notify'],
        'then.notify sends an `escalated` notification, and no notify channel lists escalated in its events',
      );
  });
}
