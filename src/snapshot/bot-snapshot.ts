/**
 * The bot at one version: config, knowledge and templates, validated together and never
 * changed after. A reload builds a new snapshot and swaps one reference, so a reply that began
 * on this snapshot finishes on it.
 * Owns: what a reply needs to read. Must not import transport (server, sockets) or providers.
 */
import { createHash } from 'node:crypto';
import type { LoadMode } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Finding } from '../errors/finding.js';
import { LanguageKnowledge, type Retrieval } from '../kb/language-knowledge.js';
import type { KnowledgeTexts } from '../kb/sources/texts.js';
import { buildPromptContext, type VisitorFacts } from '../prompt/build-context.js';
import { loadPromptTemplates, type PromptTemplates } from '../prompt/templates.js';
import { sortFindings } from '../source/finding-order.js';
import { validateProject } from '../validate/validate-project.js';
import { type AssistantParts, assistantParts, loadAssistantTemplates } from './assistants.js';

export interface SystemPromptRequest {
  readonly lang: string;
  readonly question: string;
  /** Recent visitor and bot turns, oldest first, for retrieval context. */
  readonly recentTurns?: readonly string[];
  readonly visitor?: VisitorFacts;
  readonly now?: Date;
}

export class BotSnapshot {
  private assistants: ReadonlyMap<string, BotSnapshot> = new Map();

  constructor(
    readonly config: Config,
    readonly languages: ReadonlyMap<string, LanguageKnowledge>,
    readonly templates: PromptTemplates,
    /** Changes whenever config, knowledge or templates change. */
    readonly version: string,
    /** The knowledge source's own version: a commit sha or a content hash. */
    readonly knowledgeVersion: string,
    readonly loadedAt: Date,
    /** The assistant this snapshot is (docs/routing.md); undefined: the default bot. */
    readonly assistant?: string,
  ) {}

  /**
   * The snapshot an assistant answers with (snapshot/assistants.ts): its template, greeting,
   * knowledge and cascade. The default bot, or a name this version no longer has: this one.
   */
  forAssistant(name: string | undefined): BotSnapshot {
    return (name && this.assistants.get(name)) || this;
  }

  /** Set once, while the snapshot is built: each assistant is a snapshot of this one. */
  withAssistants(assistants: ReadonlyMap<string, AssistantParts>): this {
    const snapshots = new Map<string, BotSnapshot>();
    for (const [name, parts] of assistants)
      snapshots.set(
        name,
        new BotSnapshot(
          parts.config,
          parts.languages,
          parts.templates,
          this.version,
          this.knowledgeVersion,
          this.loadedAt,
          name,
        ),
      );
    this.assistants = snapshots;
    return this;
  }

  /**
   * The same bot answering with other retrieval settings (`chatbot eval --sweep` tries other
   * thresholds): knowledge, templates and assistants are shared, not rebuilt.
   */
  withRetrieval(retrieval: Partial<Config['retrieval']>): BotSnapshot {
    const config = { ...this.config, retrieval: { ...this.config.retrieval, ...retrieval } };
    const snapshot = new BotSnapshot(
      config,
      this.languages,
      this.templates,
      this.version,
      this.knowledgeVersion,
      this.loadedAt,
      this.assistant,
    );
    snapshot.assistants = new Map(
      [...this.assistants].map(([name, assistant]) => [name, assistant.withRetrieval(retrieval)]),
    );
    return snapshot;
  }

  get defaultLanguage(): string {
    return this.config.languages.default;
  }

  /** The language to answer in: the one asked for when supported, else the default. */
  resolveLanguage(lang: string | undefined): string {
    if (lang && this.languages.has(lang)) return lang;
    const base = lang?.split('-')[0];
    if (base && this.languages.has(base)) return base;
    return this.defaultLanguage;
  }

  knowledge(lang: string): LanguageKnowledge {
    return this.languages.get(this.resolveLanguage(lang))!;
  }

  retrieve(request: SystemPromptRequest): Retrieval {
    return this.knowledge(request.lang).retrieve(
      request.question,
      request.recentTurns ?? [],
      this.config.retrieval,
    );
  }

  /** The exact system prompt a model receives for this question, and the knowledge chosen. */
  systemPrompt(request: SystemPromptRequest): { prompt: string; retrieval: Retrieval } {
    const lang = this.resolveLanguage(request.lang);
    const retrieval = this.retrieve({ ...request, lang });
    const context = buildPromptContext(this.config, {
      lang,
      knowledge: retrieval.knowledge,
      ...(request.visitor ? { visitor: request.visitor } : {}),
      ...(request.now ? { now: request.now } : {}),
    });
    return { prompt: this.templates.render(context), retrieval };
  }
}

export interface BuildSnapshotOptions {
  readonly mode: LoadMode;
  readonly env?: NodeJS.ProcessEnv;
  readonly knowledgeTexts?: KnowledgeTexts;
}

export type SnapshotOutcome =
  | { readonly snapshot: BotSnapshot; readonly findings: Finding[] }
  | { readonly snapshot?: undefined; readonly findings: Finding[] };

/** Validates the project as a whole and, when it has no errors, builds its snapshot. */
export async function buildSnapshot(
  projectDir: string,
  options: BuildSnapshotOptions,
): Promise<SnapshotOutcome> {
  const result = await validateProject(projectDir, {
    mode: options.mode,
    ...(options.env ? { env: options.env } : {}),
    ...(options.knowledgeTexts ? { knowledgeTexts: options.knowledgeTexts } : {}),
  });
  const findings = sortFindings(result.findings);
  if (
    !result.config ||
    !result.knowledge ||
    findings.some((finding) => finding.severity === 'error')
  ) {
    return { findings };
  }
  const languages = new Map<string, LanguageKnowledge>();
  for (const [lang, file] of result.knowledge.files) {
    if (file.knowledge) languages.set(lang, new LanguageKnowledge(lang, file.knowledge));
  }
  const templates = await loadPromptTemplates(projectDir, result.config.prompts);
  const assistantTemplates = await loadAssistantTemplates(projectDir, result.config);
  const hash = createHash('sha256')
    .update(result.configText)
    .update('\0')
    .update(result.knowledge.version)
    .update('\0')
    .update(templates.contentHash);
  for (const assistant of assistantTemplates.values())
    hash.update('\0').update(assistant.contentHash);
  const version = hash.digest('hex').slice(0, 12);
  const snapshot = new BotSnapshot(
    result.config,
    languages,
    templates,
    version,
    result.knowledge.version,
    new Date(),
  );
  snapshot.withAssistants(assistantParts(snapshot, assistantTemplates));
  return { snapshot, findings };
}
