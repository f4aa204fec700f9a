/**
 * The systemd unit `chatbot deploy --print systemd` writes: `chatbot start` for one project,
 * restarted on failure, reloaded with SIGHUP, stopped with SIGTERM and time to finish replies,
 * and sandboxed so that only the data folder is writable, and only by the service's user.
 */
export interface UnitOptions {
  readonly name: string;
  readonly projectDir: string;
  readonly dataDir: string;
  readonly node: string;
  /** Options for node before the script (serverNodeOptions()). */
  readonly nodeOptions: readonly string[];
  readonly bin: string;
  readonly user: string;
  /** Seconds systemd waits after SIGTERM: the shutdown grace plus a margin. */
  readonly stopSeconds: number;
}

export function systemdUnit(options: UnitOptions): string {
  return `# chatbot: ${options.name}
# Install:  sudo cp chatbot.service /etc/systemd/system/ && sudo systemctl daemon-reload
#           sudo systemctl enable --now chatbot
# Secrets (CHATBOT_ADMIN_TOKEN, API keys) go in ${options.projectDir}/.env (mode 600) or in
# /etc/chatbot/env, never in this file. Logs: journalctl -u chatbot -f

[Unit]
Description=chatbot: ${options.name}
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=${options.user}
WorkingDirectory=${options.projectDir}
Environment=NODE_ENV=production
EnvironmentFile=-/etc/chatbot/env
# Node's options for a server: V8's helper threads and young generation (docs/deploy.md).
ExecStart=${[options.node, ...options.nodeOptions, options.bin].join(' ')} start ${options.projectDir}
# SIGHUP re-reads the project's files; deploys need no restart at all.
ExecReload=/bin/kill -HUP $MAINPID
# SIGTERM: stop taking connections, let replies finish, flush storage, exit 0.
KillSignal=SIGTERM
TimeoutStopSec=${options.stopSeconds}
Restart=on-failure
RestartSec=2s
LimitNOFILE=65536

# Only the data folder (conversations, versions, uploads) is writable, and what the server
# writes is its user's alone: the server makes data files 0600 and folders 0700 itself, and
# this mask holds for anything else it writes (git's knowledge cache, Node's reports).
UMask=0077
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths=${options.dataDir}
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes
LockPersonality=yes

[Install]
WantedBy=multi-user.target
`;
}
