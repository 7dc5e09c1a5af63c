package org.lingong.core.network;

/** What happens when a market is smaller than the guideline's 100 m²: a warning in the response, or a refusal. */
enum AreaRule {
    WARN, BLOCK
}
