'use client';
/**
 * React wrappers (`knee-advice/react`): each sets the element's properties and adds its event
 * listeners itself, so `checkedIds`, `content`, `theme` and `onKneeChecklistChange` also work after
 * server rendering and hydration (React 19 applies neither to a custom element while hydrating).
 * Importing this module registers every element in the browser.
 *
 * ```tsx
 * import { KneeAdvice } from 'knee-advice/react';
 * <KneeAdvice headingLevel={2} persist onKneeChecklistChange={(e) => console.log(e.detail.done)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { KneeAdvice as KneeAdviceElement } from './components/knee-advice/knee-advice.js';
import { KneeAdviceCard as KneeAdviceCardElement } from './components/knee-advice-card/knee-advice-card.js';
import { KneeExercisePlayer as KneeExercisePlayerElement } from './components/knee-exercise-player/knee-exercise-player.js';
import { KneeFlareUpChecklist as KneeFlareUpChecklistElement } from './components/knee-flare-up-checklist/knee-flare-up-checklist.js';
import type { KneeEventDetails } from './internal/events.js';
import './register.js';

type On<K extends keyof KneeEventDetails> = EventName<CustomEvent<KneeEventDetails[K]>>;
const on = <K extends keyof KneeEventDetails>(name: K) => name as On<K>;

const exerciseEvents = {
  onKneeExercisePlay: on('knee-exercise-play'),
  onKneeExercisePause: on('knee-exercise-pause'),
  onKneeExerciseStep: on('knee-exercise-step'),
  onKneeExerciseComplete: on('knee-exercise-complete'),
  onKneeExerciseError: on('knee-exercise-error'),
};

/** `<knee-advice>`: the whole article. */
export const KneeAdvice = createComponent({
  react: React,
  tagName: 'knee-advice',
  elementClass: KneeAdviceElement,
  displayName: 'KneeAdvice',
  events: {
    onKneeContentError: on('knee-content-error'),
    onKneeChecklistChange: on('knee-checklist-change'),
    ...exerciseEvents,
  },
});

/** `<knee-advice-card>`: one section as a card. */
export const KneeAdviceCard = createComponent({
  react: React,
  tagName: 'knee-advice-card',
  elementClass: KneeAdviceCardElement,
  displayName: 'KneeAdviceCard',
});

/** `<knee-flare-up-checklist>`: the flare-up checklist. */
export const KneeFlareUpChecklist = createComponent({
  react: React,
  tagName: 'knee-flare-up-checklist',
  elementClass: KneeFlareUpChecklistElement,
  displayName: 'KneeFlareUpChecklist',
  events: { onKneeChecklistChange: on('knee-checklist-change') },
});

/** `<knee-exercise-player>`: the guided exercise video. */
export const KneeExercisePlayer = createComponent({
  react: React,
  tagName: 'knee-exercise-player',
  elementClass: KneeExercisePlayerElement,
  displayName: 'KneeExercisePlayer',
  events: exerciseEvents,
});
