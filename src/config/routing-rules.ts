/**
 * Routing rules that need more than one section of the config: the assistant a rule names is
 * configured, an hours condition has business hours to read, a language condition names a
 * language the bot speaks. (Templates are files: src/validate checks they exist.)
 */
import { suggest } from '../source/suggest.js';
import { defaultAssistant } from './routing-schema.js';
import type { RuleReporter } from './rules.js';
import type { Config } from './schema.js';

export function checkRoutingRules(
  config: Config,
  supported: readonly string[],
  report: RuleReporter,
): void {
  const assistants = Object.keys(config.assistants);
  config.routing.forEach((rule, index) => {
    const name = rule.assistant;
    if (name !== undefined && name !== defaultAssistant && !assistants.includes(name)) {
      const guess = suggest(name, assistants);
      report(
        'error',
        'CONFIG_UNKNOWN_ASSISTANT',
        ['routing', index, 'assistant'],
        `routing[${index}] sends chats to the assistant "${name}", which is not in assistants`,
        {
          hint: `${guess ? `Did you mean "${guess}"? ` : ''}Assistants: ${[defaultAssistant, ...assistants].join(', ')}.`,
        },
      );
    }
    if (rule.when.hours && !config.handoff.hours)
      report(
        'error',
        'CONFIG_ROUTING_NO_HOURS',
        ['routing', index, 'when', 'hours'],
        `routing[${index}] asks whether it is within business hours, and handoff.hours is not set`,
      );
    for (const lang of rule.when.lang ?? []) {
      const base = lang.split('-')[0];
      if (!supported.some((one) => one === lang || one.split('-')[0] === base))
        report(
          'warning',
          'CONFIG_UNUSED_LANGUAGE',
          ['routing', index, 'when', 'lang'],
          `routing[${index}] is for "${lang}", which is not a supported language: it never applies`,
        );
    }
  });
}
