package org.lingong.core.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.http.MediaType;

/**
 * An uploaded logo whose first bytes prove the type its Content-Type claims: PNG, JPEG or WebP. SVG is refused: it
 * can carry scripts and links, and a sanitiser good enough to serve it on the platform's own origin is not worth a
 * logo; bureaus upload a PNG instead.
 */
record LogoImage(String contentType, byte[] bytes, String sha256) {

    static final int MAX_BYTES = 256 * 1024;

    private enum Format {
        PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        static Optional<Format> declared(String contentType) {
            return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst();
        }

        boolean startsThe(byte[] bytes) {
            return switch (this) {
                case PNG -> startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
                case JPEG -> startsWith(bytes, 0, 0xFF, 0xD8, 0xFF);
                case WEBP -> startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P');
            };
        }
    }

    /**
     * The logo if the body is a non-empty PNG, JPEG or WebP image of at most {@value #MAX_BYTES} bytes whose bytes match
     * {@code declaredType}; else a 400 (empty), 413 (too large) or 415 (another type, SVG, or bytes of another kind).
     */
    static LogoImage check(String declaredType, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new ProblemException(ProblemType.LOGO_EMPTY);
        }
        String type = mediaType(declaredType);
        Format format = Format.declared(type).orElseThrow(() -> new ProblemException(
                "image/svg+xml".equals(type) ? ProblemType.LOGO_SVG_REFUSED : ProblemType.LOGO_UNSUPPORTED_TYPE));
        if (!format.startsThe(bytes)) {
            throw new ProblemException(ProblemType.LOGO_CONTENT_MISMATCH, format.contentType);
        }
        return new LogoImage(format.contentType, bytes, sha256(bytes));
    }

    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.LOGO_TOO_LARGE, MAX_BYTES / 1024);
    }

    /** {@code image/PNG; charset=x} is {@code image/png}; anything unparsable is no type at all. */
    private static String mediaType(String header) {
        try {
            MediaType type = MediaType.parseMediaType(header == null ? "" : header);
            return (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException unparsable) {
            return "";
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
