package org.lingong.common.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The raster image formats uploads accept, each recognised by its magic bytes. SVG is none of them: it can script. */
public enum ImageFormat {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a Content-Type header names ({@code image/PNG; charset=x} is PNG), if it names one of these. */
    public static Optional<ImageFormat> declared(String header) {
        String type = mediaType(header);
        return Arrays.stream(values()).filter(format -> format.contentType.equals(type)).findFirst();
    }

    /** The format the bytes themselves are in, whatever their name or header claims. */
    public static Optional<ImageFormat> of(byte[] bytes) {
        return Arrays.stream(values()).filter(format -> format.startsThe(bytes)).findFirst();
    }

    /** Whether the bytes begin like an image of this format. */
    public boolean startsThe(byte[] bytes) {
        return switch (this) {
            case PNG -> startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(bytes, 0, 0xFF, 0xD8, 0xFF);
            case WEBP -> startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P');
        };
    }

    /** SHA-256 of the bytes, 64 lower-case hex digits: the fingerprint stored and audited with an upload. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code image/PNG; charset=x} is {@code image/png}; anything unparsable is no type at all. */
    public static String mediaType(String header) {
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
}
