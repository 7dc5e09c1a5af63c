/**
 * Checks of Chinese identifiers — resident ID numbers (GB 11643), unified social credit codes (GB 32100), phones — as
 * Bean Validation constraints, and their masks. Internal to people.
 */
package org.lingong.core.people.checks;
