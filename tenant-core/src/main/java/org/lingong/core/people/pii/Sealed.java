package org.lingong.core.people.pii;

/**
 * A personal value as it is stored: sealed, its blind index, and the masked form lists show without decrypting.
 * {@link #toString()} never shows the clear value, which this record does not hold.
 */
public record Sealed(byte[] value, String index, String masked) {
}
