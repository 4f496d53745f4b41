/** The validated configuration of one API process. Built once at start by `loadConfig`. */
export interface AppConfig {
  mode: 'embedded' | 'server';
  port: number;
  host: string;
  /** Absolute directory for the embedded store, generated secrets and (by default) uploads. */
  dataDir: string;
  /** PostgreSQL URL: events (unless KurrentDB holds them) and read tables in server mode. */
  databaseUrl: string | null;
  /** PostgreSQL schema for the event tables in server mode; null means the store's default. */
  databaseSchema: string | null;
  kurrentDbUrl: string | null;
  /** Null in embedded mode when not given: a secret is generated and kept in the data directory. */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  adminUsername: string;
  /** Null: a password is generated and printed when the first admin is created. */
  adminPassword: string | null;
  seedDemo: boolean;
  urgeDaysBefore: number;
  yellowDays: number;
  /** How often the deadline watchers (task urges, finding reminders) run; 0 turns them off. */
  urgeIntervalMs: number;
  /** N of a finding's "due in N days" reminder; 0 sends only the overdue one. */
  remindDaysBefore: number;
  /**
   * How often the log is checked for appends and, when there were any, a digest recorded (besides
   * the one at start); 0 turns the timer off. Bounds the tail no digest anchors yet.
   */
  digestIntervalMs: number;
  /** Ed25519 private key (PKCS#8 PEM) that signs digests; kept outside the database. */
  digestKeyFile: string;
  /** True when the key file is the embedded default, generated on first start when missing. */
  digestKeyGenerated: boolean;
  /** File outside the database every signed digest is appended to (one JSON line each). */
  digestFile: string;
  uploadMaxBytes: number;
  uploadDir: string;
  /** Allowed browser origins for cross-origin requests; empty means same-origin only. */
  corsOrigins: string[];
  /** Refused logins for one username, within `loginWindowSeconds`, that lock the account. */
  loginMaxFailures: number;
  loginWindowSeconds: number;
  /** How long a locked account stays locked unless an administrator unlocks it first. */
  lockoutSeconds: number;
  /**
   * How long the device token handed out at a successful login lets that device log in with the
   * right password while the account is locked (someone else's wrong guesses lock it).
   */
  deviceTrustSeconds: number;
  /** Login attempts one client address may make per `loginRateWindowSeconds`. */
  loginRateLimit: number;
  loginRateWindowSeconds: number;
  /** Behind a reverse proxy: take the client address and scheme from X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Built web app to serve (index.html fallback); null when it has not been built. */
  webDistDir: string | null;
  /** How long a mutation waits for the read model to show its change before answering STALE. */
  readWaitMs: number;
  /** Largest page a list query returns. */
  maxPageSize: number;
  /** Deepest selection nesting a GraphQL operation may have. */
  maxQueryDepth: number;
  /** Highest estimated cost (fields times page sizes) a GraphQL operation may have. */
  maxQueryComplexity: number;
  /** Most lexical tokens a GraphQL document may have; parsing stops there, before validation runs. */
  maxQueryTokens: number;
  /** Largest GraphQL request body over HTTP, and largest WebSocket message. */
  graphqlMaxBytes: number;
  /** Time a request has to arrive in full (headers and body) before it is cut off. */
  requestTimeoutMs: number;
  /** A connection quiet this long is closed. */
  idleTimeoutMs: number;
  /** Requests one signed-in user, and one client address, may make per `rateWindowSeconds`. */
  rateLimitPerUser: number;
  rateLimitPerAddress: number;
  rateWindowSeconds: number;
  /** Expensive fields (as-of replays, log verification, report diffs) one operation may select. */
  maxExpensiveFields: number;
  /** Cost of one expensive field in the estimate `maxQueryComplexity` bounds. */
  expensiveFieldCost: number;
  /** Expensive fields one user may have running at once (as many more wait their turn). */
  expensiveConcurrency: number;
  /** Expensive mutations (generateAnnualReport) one user may run per `rateWindowSeconds`. */
  expensiveMutationLimit: number;
  /** How often an open WebSocket re-checks its token and session (expiry, logout, disabling, role change). */
  socketAuthCheckMs: number;
  /** Whether GraphQL introspection is answered (on in embedded mode, off in server mode by default). */
  introspection: boolean;
  /** Whether /metrics answers without credentials (on in embedded mode, off in server mode by default). */
  publicMetrics: boolean;
  /** A bearer token a metrics scraper may send instead of an administrator's access token. */
  metricsToken: string | null;
}

/** Which event store adapter the configuration selects. */
export type StoreKind = 'pglite' | 'postgres' | 'kurrentdb';

export const storeKindOf = (config: AppConfig): StoreKind =>
  config.kurrentDbUrl ? 'kurrentdb' : config.mode === 'server' ? 'postgres' : 'pglite';
