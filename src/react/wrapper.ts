/**
 * What every React wrapper of `knee-advice/react` does (each wrapper is generated from
 * custom-elements.json by scripts/react-wrappers.mjs: its tag, its properties with their attributes, its
 * events):
 *
 * - On the server (no `document`), the props that have an attribute are written as that attribute, in
 *   kebab-case (`heading-level="3"`, `theme="dark"`, `section`, `sections`; `true` as an empty attribute),
 *   so the server's HTML already asks for the right section, heading level and theme: the element's first
 *   frame, when its script runs, is the one the app asked for, with no flash of its defaults.
 * - In the browser, every property is set on the element, with its own type (`headingLevel = 3`,
 *   `persist = true`, `content`, `checkedIds`), and each `onKnee…` prop is the listener of its event.
 *   React 19 applies neither to a custom element while it hydrates (react#35446); a layout effect does,
 *   before the browser paints. A prop that goes away gives a property with an attribute back its
 *   default (the attribute is removed); one without (`content`, `checkedIds`) keeps its last value, as
 *   `undefined` is no content or list of ids.
 * - Everything else (`className`, `id`, `style`, `slot`, `aria-*`, `children`, DOM events such as
 *   `onClick`) is React's own, on the tag.
 */
import {
  createElement,
  useCallback,
  useLayoutEffect,
  useRef,
  type DetailedHTMLProps,
  type HTMLAttributes,
  type ReactElement,
  type Ref,
} from 'react';

/** One element's wrapper, as the generator writes it. */
export interface WrapperSpec {
  tagName: string;
  displayName: string;
  /** Each settable property, by name: its attribute's name, or `null` for a property without one. */
  properties: Record<string, string | null>;
  /** Each event prop (`onKneeChecklistChange`) and the event it listens for (`knee-checklist-change`). */
  events: Record<string, string>;
}

/** A wrapper's props: the element's own (`Own`), then React's for any element (`Own` wins a name both have). */
export type WrapperProps<E extends HTMLElement, Own> = Own &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own | 'ref'> & { ref?: Ref<E> };

/** A generated wrapper component. */
export type Wrapper<P> = ((props: P) => ReactElement) & { displayName: string };

/** The attribute a server writes for a value; `undefined` for no attribute, `null` for a value no attribute can carry. */
function attributeValue(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}

const isServer = typeof document === 'undefined';

/** Builds one element's wrapper (see above). */
export function createWrapper<E extends HTMLElement, P>(spec: WrapperSpec): Wrapper<P> {
  const { tagName, properties, events } = spec;

  function KneeWrapper(props: P): ReactElement {
    const { ref, children, ...rest } = props as Record<string, unknown> & { ref?: Ref<E>; children?: unknown };
    const element = useRef<E | null>(null);
    // What this wrapper set on the element at its last render, by prop name (properties and listeners).
    const applied = useRef(new Map<string, unknown>());
    const listeners = useRef(new Map<string, { handleEvent: (event: Event) => void }>());
    const appliedTo = useRef<E | null>(null);
    const host: Record<string, unknown> = { suppressHydrationWarning: true };
    const own: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(rest)) {
      if (name in events || name in properties) own[name] = value;
      else host[name] = value;
    }
    if (isServer) {
      for (const [name, value] of Object.entries(own)) {
        const attribute = properties[name];
        const text = attribute ? attributeValue(value) : undefined;
        if (attribute && typeof text === 'string') host[attribute] = text;
      }
    }

    useLayoutEffect(() => {
      const el = element.current;
      if (!el) return;
      if (appliedTo.current !== el) {
        // a new node (first render, or React replaced it): nothing is set on it yet
        appliedTo.current = el;
        applied.current = new Map();
        listeners.current = new Map();
      }
      const before = applied.current;
      const now = new Map<string, unknown>();
      for (const [name, value] of Object.entries(own)) {
        if (value === undefined) continue;
        now.set(name, value);
        if (before.has(name) && Object.is(before.get(name), value)) continue;
        const event = events[name];
        if (event) listen(el, event, value as (e: Event) => void);
        else (el as unknown as Record<string, unknown>)[name] = value;
      }
      for (const name of before.keys()) {
        if (now.has(name)) continue;
        const event = events[name];
        const attribute = properties[name];
        if (event) unlisten(el, event);
        else if (attribute) el.removeAttribute(attribute);
      }
      applied.current = now;
    });

    function listen(el: E, event: string, handler: (e: Event) => void) {
      const current = listeners.current.get(event);
      if (current) current.handleEvent = handler;
      else {
        const listener = { handleEvent: handler };
        listeners.current.set(event, listener);
        el.addEventListener(event, listener);
      }
    }
    function unlisten(el: E, event: string) {
      const current = listeners.current.get(event);
      if (current) el.removeEventListener(event, current);
      listeners.current.delete(event);
    }

    const setRef = useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) (ref as { current: E | null }).current = node;
      },
      [ref],
    );
    return createElement(tagName, { ...host, ref: setRef }, children as never);
  }
  KneeWrapper.displayName = spec.displayName;
  return KneeWrapper as Wrapper<P>;
}
