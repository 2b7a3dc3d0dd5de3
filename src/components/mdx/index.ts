/** The components an entry body may use without importing them. */
import Quote from './Quote.astro';
import Cite from './Cite.astro';
import Actor from './Actor.astro';

export const mdxComponents = { Quote, Cite, Actor };
