import type { Lang } from '../controllers/lang.js';

/**
 * A set of messages in every language of the library, one catalog per
 * language. Adding a language to `Lang` makes every `Catalogs` without it a
 * type error: the compiler lists the catalogs to write.
 */
export type Catalogs<M> = { readonly [L in Lang]: M };
