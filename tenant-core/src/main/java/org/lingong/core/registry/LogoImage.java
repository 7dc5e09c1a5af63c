package org.lingong.core.registry;

import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.upload.ImageFormat;

/**
 * An uploaded logo whose first bytes prove the type its Content-Type claims: PNG, JPEG or WebP. SVG is refused: it
 * can carry scripts and links, and a sanitiser good enough to serve it on the platform's own origin is not worth a
 * logo; bureaus upload a PNG instead.
 */
record LogoImage(String contentType, byte[] bytes, String sha256) {

    static final int MAX_BYTES = 256 * 1024;

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
        ImageFormat format = ImageFormat.declared(declaredType).orElseThrow(() -> new ProblemException(
                "image/svg+xml".equals(ImageFormat.mediaType(declaredType))
                        ? ProblemType.LOGO_SVG_REFUSED : ProblemType.LOGO_UNSUPPORTED_TYPE));
        if (!format.startsThe(bytes)) {
            throw new ProblemException(ProblemType.LOGO_CONTENT_MISMATCH, format.contentType());
        }
        return new LogoImage(format.contentType(), bytes, ImageFormat.sha256(bytes));
    }

    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.LOGO_TOO_LARGE, MAX_BYTES / 1024);
    }
}
