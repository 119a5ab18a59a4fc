/** The presentation's visible parts, loaded when presenting starts (not needed for the first screen). */
export { default as PresentCard } from './PresentCard.svelte';
export { default as PresentControls } from './PresentControls.svelte';
export { default as PresentStrip } from './PresentStrip.svelte';
