/** The simulated tenant's data. Plain in-memory state that tests read and change directly. */

export interface SimCallerId {
  label: string;
  outboundCallerId: string;
}

export interface SimAgent {
  extension: string;
  /** Click-to-dial is refused (400) while the agent is not logged into the CC-Agent Client. */
  loggedIn: boolean;
  callerIds: SimCallerId[];
  selected: SimCallerId | null;
}

export interface PlacedCall {
  extension: string;
  numberToDial: string;
  /** The caller ID the call presents, or null when Xima would use the agent's default. */
  callerId: string | null;
  externalPrefix: string | null;
  at: number;
}

export interface QueuedCallback {
  skill: string;
  callbackNumber: string;
  at: number;
}

export interface TokenInfo {
  /** false: the token is valid but its service user lacks CCaaS access (403). */
  access: boolean;
}

export interface SimulatorSeed {
  token: string;
  agents: SimAgent[];
  skills: string[];
}

export const DEMO_TOKEN = 'demo-token-not-a-secret';
export const DEMO_EXTENSION = '1001';

export function demoSeed(token: string = DEMO_TOKEN): SimulatorSeed {
  const sales = { label: 'Sales Desk', outboundCallerId: '8015550100' };
  return {
    token,
    agents: [
      {
        extension: DEMO_EXTENSION,
        loggedIn: true,
        callerIds: [sales, { label: 'Support Line', outboundCallerId: '8015550111' }],
        selected: sales,
      },
      { extension: '1002', loggedIn: false, callerIds: [], selected: null },
    ],
    skills: ['Online Requests', 'Support Callbacks'],
  };
}

export class SimulatorState {
  readonly agents = new Map<string, SimAgent>();
  readonly tokens = new Map<string, TokenInfo>();
  skills: string[] = [];
  readonly callbacks: QueuedCallback[] = [];
  readonly placedCalls: PlacedCall[] = [];
  private tokenCounter = 0;

  constructor(private readonly seed: SimulatorSeed) {
    this.reset();
  }

  /** Back to the seed: agents, skills and the one demo token; queues emptied. */
  reset(): void {
    this.agents.clear();
    for (const agent of this.seed.agents) this.addAgent(structuredClone(agent));
    this.tokens.clear();
    this.tokens.set(this.seed.token, { access: true });
    this.skills = [...this.seed.skills];
    this.callbacks.length = 0;
    this.placedCalls.length = 0;
  }

  addAgent(agent: Partial<SimAgent> & { extension: string }): SimAgent {
    const full: SimAgent = {
      loggedIn: true,
      callerIds: [],
      selected: null,
      ...agent,
    };
    this.agents.set(full.extension, full);
    return full;
  }

  getAgent(extension: string): SimAgent | undefined {
    return this.agents.get(extension);
  }

  setLoggedIn(extension: string, loggedIn: boolean): void {
    this.requireAgent(extension).loggedIn = loggedIn;
  }

  setCallerIds(extension: string, callerIds: SimCallerId[], selected: SimCallerId | null = null): void {
    const agent = this.requireAgent(extension);
    agent.callerIds = callerIds.map((c) => ({ ...c }));
    agent.selected = selected ? { ...selected } : null;
  }

  getSelectedCallerId(extension: string): SimCallerId | null {
    return this.requireAgent(extension).selected;
  }

  addToken(token: string, info: TokenInfo = { access: true }): void {
    this.tokens.set(token, info);
  }

  revokeToken(token: string): void {
    this.tokens.delete(token);
  }

  /** What an admin's "Refresh" does: a new token, the old one invalid at once. */
  refreshToken(oldToken: string): string {
    this.revokeToken(oldToken);
    this.tokenCounter += 1;
    const next = `refreshed-token-${this.tokenCounter}-${Math.random().toString(36).slice(2, 10)}`;
    this.addToken(next);
    return next;
  }

  private requireAgent(extension: string): SimAgent {
    const agent = this.agents.get(extension);
    if (!agent) throw new Error(`The simulator has no agent with extension ${extension}`);
    return agent;
  }
}
