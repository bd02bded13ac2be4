import { Properties } from "./properties";

/** The three property stores a runtime keeps; the document store travels with the workbook. */
export interface PropertyStores {
  readonly document: Map<string, string>;
  readonly script: Map<string, string>;
  readonly user: Map<string, string>;
}

/** Creates the stores, the document one seeded from the workbook (copied, never aliased). */
export function createPropertyStores(documentProperties: Readonly<Record<string, string>>): PropertyStores {
  return {
    document: new Map(Object.entries(documentProperties).map(([key, value]) => [key, String(value)])),
    script: new Map(),
    user: new Map(),
  };
}

/** Apps Script's PropertiesService. */
export class PropertiesService {
  constructor(private readonly stores: PropertyStores) {}

  getDocumentProperties(): Properties {
    return new Properties(this.stores.document);
  }

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }

  getUserProperties(): Properties {
    return new Properties(this.stores.user);
  }

  toString(): string {
    return "PropertiesService";
  }
}
