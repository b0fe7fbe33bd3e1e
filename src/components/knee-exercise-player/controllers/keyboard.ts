import type { ReactiveController } from 'lit';
import { strings } from '../../../internal/strings.js';
import type { PlayerHost } from './media.js';

/** The shortcut table (`strings.player.keys`): read by this handler, the on-screen list and the docs. */
export const SHORTCUTS = strings.player.keys;
type ValueOf<T> = T extends unknown ? T[keyof T] : never;
/** The actions the table names: `playPause`, `back`, `forward`… */
export type ShortcutAction = ValueOf<(typeof SHORTCUTS)[number]['keys']>;
/** What each action does now; undefined when it cannot (no captions, no full screen). */
export type ShortcutActions = Record<ShortcutAction, (() => unknown) | undefined>;

const ACTION_OF_KEY = new Map<string, ShortcutAction>(SHORTCUTS.flatMap((row) => Object.entries(row.keys) as [string, ShortcutAction][]));

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
