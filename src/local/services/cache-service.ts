import { Cache } from "./cache";
import type { Clock } from "./clock";

type Entries = ConstructorParameters<typeof Cache>[0];

/** Apps Script's CacheService: one cache per scope, all on the runtime's clock. */
export class CacheService {
  private readonly document: Entries = new Map();
  private readonly script: Entries = new Map();
  private readonly user: Entries = new Map();

  constructor(private readonly clock: Clock) {}

  getDocumentCache(): Cache {
    return new Cache(this.document, this.clock);
  }

  getScriptCache(): Cache {
    return new Cache(this.script, this.clock);
  }

  getUserCache(): Cache {
    return new Cache(this.user, this.clock);
  }

  toString(): string {
    return "CacheService";
  }
}
