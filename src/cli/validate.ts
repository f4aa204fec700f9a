import { resolve } from 'node:path';
import { missingOriginsAdvice } from '../config/rules.js';
import { ExitCode, ExitError } from '../errors/chatbot-error.js';
import { countBySeverity } from '../errors/finding.js';
import {
  renderGithubAnnotations,
  renderJson,
  renderPretty,
  renderSummary,
} from '../validate/report.js';
import { validateProject } from '../validate/validate-project.js';
import { createOutput } from './output.js';

export interface ValidateCommandOptions {
  readonly format: 'pretty' | 'json';
  readonly strict?: boolean;
}

export async function runValidate(
  dir: string,
  options: ValidateCommandOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const projectDir = resolve(dir);
  const output = createOutput(env);
  const result = await validateProject(projectDir, { env });
  const { findings } = result;

  if (options.format === 'json') {
    output.out(renderJson(findings));
  } else {
    if (findings.length > 0)
      output.out(
        `${renderPretty(findings, { projectDir, colors: output.colors, codeFrames: true })}\n`,
      );
    // A note, not a warning: a new project has no site yet, and its CI runs --strict. It comes
    // before the summary, which stays the last line.
    const noOrigins = result.config ? missingOriginsAdvice(result.config) : undefined;
    if (noOrigins) output.out(`note: ${noOrigins}. List your site there before deploying.`);
    const checkedFiles = 1 + result.checked.knowledgeFiles.length + result.checked.templates.length;
    output.out(renderSummary(findings, checkedFiles, output.colors));
  }
  if (env.GITHUB_ACTIONS === 'true' && findings.length > 0)
    output.out(renderGithubAnnotations(findings));

  const { errors, warnings } = countBySeverity(findings);
  if (errors > 0 || (options.strict && warnings > 0)) throw new ExitError(ExitCode.invalidInput);
}
