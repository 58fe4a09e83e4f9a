import { StoreCore, type StoreOptions } from './store-core.ts';

export class MetadataStore extends StoreCore {
  static async open(options: StoreOptions): Promise<MetadataStore> {
    const { cacheDir, ctx, remote } = await StoreCore.prepare(options);
    const store = new MetadataStore(options, cacheDir, ctx, remote);
    try {
      await store.refresh();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }
}

export function openStore(options: StoreOptions): Promise<MetadataStore> {
  return MetadataStore.open(options);
}
