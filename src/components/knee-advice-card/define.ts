/** `knee-advice/elements/knee-advice-card.js`: registers `<knee-advice-card>` (and what it renders) and nothing else. */
import { defineElement } from '../../internal/define.js';
import { KneeAdviceCard } from './knee-advice-card.js';

defineElement(KneeAdviceCard.tagName, KneeAdviceCard);

export { KneeAdviceCard };
