import type { ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: between `beforeprint` and `afterprint` the log shows every run, not
 * only the page of the table on screen. Listens while its element is connected.
 */
export function followPrinting(host: ReactiveControllerHost): { readonly printing: boolean } {
  const state = { printing: false };
  const onPrint = (e: Event) => {
    state.printing = e.type === 'beforeprint';
    host.requestUpdate();
  };
  const events = ['beforeprint', 'afterprint'];
  host.addController({
    hostConnected: () => events.forEach((type) => addEventListener(type, onPrint)),
    hostDisconnected: () => events.forEach((type) => removeEventListener(type, onPrint)),
  });
  return state;
}
