/**
 * Personal data at rest: AES-256-GCM sealing with a key version and the blind index that finds a sealed value without
 * revealing it. Internal to people.
 */
package org.lingong.core.people.pii;
