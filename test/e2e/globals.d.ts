// The few chrome.* calls tests make inside the extension's service worker or pages.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { reload(): void; sendMessage(m: unknown): Promise<unknown> };
  storage: {
    session: {
      QUOTA_BYTES: number;
      get(k: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
      getBytesInUse(k: null): Promise<number>;
    };
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};
