/**
 * What every upload of an image is checked with: its type read from its first bytes, never from its name or a header
 * alone, and its SHA-256 as the fingerprint that is stored and audited with it.
 */
package org.lingong.common.upload;
