/**
 * Rules across config fields that need the whole config: the default language is supported,
 * settings name only supported languages. (Business hours check themselves in the schema.)
 */
import type { ErrorCode } from '../errors/catalogue.js';
import type { Severity } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { checkEscalationRules } from './escalation-rules.js';
import type { LoadMode } from './load.js';
import { checkRoutingRules } from './routing-rules.js';
import type { Config } from './schema.js';

export type RuleReporter = (
  severity: Severity,
  code: ErrorCode,
  path: DataPath,
  message: string,
  options?: { hint?: string; atKey?: boolean },
) => void;

/** The languages the bot speaks: languages.supported, or just the default when that is unset. */
export function supportedLanguages(config: Pick<Config, 'languages'>): string[] {
  return config.languages.supported ?? [config.languages.default];
}

/**
 * What an empty server.origins means in production, or undefined when sites are listed. In
 * development any local page may embed the widget, so only a production server needs the list.
 */
export function missingOriginsAdvice(config: Pick<Config, 'server'>): string | undefined {
  if (config.server.origins.length > 0) return undefined;
  return "server.origins is empty: under `chatbot start` no website can show the chat (browsers on other sites are refused; only the server's own pages work)";
}

export function checkConfigRules(config: Config, report: RuleReporter, mode?: LoadMode): void {
  const noOrigins = mode === 'start' ? missingOriginsAdvice(config) : undefined;
  if (noOrigins) report('warning', 'CONFIG_NO_ORIGINS', ['server', 'origins'], noOrigins);
  const supported = supportedLanguages(config);
  const seen = new Set<string>();
  supported.forEach((lang, index) => {
    if (seen.has(lang))
      report(
        'error',
        'CONFIG_LANGUAGE',
        ['languages', 'supported', index],
        `"${lang}" is listed twice`,
      );
    seen.add(lang);
  });
  if (config.languages.supported && !supported.includes(config.languages.default)) {
    report(
      'error',
      'CONFIG_LANGUAGE',
      ['languages', 'default'],
      `The default language "${config.languages.default}" is not in languages.supported (${supported.join(', ')})`,
    );
  }
  checkPrices(config, report);
  checkRoutingRules(config, supported, report);
  if (config.notify.email && !config.email)
    report(
      'error',
      'CONFIG_EMAIL_NOT_SET',
      ['notify', 'email'],
      'notify.email mails alerts through email.smtp, and there is no email section',
    );
  checkEscalationRules(config, supported, report);
  for (const lang of Object.keys(config.handoff.keywords)) {
    if (!supported.includes(lang)) {
      report(
        'warning',
        'CONFIG_UNUSED_LANGUAGE',
        ['handoff', 'keywords', lang],
        `handoff.keywords has "${lang}", which is not a supported language`,
        { atKey: true },
      );
    }
  }
}

/** A price for a model no cascade link uses is most likely a typo of one that is used. */
function checkPrices(config: Config, report: RuleReporter): void {
  const priced = Object.keys(config.ai.prices ?? {});
  if (priced.length === 0) return;
  const used = new Set<string>();
  for (const link of config.ai.cascade) {
    if ('model' in link) used.add(link.model);
    if (link.name) used.add(link.name);
  }
  for (const model of priced)
    if (!used.has(model))
      report(
        'warning',
        'CONFIG_UNUSED_PRICE',
        ['ai', 'prices', model],
        `ai.prices has "${model}", which no link of ai.cascade uses (models: ${[...used].join(', ') || 'none'})`,
        { atKey: true },
      );
}
