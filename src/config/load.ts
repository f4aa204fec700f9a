/**
 * Loading chatbot.config.yaml: YAML with positions -> ${VAR} interpolation -> schema ->
 * cross-field rules -> which parts may run without their variables.
 * Owns: the Config value and its findings. Must not import kb, prompt or server code.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ErrorCode } from '../errors/catalogue.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { type Finding, formatKeyPath, type Severity } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { schemaFindings } from '../source/schema-findings.js';
import { fileLimits, readSourceOrFinding } from '../source/text-file.js';
import { parseYamlSource } from '../source/yaml-source.js';
import { acceptsEnv, reservedEnvNames } from './env-fields.js';
import { type ProjectEnv, readProjectEnv } from './env-files.js';
import { type EnvReference, interpolateEnv } from './interpolate.js';
import { assistantLink, withoutSkippedLinks } from './routing-schema.js';
import { checkConfigRules } from './rules.js';
import { type Config, configSchema } from './schema.js';

export const configFileName = 'chatbot.config.yaml';

/**
 * validate: CI has no secrets, so unset variables are only reported when nothing declares them.
 * dev: runs with what is set; providers and notifiers without keys are skipped with a warning.
 * start: production; an unset variable outside the AI cascade is an error.
 */
export type LoadMode = 'validate' | 'dev' | 'start';

export interface LoadConfigOptions {
  readonly mode: LoadMode;
  readonly env?: NodeJS.ProcessEnv;
}

export interface LoadedConfig {
  /** Undefined when there are errors. */
  readonly config: Config | undefined;
  readonly findings: Finding[];
  readonly file: string;
  readonly text: string;
  /** Environment the config was interpolated with (process env over .env). */
  readonly env: ProjectEnv;
  /** The interpolated data, even when invalid: lets validation go on with what is usable. */
  readonly raw: unknown;
  /** Where a key path is in the config, for findings other modules raise against it. */
  readonly positionOf: (path: DataPath, atKey?: boolean) => { line: number; col: number };
}

export async function loadConfig(
  projectDir: string,
  options: LoadConfigOptions,
): Promise<LoadedConfig> {
  const absolute = join(projectDir, configFileName);
  if (!existsSync(absolute)) {
    throw new ChatbotError('CONFIG_NOT_FOUND', `No ${configFileName} in ${projectDir}`);
  }
  const env = await readProjectEnv(projectDir, options.env ?? process.env);
  const read = await readSourceOrFinding(absolute, configFileName, fileLimits.configBytes);
  if (!read.source) {
    return {
      config: undefined,
      findings: [read.finding],
      file: configFileName,
      text: '',
      env,
      raw: undefined,
      positionOf: () => ({ line: 1, col: 1 }),
    };
  }
  const source = read.source;
  const parsed = parseYamlSource(source, {
    syntax: 'CONFIG_SYNTAX',
    duplicateKey: 'CONFIG_DUPLICATE_KEY',
    aliasLimit: 'CONFIG_ALIAS_LIMIT',
  });
  const positionAt = (offset: number) => parsed.lineCounter.linePos(offset);
  const positionOf = (path: DataPath, atKey = false) =>
    positionAt((atKey ? parsed.locator.key(path) : parsed.locator.value(path)).offset);
  const result = { file: configFileName, text: source.text, env, positionOf };
  if (parsed.findings.length > 0) {
    return { ...result, config: undefined, findings: parsed.findings, raw: undefined };
  }

  const findings: Finding[] = [];
  const report = (
    severity: Severity,
    code: ErrorCode,
    path: DataPath,
    message: string,
    extra: { hint?: string; atKey?: boolean } = {},
  ) => {
    const located = extra.atKey ? parsed.locator.key(path) : parsed.locator.value(path);
    const { line, col } = positionAt(located.offset);
    findings.push({
      severity,
      code,
      file: configFileName,
      line,
      col,
      keyPath: formatKeyPath(path),
      message,
      ...(extra.hint ? { hint: extra.hint } : {}),
    });
  };

  const interpolated = interpolateEnv(
    parsed.data ?? {},
    env.values,
    (path, name) => acceptsEnv(path) && !reservedEnvNames.has(name),
  );
  for (const ref of interpolated.refused) {
    const where = formatKeyPath(ref.path);
    if (reservedEnvNames.has(ref.name))
      report(
        'error',
        'CONFIG_ENV_RESERVED',
        ref.path,
        `\${${ref.name}} is the server's own secret: it is never put into the config (${where})`,
      );
    else
      report(
        'error',
        'CONFIG_ENV_NOT_ALLOWED',
        ref.path,
        `${where} does not take environment variables: \${${ref.name}} could publish a secret there`,
      );
  }
  for (const problem of interpolated.syntaxProblems) {
    report(
      'error',
      'CONFIG_ENV_SYNTAX',
      problem.path,
      `Malformed interpolation in ${JSON.stringify(problem.text)}`,
    );
  }
  const unset = interpolated.references.filter((ref) => !ref.isSet && !ref.hasDefault);

  const outcome = configSchema.safeParse(interpolated.data);
  if (!outcome.success) {
    const unsetPaths = new Set(
      [...unset, ...interpolated.refused].map((ref) => formatKeyPath(ref.path)),
    );
    const schemaProblems = schemaFindings(
      configSchema as z.ZodType,
      interpolated.data,
      outcome.error.issues,
      {
        file: configFileName,
        text: source.text,
        locator: parsed.locator,
        positionAt,
        codes: {
          unknownKey: 'CONFIG_UNKNOWN_KEY',
          missingKey: 'CONFIG_MISSING_KEY',
          invalidValue: 'CONFIG_INVALID_VALUE',
        },
      },
    );
    // A value that is only wrong because its variable is unset (or refused) is reported once.
    findings.push(...schemaProblems.filter((finding) => !unsetPaths.has(finding.keyPath)));
  }

  const config = outcome.success ? outcome.data : undefined;
  if (config) checkConfigRules(config, report, options.mode);
  const usable = applyUnsetVariables(config, unset, options.mode, env, report);
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  return { ...result, config: hasErrors ? undefined : usable, findings, raw: interpolated.data };
}

/**
 * Decides what an unset variable means for the part that uses it: a provider is skipped
 * (the cascade still answers), a notifier is disabled outside production, anything else is an
 * error when the server would run with it.
 */
function applyUnsetVariables(
  config: Config | undefined,
  unset: EnvReference[],
  mode: LoadMode,
  env: ProjectEnv,
  report: (severity: Severity, code: ErrorCode, path: DataPath, message: string) => void,
): Config | undefined {
  const skippedLinks = new Set<number>();
  /** Links of assistants' own cascades, as "name/index". */
  const skippedAssistantLinks = new Set<string>();
  let dropTelegram = false;
  const droppedWebhooks = new Set<number>();
  for (const ref of unset) {
    const [section, sub, index] = ref.path;
    const where = formatKeyPath(ref.path);
    if (section === 'ai' && sub === 'cascade' && typeof index === 'number') {
      // In CI the keys are secrets it does not have: only an undeclared key is worth a warning.
      const quiet = mode === 'validate' && env.declared.has(ref.name);
      if (!skippedLinks.has(index) && !quiet) {
        report(
          'warning',
          'CONFIG_PROVIDER_SKIPPED',
          ref.path,
          `\${${ref.name}} is not set, so ai.cascade[${index}] is skipped`,
        );
      }
      skippedLinks.add(index);
      continue;
    }
    const link = assistantLink(ref.path);
    if (link) {
      const quiet = mode === 'validate' && env.declared.has(ref.name);
      if (!skippedAssistantLinks.has(link) && !quiet)
        report(
          'warning',
          'CONFIG_PROVIDER_SKIPPED',
          ref.path,
          `\${${ref.name}} is not set, so ${where.replace(/\.[^.]+$/, '')} is skipped`,
        );
      skippedAssistantLinks.add(link);
      continue;
    }
    const isNotifier = section === 'notify';
    if (mode === 'validate') {
      if (!env.declared.has(ref.name)) {
        report(
          'warning',
          'CONFIG_ENV_MISSING',
          ref.path,
          `\${${ref.name}} (used by ${where}) is never set: not in the environment, .env or .env.example`,
        );
      }
    } else if (isNotifier && mode === 'dev') {
      report(
        'warning',
        'CONFIG_ENV_MISSING',
        ref.path,
        `\${${ref.name}} is not set, so ${where.split('.').slice(0, 2).join('.')} is off`,
      );
      if (sub === 'telegram') dropTelegram = true;
      if (sub === 'webhooks' && typeof index === 'number') droppedWebhooks.add(index);
    } else {
      report(
        'error',
        'CONFIG_ENV_MISSING',
        ref.path,
        `\${${ref.name}} is not set (used by ${where})`,
      );
    }
  }
  if (!config) return undefined;
  const cascade = config.ai.cascade.filter((_, index) => !skippedLinks.has(index));
  return {
    ...config,
    ai: { ...config.ai, cascade: cascade.length > 0 ? cascade : [{ provider: 'offline' }] },
    assistants: withoutSkippedLinks(config.assistants, skippedAssistantLinks),
    notify: {
      ...config.notify,
      telegram: dropTelegram ? undefined : config.notify.telegram,
      webhooks: config.notify.webhooks.filter((_, index) => !droppedWebhooks.has(index)),
    },
  };
}
