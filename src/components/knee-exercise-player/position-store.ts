import { STORAGE_PREFIX, type RecordSpec } from '../../internal/storage-types.js';

// The player's stored record, beside the player (so the CDN file carries it in the player's chunk only).
// It lives under the library's namespace, so `forgetStoredData()` deletes it with everything else.

/** Where a video was left and at what speed; `at` is when (ms since 1970), 0 for data migrated from version 1. */
export interface StoredPosition {
  time: number;
  speed: number;
  at: number;
}

/**
 * `<knee-exercise-player>` resume position under `knee-advice:v1:player:<storage-key or src>`.
 * Version 1 (before this module) was `{ version: 1, time, speed }`. Tabs: the later save wins.
 * The player still checks `speed` against its own list of speeds.
 */
export const positionSpec: RecordSpec<StoredPosition | null> = {
  version: 2,
  empty: () => null,
  validate: (data): data is StoredPosition | null =>
    data === null ||
    (typeof data === 'object' &&
      Number.isFinite((data as StoredPosition).time) &&
      (data as StoredPosition).time >= 0 &&
      Number.isFinite((data as StoredPosition).speed) &&
      (data as StoredPosition).speed > 0 &&
      Number.isFinite((data as StoredPosition).at)),
  migrate(stored) {
    const old = stored as { version?: unknown; time?: unknown; speed?: unknown };
    if (old?.version !== 1) return undefined;
    return { time: old.time, speed: old.speed, at: 0 } as StoredPosition;
  },
  merge: (current, incoming) => (!current || (incoming && incoming.at >= current.at) ? incoming : current),
};

/** The key of a player's resume position. */
export const positionKey = (storageKeyOrSrc: string) => `${STORAGE_PREFIX}player:${storageKeyOrSrc}`;
