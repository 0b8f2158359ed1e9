/** The entities the home page leads with, in this order (the archive's reason to exist). */
export const FEATURED_ENTITIES: readonly string[] = ['belarus', 'ukraine', 'china', 'polonez', 'stilet'];
