import type { ReactiveController } from 'lit';
import type { LocaleTable } from '../../../internal/strings.js';
import type { PlayerHost } from './media.js';

/** A row of the shortcut list: its words are `player.keys[row]` in the locale table. */
export type ShortcutRow = keyof LocaleTable['player']['keys'];

/**
 * The keyboard shortcuts, in one table: the key handler, the on-screen list and the README read it.
 * `keys` maps each `KeyboardEvent.key` (letters in lower case) to the action it runs; `row` names the
 * row's words in the locale table (`player.keys`), so a translation never changes a key. The arrows keep
 * their media meaning in right-to-left languages too (← back, → forward, like the seek bar).
 */
export const SHORTCUTS = [
  { row: 'playPause', keys: { ' ': 'playPause', k: 'playPause' } },
  { row: 'seek', keys: { ArrowLeft: 'back', ArrowRight: 'forward' } },
  { row: 'ends', keys: { Home: 'start', End: 'end' } },
  { row: 'steps', keys: { p: 'previousStep', n: 'nextStep' } },
  { row: 'speed', keys: { '<': 'slower', '>': 'faster' } },
  { row: 'mute', keys: { m: 'mute' } },
  { row: 'captions', keys: { c: 'captions' } },
  { row: 'fullScreen', keys: { f: 'fullScreen' } },
] as const satisfies readonly { row: ShortcutRow; keys: Readonly<Record<string, string>> }[];

// Every row of words has its keys (a row added to the locale table without keys does not type-check).
const everyRow: Exclude<ShortcutRow, (typeof SHORTCUTS)[number]['row']> extends never ? true : never = true;
void everyRow;

type ValueOf<T> = T extends unknown ? T[keyof T] : never;
/** The actions the table names: `playPause`, `back`, `forward`… */
export type ShortcutAction = ValueOf<(typeof SHORTCUTS)[number]['keys']>;
/** What each action does now; undefined when it cannot (no captions, no full screen). */
export type ShortcutActions = Record<ShortcutAction, (() => unknown) | undefined>;

/** How far ← and → move, in seconds (also said in the shortcut's words). */
export const SEEK_STEP = 5;

/** The rows as shown: each row's keys with its words from `words` (the player's locale table). */
export const shortcutList = (words: LocaleTable['player']) =>
  SHORTCUTS.map((s) => {
    const { label, what } = words.keys[s.row];
    return { ...s, label, what: typeof what === 'function' ? what(SEEK_STEP) : what };
  });

const ACTION_OF_KEY = new Map<string, ShortcutAction>(
  SHORTCUTS.flatMap((row) => Object.entries(row.keys) as [string, ShortcutAction][]),
);

/** Whether the focused control uses `key` itself: Space on a button, arrows on the slider or the speed list. */
function controlUses(key: string, target: Element): boolean {
  const tag = target.localName;
  const onRange = tag === 'input' && (target as HTMLInputElement).type === 'range';
  if (key === ' ') return tag === 'button' || tag === 'summary' || tag === 'select' || (tag === 'input' && !onRange);
  if (key === 'ArrowLeft' || key === 'ArrowRight') return onRange || tag === 'select';
  return (key === 'Home' || key === 'End') && onRange;
}

/**
 * The keyboard shortcuts, acting only for key presses inside the player (media-chrome and Vidstack do
 * the same), and never taking a key that the focused control needs.
 */
export class KeyboardController implements ReactiveController {
  #host: PlayerHost;
  #actions: () => ShortcutActions;

  constructor(host: PlayerHost, actions: () => ShortcutActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
  }
  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const key = event.key.length === 1 && event.key !== ' ' ? event.key.toLowerCase() : event.key;
    const name = ACTION_OF_KEY.get(key);
    const action = name && !controlUses(key, event.composedPath()[0] as Element) ? this.#actions()[name] : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  };
}
