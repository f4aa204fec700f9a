/**
 * The PostgreSQL schema, as numbered migrations applied in order by `chatbot migrate`. A
 * migration, once released, never changes: a new need is a new migration at the end. Each runs
 * in one transaction with the record that it ran, so a failed one leaves nothing half done.
 */

export interface Migration {
  /** Sorts in the order the migrations run; never renamed. */
  readonly name: string;
  readonly up: string;
  readonly down: string;
}

export const migrations: readonly Migration[] = [
  {
    name: '0001-conversations',
    up: `
      CREATE TABLE conversations (
        id text PRIMARY KEY,
        visitor_id text,
        external_id text,
        last_seq integer NOT NULL DEFAULT 0,
        updated_at text NOT NULL,
        -- Everything but the timeline, lastSeq and updatedAt, as the driver reads it back.
        meta jsonb NOT NULL,
        -- The inbox list row, kept with every write so a node starts without reading timelines.
        summary jsonb NOT NULL
      );
      CREATE INDEX conversations_visitor ON conversations (visitor_id) WHERE visitor_id IS NOT NULL;
      CREATE INDEX conversations_external ON conversations (external_id) WHERE external_id IS NOT NULL;
      CREATE TABLE entries (
        conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        seq integer NOT NULL,
        -- Set for resendable messages only (visitors', operators'), never for the bot's.
        author_kind text,
        client_id text,
        entry jsonb NOT NULL,
        PRIMARY KEY (conversation_id, seq)
      );
      -- A resend after a reconnect is refused here, whatever node it reaches.
      CREATE UNIQUE INDEX entries_client_id ON entries (conversation_id, author_kind, client_id)
        WHERE client_id IS NOT NULL;
      CREATE TABLE leads (
        id text PRIMARY KEY,
        position bigserial,
        record jsonb NOT NULL
      );
      CREATE TABLE operators (
        token_hash text PRIMARY KEY,
        position bigserial,
        record jsonb NOT NULL
      );`,
    down: `
      DROP TABLE operators;
      DROP TABLE leads;
      DROP TABLE entries;
      DROP TABLE conversations;`,
  },
  {
    name: '0002-gaps',
    up: `
      -- Questions the bot could not answer well (chatbot gaps); kept apart from the timelines.
      CREATE TABLE gaps (
        id bigserial PRIMARY KEY,
        conversation_id text NOT NULL,
        at text NOT NULL,
        lang text NOT NULL,
        record jsonb NOT NULL
      );
      CREATE INDEX gaps_at ON gaps (at);
      CREATE INDEX gaps_conversation ON gaps (conversation_id);`,
    down: `
      DROP TABLE gaps;`,
  },
  {
    name: '0003-releases',
    up: `
      -- Deployed versions, shared so every server serves the same one (release-log.ts).
      CREATE TABLE releases (
        version text PRIMARY KEY,
        bundle jsonb NOT NULL
      );
      -- Every deploy and rollback in order: the newest row is the version every server serves.
      CREATE TABLE release_activations (
        id bigserial PRIMARY KEY,
        version text NOT NULL REFERENCES releases (version),
        action text NOT NULL,
        at text NOT NULL,
        node text NOT NULL
      );`,
    down: `
      DROP TABLE release_activations;
      DROP TABLE releases;`,
  },
];
